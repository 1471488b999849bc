import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, Roles } from '../../core-modules/auth/decorators';
import { ContentAdminService } from './content-admin.service';
import { ContentService } from './content.service';
import { ContentIdArgs, ManagedContentArgs, NewsInput, PolicyInput } from './dto/content.input';
import { NewsConnection, NewsModel } from './models/news.model';
import { PolicyPublicationModel } from './models/policy-push.model';
import { PolicyConnection, PolicyModel } from './models/policy.model';

/** Operators (运营人员) manage policies and news: drafts, edits, publishing, withdrawal. */
@Resolver()
export class ContentAdminResolver {
  constructor(
    private readonly content: ContentService,
    private readonly admin: ContentAdminService,
  ) {}

  @Query(() => PolicyConnection, { description: '政策管理列表（含草稿、已撤回）' })
  @Roles(Role.OPERATOR)
  managedPolicies(@Args() args: ManagedContentArgs): Promise<PolicyConnection> {
    return this.content.managedPolicies(args);
  }

  @Query(() => PolicyModel, { description: '政策管理：任意状态的政策' })
  @Roles(Role.OPERATOR)
  managedPolicy(@Args() { id }: ContentIdArgs): Promise<PolicyModel> {
    return this.content.policy(id);
  }

  @Query(() => NewsConnection, { description: '资讯管理列表（含草稿、已撤回）' })
  @Roles(Role.OPERATOR)
  managedNewsList(@Args() args: ManagedContentArgs): Promise<NewsConnection> {
    return this.content.managedNewsList(args);
  }

  @Query(() => NewsModel, { description: '资讯管理：任意状态的资讯' })
  @Roles(Role.OPERATOR)
  managedNews(@Args() { id }: ContentIdArgs): Promise<NewsModel> {
    return this.content.news(id);
  }

  @Mutation(() => PolicyModel, { description: '新建政策（草稿）' })
  @Roles(Role.OPERATOR)
  createPolicy(@Args('input') input: PolicyInput, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<PolicyModel> {
    return this.admin.createPolicy(input, { user, meta });
  }

  @Mutation(() => PolicyModel, { description: '编辑政策' })
  @Roles(Role.OPERATOR)
  updatePolicy(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'the version the edit is based on (as loaded); CONFLICT when another write changed it since' }) expectedVersion: number,
    @Args('input') input: PolicyInput,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<PolicyModel> {
    return this.admin.updatePolicy({ id, expectedVersion }, input, { user, meta });
  }

  @Mutation(() => PolicyPublicationModel, { description: '发布政策，并向匹配的企业推送消息' })
  @Roles(Role.OPERATOR)
  publishPolicy(@Args() { id }: ContentIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<PolicyPublicationModel> {
    return this.admin.publishPolicy(id, { user, meta });
  }

  @Mutation(() => PolicyModel, { description: '撤回政策' })
  @Roles(Role.OPERATOR)
  withdrawPolicy(@Args() { id }: ContentIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<PolicyModel> {
    return this.admin.withdrawPolicy(id, { user, meta });
  }

  @Mutation(() => NewsModel, { description: '新建资讯（草稿）' })
  @Roles(Role.OPERATOR)
  createNews(@Args('input') input: NewsInput, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<NewsModel> {
    return this.admin.createNews(input, { user, meta });
  }

  @Mutation(() => NewsModel, { description: '编辑资讯' })
  @Roles(Role.OPERATOR)
  updateNews(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'the version the edit is based on (as loaded); CONFLICT when another write changed it since' }) expectedVersion: number,
    @Args('input') input: NewsInput,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<NewsModel> {
    return this.admin.updateNews({ id, expectedVersion }, input, { user, meta });
  }

  @Mutation(() => NewsModel, { description: '发布资讯' })
  @Roles(Role.OPERATOR)
  publishNews(@Args() { id }: ContentIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<NewsModel> {
    return this.admin.publishNews(id, { user, meta });
  }

  @Mutation(() => NewsModel, { description: '撤回资讯' })
  @Roles(Role.OPERATOR)
  withdrawNews(@Args() { id }: ContentIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<NewsModel> {
    return this.admin.withdrawNews(id, { user, meta });
  }
}
