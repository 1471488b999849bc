import { Field, ObjectType } from '@nestjs/graphql';
import { MeModel } from '../../me/models/me.model';

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

  @Field(() => [String], {
    description: '本次登录需告知用户的事项（例如与某企业的授权关系已由统一身份认证平台撤销），只随这次登录结果下发一次；刷新会话时为空',
  })
  notices: string[];
}
