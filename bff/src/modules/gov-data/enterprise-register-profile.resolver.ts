import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { OptionalUser } from '../../core-modules/auth/decorators';
import { EnterpriseSummaryModel } from '../enterprises/models/enterprise-summary.model';
import { EnterpriseRegisterProfileModel } from './models/enterprise-register-profile.model';
import { RegisterProfilePresenter } from './register-profile.presenter';

/**
 * `EnterpriseSummary.registerProfile` (企业信息) lives with the data centre that fills it. Only a user acting for the
 * enterprise (an active binding) sees it, and only while the consent it was fetched under is active.
 */
@Resolver(() => EnterpriseSummaryModel)
export class EnterpriseRegisterProfileResolver {
  constructor(private readonly presenter: RegisterProfilePresenter) {}

  @ResolveField('registerProfile', () => EnterpriseRegisterProfileModel, {
    nullable: true,
    description: '企业登记信息：经授权从政务数据获取；仅本企业的法定代表人或经办人可见，授权撤销或到期后不再显示',
  })
  registerProfile(@Parent() enterprise: EnterpriseSummaryModel, @OptionalUser() caller: AuthUser | null): Promise<EnterpriseRegisterProfileModel | null> | null {
    if (caller === null || caller.role !== Role.ENTERPRISE) return null;
    return this.presenter.forBoundUser(caller.userId, enterprise.id);
  }
}
