import { Injectable } from '@nestjs/common';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError, type Cursor } from '../../infra/graphql/pagination/cursor';
import { ContentException } from './content.exception';
import { toFaqModel, toNewsModel, toPolicyModel } from './content.mapper';
import { ContentRepository } from './content.repository';
import type { FaqsArgs, LeveledPageArgs } from './dto/content.args';
import type { FaqModel } from './models/faq.model';
import type { NewsConnection, NewsModel } from './models/news.model';
import type { PolicyConnection, PolicyModel } from './models/policy.model';

const POLICY_SORT = 'ISSUED_DESC';
const NEWS_SORT = 'PUBLISHED_DESC';

@Injectable()
export class ContentService {
  constructor(private readonly repository: ContentRepository) {}

  async policies(args: LeveledPageArgs): Promise<PolicyConnection> {
    const after = args.after ? decodeDay(args.after, POLICY_SORT) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findPolicyPage({ level: args.level, after, limit: args.first + 1 }),
      this.repository.countPolicies(args.level),
    ]);
    const cursorOf = (row: { issuedOn: string; id: string }) => encodeCursor({ sort: POLICY_SORT, key: row.issuedOn, id: row.id });
    return toConnection(rows, args.first, totalCount, cursorOf, toPolicyModel);
  }

  async policy(id: string): Promise<PolicyModel> {
    const entity = await this.repository.findPolicy(id);
    if (!entity) throw ContentException.policyNotFound();
    return toPolicyModel(entity);
  }

  async newsList(args: LeveledPageArgs): Promise<NewsConnection> {
    const after = args.after ? decodeDay(args.after, NEWS_SORT) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findNewsPage({ level: args.level, after, limit: args.first + 1 }),
      this.repository.countNews(args.level),
    ]);
    const cursorOf = (row: { publishedOn: string; id: string }) => encodeCursor({ sort: NEWS_SORT, key: row.publishedOn, id: row.id });
    return toConnection(rows, args.first, totalCount, cursorOf, toNewsModel);
  }

  async news(id: string): Promise<NewsModel> {
    const entity = await this.repository.findNews(id);
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
