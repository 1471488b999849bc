import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('EnterpriseSummary', { description: '企业（概要）' })
export class EnterpriseSummaryModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '统一社会信用代码' })
  uscc: string;

  @Field(() => String)
  name: string;
}
