import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { CurrentUser, Roles } from '../../core-modules/auth/decorators';
import { ConcurrentMutation } from '../../infra/database/sqlite-mutation-serializer';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { RefreshGovernmentDataArgs } from './dto/refresh-government-data.args';
import { GovDataException } from './gov-data.exception';
import { GovernmentDataRefreshService } from './government-data-refresh.service';
import { GovernmentDataRefreshModel } from './models/government-data-refresh.model';
import { GOVERNMENT_DATA_OUTCOME_LABELS } from './models/gov-data-enums';
import { RegisterProfilePresenter } from './register-profile.presenter';

@Resolver()
export class GovernmentDataResolver {
  constructor(
    private readonly refresh: GovernmentDataRefreshService,
    private readonly enterprises: EnterprisesService,
    private readonly presenter: RegisterProfilePresenter,
  ) {}

  @Mutation(() => GovernmentDataRefreshModel, {
    description: '刷新当前企业的政务数据：按现有有效授权（授权给平台）从政务数据共享交换平台重新获取，并更新企业登记信息',
  })
  @Roles(Role.ENTERPRISE)
  // Waits on the exchange for up to 1.5 call timeouts; on SQLite it must not hold every other mutation meanwhile.
  @ConcurrentMutation()
  async refreshGovernmentData(@Args() args: RefreshGovernmentDataArgs, @CurrentUser() user: AuthUser): Promise<GovernmentDataRefreshModel> {
    if (user.activeEnterpriseId !== args.enterpriseId || !(await this.enterprises.findBound(user.userId, args.enterpriseId))) {
      throw GovDataException.notActingForEnterprise();
    }
    const result = await this.refresh.refreshEnterprise(args.enterpriseId, user.userId);
    return {
      enterpriseId: result.enterpriseId,
      sources: result.sources.map(({ description, outcome, snapshot }) => ({
        source: description.key,
        scope: description.scope,
        label: description.label,
        outcome,
        outcomeLabel: GOVERNMENT_DATA_OUTCOME_LABELS[outcome],
        fetchedAt: snapshot?.fetchedAt ?? null,
        asOf: snapshot?.asOf ?? null,
        complete: snapshot?.complete ?? false,
        missingFields: snapshot?.missingFields ?? [],
      })),
      registerProfile: await this.presenter.forBoundUser(user.userId, args.enterpriseId),
    };
  }
}
