import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('UnifiedLoginStart', { description: '统一身份认证登录的起点：前往 authorizeUrl，回调时带回 state 与 code' })
export class UnifiedLoginStartModel {
  @Field(() => String)
  authorizeUrl: string;

  @Field(() => String, { description: '本次登录的一次性随机值，10 分钟内有效' })
  state: string;
}
