import { Injectable } from '@nestjs/common';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError, type Cursor } from '../../infra/graphql/pagination/cursor';
import { ContentException } from './content.exception';
import { toFaqModel, toNewsModel, toPolicyModel } from './content.mapper';
import { ContentRepository, type ContentFilter, type PolicyFilter } from './content.repository';
import { ContentStatus } from './content-status';
import type { FaqsArgs, LeveledPageArgs, PoliciesArgs } from './dto/content.args';
import type { ManagedContentArgs } from './dto/content.input';
import type { PageArgs } from '../../infra/graphql/pagination/page.args';
import type { FaqModel } from './models/faq.model';
import type { NewsConnection, NewsModel } from './models/news.model';
import type { PolicyConnection, PolicyModel } from './models/policy.model';

const POLICY_SORT = 'ISSUED_DESC';
const NEWS_SORT = 'PUBLISHED_DESC';

@Injectable()
export class ContentService {
  constructor(private readonly repository: ContentRepository) {}

  /** Public list: published policies only, optionally those for one kind of enterprise. */
  policies(args: PoliciesArgs): Promise<PolicyConnection> {
    const { industryCode, scale, enterpriseType } = args;
    return this.policyPage(args, { level: args.level, status: ContentStatus.PUBLISHED, audience: { industryCode, scale, enterpriseType } });
  }

  /** Operators' list: every status, optionally one. */
  managedPolicies(args: ManagedContentArgs): Promise<PolicyConnection> {
    return this.policyPage(args, { level: args.level, status: args.status });
  }

  private async policyPage(args: PageArgs, filter: PolicyFilter): Promise<PolicyConnection> {
    const after = args.after ? decodeDay(args.after, POLICY_SORT) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findPolicyPage({ ...filter, after, limit: args.first + 1 }),
      this.repository.countPolicies(filter),
    ]);
    const cursorOf = (row: { issuedOn: string; id: string }) => encodeCursor({ sort: POLICY_SORT, key: row.issuedOn, id: row.id });
    return toConnection(rows, args.first, totalCount, cursorOf, toPolicyModel);
  }

  async policy(id: string, status?: ContentStatus): Promise<PolicyModel> {
    const entity = await this.repository.findPolicy(id, status);
    if (!entity) throw ContentException.policyNotFound();
    return toPolicyModel(entity);
  }

  newsList(args: LeveledPageArgs): Promise<NewsConnection> {
    return this.newsPage(args, { level: args.level, status: ContentStatus.PUBLISHED });
  }

  managedNewsList(args: ManagedContentArgs): Promise<NewsConnection> {
    return this.newsPage(args, { level: args.level, status: args.status });
  }

  private async newsPage(args: PageArgs, filter: ContentFilter): Promise<NewsConnection> {
    const after = args.after ? decodeDay(args.after, NEWS_SORT) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findNewsPage({ ...filter, after, limit: args.first + 1 }),
      this.repository.countNews(filter),
    ]);
    const cursorOf = (row: { publishedOn: string; id: string }) => encodeCursor({ sort: NEWS_SORT, key: row.publishedOn, id: row.id });
    return toConnection(rows, args.first, totalCount, cursorOf, toNewsModel);
  }

  async news(id: string, status?: ContentStatus): Promise<NewsModel> {
    const entity = await this.repository.findNews(id, status);
    if (!entity) throw ContentException.newsNotFound();
    return toNewsModel(entity);
  }

  async faqs(args: FaqsArgs): Promise<FaqModel[]> {
    return (await this.repository.findFaqs(args.category)).map(toFaqModel);
  }
}

function decodeDay(after: string, sort: string): Cursor<string> {
  try {
    return decodeCursor(after, sort, 'day');
  } catch (error) {
    if (error instanceof InvalidCursorError) throw ContentException.invalidCursor();
    throw error;
  }
}
