import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { RequestMeta } from '../../../infra/http/request-context';
import type { AuthUser } from '../auth-user';
import { Authenticated, CurrentRequestMeta, CurrentUser, Public } from '../decorators';
import { MeBuilder } from '../me/me.builder';
import { MeModel } from '../me/models/me.model';
import { RefreshSessionArgs } from './dto/refresh-session.args';
import { AuthPayloadModel } from './models/auth-payload.model';
import { SessionsService } from './sessions.service';

@Resolver(() => MeModel)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly meBuilder: MeBuilder,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => MeModel, { description: '当前登录用户' })
  @Authenticated()
  me(@CurrentUser() user: AuthUser): Promise<MeModel> {
    return this.meBuilder.me(this.dataSource.manager, user.userId, user.activeEnterpriseId);
  }

  @Mutation(() => AuthPayloadModel, { description: '用刷新令牌换取新的访问令牌和刷新令牌（旧刷新令牌随即失效）' })
  @Public()
  async refreshSession(@Args() args: RefreshSessionArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<AuthPayloadModel> {
    const { userId, tokens } = await this.sessions.refresh(args.refreshToken, meta);
    return this.meBuilder.authPayload(this.dataSource.manager, userId, tokens);
  }

  @Mutation(() => Boolean, { description: '退出登录：本次登录的访问令牌和刷新令牌立即失效' })
  @Authenticated()
  async logout(@CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<boolean> {
    await this.sessions.logout(user, meta);
    return true;
  }
}
