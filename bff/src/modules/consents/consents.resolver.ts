import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConsentPurpose, Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, Public, Roles } from '../../core-modules/auth/decorators';
import { PageArgs } from '../../infra/graphql/pagination/page.args';
import { DataUseRecordConnection } from '../data-use/models/data-use-record.model';
import { ConsentGrantsService } from './consent-grants.service';
import { ConsentViewsService } from './consent-views.service';
import { AgentConsentPurposesArgs, ConsentAgreementArgs, ConsentIdArgs, GrantDataConsentArgs, MyDataConsentsArgs } from './dto/consents.args';
import { ConsentAgreementModel } from './models/consent-agreement.model';
import { DataConsentConnection, DataConsentModel } from './models/data-consent.model';
import { DataSourceInfoModel } from './models/data-source-info.model';

/** 数据授权: what can be granted and under which agreement (public), and the enterprise's own consents and log. */
@Resolver()
export class ConsentsResolver {
  constructor(
    private readonly views: ConsentViewsService,
    private readonly grants: ConsentGrantsService,
  ) {}

  @Query(() => [DataSourceInfoModel], { description: '可授权调取的政务数据项及其内容' })
  @Public()
  dataSources(): DataSourceInfoModel[] {
    return this.views.dataSources();
  }

  @Query(() => ConsentAgreementModel, { description: '某一用途当前版本的数据授权协议全文' })
  @Public()
  consentAgreement(@Args() args: ConsentAgreementArgs): Promise<ConsentAgreementModel> {
    return this.views.agreement(args.purpose);
  }

  @Query(() => DataConsentConnection, { description: '当前企业的数据授权，最新授权在前' })
  @Roles(Role.ENTERPRISE)
  myDataConsents(@CurrentUser() user: AuthUser, @Args() args: MyDataConsentsArgs): Promise<DataConsentConnection> {
    return this.views.myConsents(user, args);
  }

  @Query(() => DataUseRecordConnection, { description: '当前企业的数据使用记录，最新在前' })
  @Roles(Role.ENTERPRISE)
  dataUseRecords(@CurrentUser() user: AuthUser, @Args() args: PageArgs): Promise<DataUseRecordConnection> {
    return this.views.dataUseRecords(user, args);
  }

  @Query(() => [ConsentPurpose], { description: '经办人可以为当前企业授权的用途' })
  @Roles(Role.ENTERPRISE)
  agentConsentPurposes(@CurrentUser() user: AuthUser): Promise<ConsentPurpose[]> {
    return this.views.agentPurposes(user);
  }

  @Mutation(() => DataConsentModel, { description: '授权调取当前企业的政务数据；同一请求编号重试返回首次结果' })
  @Roles(Role.ENTERPRISE)
  grantDataConsent(
    @CurrentUser() user: AuthUser,
    @Args() args: GrantDataConsentArgs,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<DataConsentModel> {
    return this.grants.grant(user, args.input, meta);
  }

  @Mutation(() => DataConsentModel, { description: '撤销数据授权，立即生效；重复撤销返回当前状态' })
  @Roles(Role.ENTERPRISE)
  revokeDataConsent(@CurrentUser() user: AuthUser, @Args() args: ConsentIdArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<DataConsentModel> {
    return this.grants.revoke(user, args.id, meta);
  }

  @Mutation(() => [ConsentPurpose], { description: '设置经办人可以授权的用途（仅企业法定代表人）' })
  @Roles(Role.ENTERPRISE)
  updateAgentConsentPurposes(
    @CurrentUser() user: AuthUser,
    @Args() args: AgentConsentPurposesArgs,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<ConsentPurpose[]> {
    return this.grants.updateAgentPurposes(user, args.purposes, meta);
  }
}
