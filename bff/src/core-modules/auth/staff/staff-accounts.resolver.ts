import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { RequestMeta } from '../../../infra/http/request-context';
import { InstitutionsService } from '../../../modules/institutions/institutions.service';
import { InstitutionModel } from '../../../modules/institutions/models/institution.model';
import type { AuthUser } from '../auth-user';
import { CurrentRequestMeta, CurrentUser, RequirePermissions, Roles } from '../decorators';
import { CreateStaffAccountArgs, StaffAccountsArgs, UpdateStaffAccountArgs } from './dto/staff-account.input';
import { CreatedStaffAccountModel, StaffAccountModel } from './models/staff-account.model';
import { StaffAccountsService } from './staff-accounts.service';

/** Operators and the system administrator manage staff accounts; an institution administrator its own staff. */
@Resolver(() => StaffAccountModel)
export class StaffAccountsResolver {
  constructor(
    private readonly accounts: StaffAccountsService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Query(() => [StaffAccountModel], { description: '工作人员账号列表（机构管理员仅见本机构；安全管理员查看锁定和动态验证码状态）' })
  @Roles(Role.OPERATOR, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)
  @RequirePermissions('INSTITUTION_ADMIN')
  staffAccounts(@Args() args: StaffAccountsArgs, @CurrentUser() user: AuthUser): Promise<StaffAccountModel[]> {
    return this.accounts.list(user, args.institutionId ?? null);
  }

  @Mutation(() => CreatedStaffAccountModel, { description: '新建工作人员账号；初始密码只返回这一次' })
  @Roles(Role.OPERATOR, Role.SYSTEM_ADMIN)
  @RequirePermissions('INSTITUTION_ADMIN')
  createStaffAccount(
    @Args() args: CreateStaffAccountArgs,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<CreatedStaffAccountModel> {
    return this.accounts.create(user, args.input, meta);
  }

  @Mutation(() => StaffAccountModel, { description: '修改工作人员账号的姓名、权限或启用状态' })
  @Roles(Role.OPERATOR, Role.SYSTEM_ADMIN)
  @RequirePermissions('INSTITUTION_ADMIN')
  updateStaffAccount(
    @Args() args: UpdateStaffAccountArgs,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<StaffAccountModel> {
    return this.accounts.update(user, args.id, args.input, meta);
  }

  @ResolveField('institution', () => InstitutionModel, { nullable: true })
  institution(@Parent() account: StaffAccountModel): Promise<InstitutionModel> | null {
    return account.institutionId === null ? null : this.institutions.get(account.institutionId);
  }
}
