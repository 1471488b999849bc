import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { RequestMeta } from '../../../infra/http/request-context';
import type { AuthUser } from '../auth-user';
import { CurrentRequestMeta, CurrentUser, Public, Roles } from '../decorators';
import { MeModel } from '../me/models/me.model';
import { AuthPayloadModel } from '../sessions/models/auth-payload.model';
import { BeginUnifiedLoginArgs, CompleteUnifiedLoginArgs, HostLoginArgs, SwitchEnterpriseArgs } from './dto/identity.args';
import { EnterpriseSwitchService } from './enterprise-switch.service';
import { UnifiedLoginStartModel } from './models/unified-login-start.model';
import { UnifiedLoginService } from './unified-login.service';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly unifiedLogin: UnifiedLoginService,
    private readonly enterpriseSwitch: EnterpriseSwitchService,
  ) {}

  @Mutation(() => UnifiedLoginStartModel, { description: '发起统一身份认证（皖事通账号）登录' })
  @Public()
  beginUnifiedLogin(@Args() args: BeginUnifiedLoginArgs): Promise<UnifiedLoginStartModel> {
    return this.unifiedLogin.begin(args.redirectUri);
  }

  @Mutation(() => AuthPayloadModel, { description: '统一身份认证回调后完成登录（state 与 code 均只能使用一次）' })
  @Public()
  completeUnifiedLogin(@Args() args: CompleteUnifiedLoginArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<AuthPayloadModel> {
    return this.unifiedLogin.complete(args.state, args.code, meta);
  }

  @Mutation(() => AuthPayloadModel, { description: '皖事通内免登：用宿主 App 返回的授权码登录' })
  @Public()
  hostLogin(@Args() args: HostLoginArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<AuthPayloadModel> {
    return this.unifiedLogin.hostLogin(args.authCode, meta);
  }

  @Mutation(() => MeModel, { description: '切换当前办理业务的企业（仅限已绑定的企业）' })
  @Roles(Role.ENTERPRISE)
  switchEnterprise(
    @Args() args: SwitchEnterpriseArgs,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MeModel> {
    return this.enterpriseSwitch.switchTo(user, args.enterpriseId, meta);
  }
}
