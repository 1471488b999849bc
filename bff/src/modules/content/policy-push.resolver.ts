import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { CurrentUser, Roles } from '../../core-modules/auth/decorators';
import { PolicyPushItemModel } from './models/policy-push.model';
import { PolicyPushService } from './policy-push.service';

@Resolver()
export class PolicyPushResolver {
  constructor(private readonly push: PolicyPushService) {}

  @Query(() => [PolicyPushItemModel], { description: '政策推送：与当前企业画像匹配的已发布政策及匹配原因' })
  @Roles(Role.ENTERPRISE)
  myPolicyPush(@CurrentUser() user: AuthUser): Promise<PolicyPushItemModel[]> {
    return user.activeEnterpriseId ? this.push.forEnterprise(user.activeEnterpriseId) : Promise.resolve([]);
  }
}
