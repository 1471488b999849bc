import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DataSource } from '@rongtong/shared';
import type { RefreshOutcome } from '../government-data-refresh.service';
import { EnterpriseRegisterProfileModel } from './enterprise-register-profile.model';
import { GovernmentDataOutcomeEnum } from './gov-data-enums';

@ObjectType('GovernmentSourceRefresh', { description: '一次刷新中一项政务数据的结果' })
export class GovernmentSourceRefreshModel {
  @Field(() => String, { description: '数据项标识' })
  source: string;

  @Field(() => DataSource, { description: '所需的授权范围' })
  scope: DataSource;

  @Field(() => String)
  label: string;

  @Field(() => GovernmentDataOutcomeEnum)
  outcome: RefreshOutcome;

  @Field(() => String, { description: '结果说明' })
  outcomeLabel: string;

  @Field(() => Date, { nullable: true, description: '当前数据的获取时间' })
  fetchedAt: Date | null;

  @Field(() => String, { nullable: true, description: '数据截止日期，YYYY-MM-DD' })
  asOf: string | null;

  @Field(() => Boolean)
  complete: boolean;

  @Field(() => [String], { description: '暂缺的字段' })
  missingFields: string[];
}

@ObjectType('GovernmentDataRefresh', { description: '刷新政务数据的结果' })
export class GovernmentDataRefreshModel {
  @Field(() => ID)
  enterpriseId: string;

  @Field(() => [GovernmentSourceRefreshModel])
  sources: GovernmentSourceRefreshModel[];

  @Field(() => EnterpriseRegisterProfileModel, { nullable: true, description: '刷新后的企业登记信息（未授权市场主体登记信息时为空）' })
  registerProfile: EnterpriseRegisterProfileModel | null;
}
