import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../../infra/http/request-context';
import type { AuthUser } from '../auth-user';
import { CurrentRequestMeta, CurrentUser, Public, Roles } from '../decorators';
import { ChangePasswordArgs, StaffChangeInitialPasswordArgs, StaffLoginArgs, StaffTotpArgs } from './dto/staff-login.args';
import { StaffLoginResultModel } from './models/staff-login-result.model';
import { StaffLoginService } from './staff-login.service';
import { StaffPasswordService } from './staff-password.service';
import { STAFF_ROLES } from './staff-roles';
import { StaffTotpService } from './staff-totp.service';

@Resolver()
export class StaffAuthResolver {
  constructor(
    private readonly login: StaffLoginService,
    private readonly totp: StaffTotpService,
    private readonly passwords: StaffPasswordService,
  ) {}

  @Mutation(() => StaffLoginResultModel, { description: '工作人员用户名密码登录；同一地址输错 3 次后每次须等待更久，账号累计输错 20 次锁定 15 分钟（只有完成登录才清零）' })
  @Public()
  staffLogin(@Args() args: StaffLoginArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<StaffLoginResultModel> {
    return this.login.login(args.username, args.password, meta);
  }

  @Mutation(() => StaffLoginResultModel, { description: '输入身份验证器的动态验证码完成登录' })
  @Public()
  staffVerifyTotp(@Args() args: StaffTotpArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<StaffLoginResultModel> {
    return this.totp.verify(args.challengeToken, args.code, meta);
  }

  @Mutation(() => StaffLoginResultModel, { description: '首次绑定身份验证器：输入其显示的动态验证码确认' })
  @Public()
  staffConfirmTotpEnrollment(@Args() args: StaffTotpArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<StaffLoginResultModel> {
    return this.totp.confirmEnrollment(args.challengeToken, args.code, meta);
  }

  @Mutation(() => StaffLoginResultModel, { description: '首次登录修改初始密码' })
  @Public()
  staffChangeInitialPassword(
    @Args() args: StaffChangeInitialPasswordArgs,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<StaffLoginResultModel> {
    return this.login.changeInitialPassword(args.challengeToken, args.newPassword, meta);
  }

  @Mutation(() => Boolean, { description: '修改密码；成功后本账号的所有登录（含当前）失效，须重新登录' })
  @Roles(...STAFF_ROLES)
  changePassword(
    @Args() args: ChangePasswordArgs,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<boolean> {
    return this.passwords.change(user, args.currentPassword, args.newPassword, meta);
  }
}
