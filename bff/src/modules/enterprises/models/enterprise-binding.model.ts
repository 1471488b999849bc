import { Field, ObjectType } from '@nestjs/graphql';
import { EnterpriseRelation } from '../enterprise-relation';
import { EnterpriseSummaryModel } from './enterprise-summary.model';

@ObjectType('EnterpriseBinding', { description: '当前用户可代表办理业务的企业' })
export class EnterpriseBindingModel {
  @Field(() => EnterpriseSummaryModel)
  enterprise: EnterpriseSummaryModel;

  @Field(() => EnterpriseRelation)
  relation: EnterpriseRelation;
}
