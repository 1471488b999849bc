import { Field, ObjectType } from '@nestjs/graphql';
import { MeModel } from './me.model';

@ObjectType('AuthPayload', { description: '登录凭证：访问令牌 15 分钟有效，刷新令牌 7 天有效且每次刷新后更换' })
export class AuthPayloadModel {
  @Field(() => String)
  accessToken: string;

  @Field(() => Date)
  accessTokenExpiresAt: Date;

  @Field(() => String)
  refreshToken: string;

  @Field(() => Date)
  refreshTokenExpiresAt: Date;

  @Field(() => MeModel)
  me: MeModel;
}
