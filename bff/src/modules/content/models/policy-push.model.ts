import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PolicyModel } from './policy.model';

@ObjectType('PolicyPushItem', { description: '政策推送：与当前企业匹配的已发布政策及匹配原因' })
export class PolicyPushItemModel {
  @Field(() => PolicyModel)
  policy: PolicyModel;

  @Field(() => [String], { description: '如 匹配行业：制造业' })
  reasons: string[];

  @Field(() => String, { description: '原因，以“；”连接' })
  reasonText: string;
}

@ObjectType('PolicyPublication', { description: '发布结果' })
export class PolicyPublicationModel {
  @Field(() => PolicyModel)
  policy: PolicyModel;

  @Field(() => Int, { description: '收到推送消息的用户数' })
  notifiedUserCount: number;
}
