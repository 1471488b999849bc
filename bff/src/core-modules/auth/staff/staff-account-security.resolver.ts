import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { RequestMeta } from '../../../infra/http/request-context';
import type { AuthUser } from '../auth-user';
import { CurrentRequestMeta, CurrentUser, Roles } from '../decorators';
import { StaffAccountIdArgs } from './dto/staff-account.input';
import { StaffAccountModel } from './models/staff-account.model';
import { StaffAccountSecurityService } from './staff-account-security.service';

/** The security administrator (安全管理员) unlocks staff accounts and resets their TOTP enrolment. */
@Resolver()
export class StaffAccountSecurityResolver {
  constructor(private readonly security: StaffAccountSecurityService) {}

  @Mutation(() => StaffAccountModel, { description: '解锁工作人员账号并清除其登录失败计数（不能操作自己的或自己创建的账号）' })
  @Roles(Role.SECURITY_ADMIN)
  unlockStaffAccount(@Args() args: StaffAccountIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<StaffAccountModel> {
    return this.security.unlock(user, args.id, meta);
  }

  @Mutation(() => StaffAccountModel, {
    description: '重置工作人员的动态验证码（身份验证器）：该账号退出所有登录，下次登录须重新绑定（不能操作自己的或自己创建的账号）',
  })
  @Roles(Role.SECURITY_ADMIN)
  resetStaffTotp(@Args() args: StaffAccountIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<StaffAccountModel> {
    return this.security.resetTotp(user, args.id, meta);
  }
}
