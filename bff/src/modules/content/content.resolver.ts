import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core-modules/auth/decorators';
import { ContentService } from './content.service';
import { ContentStatus } from './content-status';
import { FaqsArgs, LeveledPageArgs, PoliciesArgs } from './dto/content.args';
import { FaqModel } from './models/faq.model';
import { NewsConnection, NewsModel } from './models/news.model';
import { PolicyConnection, PolicyModel } from './models/policy.model';

@Resolver()
export class ContentResolver {
  constructor(private readonly content: ContentService) {}

  @Query(() => PolicyConnection, { description: '政策，最新发布在前；可按级别和适用的行业、规模、企业类型筛选' })
  @Public()
  policies(@Args() args: PoliciesArgs): Promise<PolicyConnection> {
    return this.content.policies(args);
  }

  @Query(() => PolicyModel, { description: '政策详情' })
  @Public()
  policy(@Args('id', { type: () => ID }) id: string): Promise<PolicyModel> {
    return this.content.policy(id, ContentStatus.PUBLISHED);
  }

  @Query(() => NewsConnection, { description: '资讯，最新发布在前' })
  @Public()
  newsList(@Args() args: LeveledPageArgs): Promise<NewsConnection> {
    return this.content.newsList(args);
  }

  @Query(() => NewsModel, { description: '资讯详情' })
  @Public()
  news(@Args('id', { type: () => ID }) id: string): Promise<NewsModel> {
    return this.content.news(id, ContentStatus.PUBLISHED);
  }

  @Query(() => [FaqModel], { description: '常见问题，按分类和顺序' })
  @Public()
  faqs(@Args() args: FaqsArgs): Promise<FaqModel[]> {
    return this.content.faqs(args);
  }
}
