import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PolicyLevel } from '@rongtong/shared';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { Cursor } from '../../infra/graphql/pagination/cursor';
import type { ContentStatus } from './content-status';
import { FaqEntity } from './faq.entity';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';

export interface ContentFilter {
  level: PolicyLevel | null | undefined;
  status: ContentStatus | null | undefined;
}

export interface DatedPageQuery extends ContentFilter {
  after?: Cursor<string>;
  limit: number;
}

/** Newest day first, ties broken by id; `dateColumn` is the entity property of the day. */
function datedPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  dateColumn: string,
  { level, status, after, limit }: DatedPageQuery,
): SelectQueryBuilder<T> {
  if (level) query.andWhere('c.level = :level', { level });
  if (status) query.andWhere('c.status = :status', { status });
  if (after) {
    query.andWhere(`(c.${dateColumn} < :afterDay OR (c.${dateColumn} = :afterDay AND c.id < :afterId))`, {
      afterDay: after.key,
      afterId: after.id,
    });
  }
  return query.orderBy(`c.${dateColumn}`, 'DESC').addOrderBy('c.id', 'DESC').limit(limit);
}

function whereOf({ level, status }: ContentFilter): { level?: PolicyLevel; status?: ContentStatus } {
  return { ...(level ? { level } : {}), ...(status ? { status } : {}) };
}

@Injectable()
export class ContentRepository {
  constructor(
    @InjectRepository(PolicyEntity) private readonly policies: Repository<PolicyEntity>,
    @InjectRepository(NewsEntity) private readonly news: Repository<NewsEntity>,
    @InjectRepository(FaqEntity) private readonly faqs: Repository<FaqEntity>,
  ) {}

  findPolicyPage(query: DatedPageQuery): Promise<PolicyEntity[]> {
    return datedPage(this.policies.createQueryBuilder('c'), 'issuedOn', query).getMany();
  }

  countPolicies(filter: ContentFilter): Promise<number> {
    return this.policies.countBy(whereOf(filter));
  }

  findPolicy(id: string, status?: ContentStatus): Promise<PolicyEntity | null> {
    return this.policies.findOneBy(status ? { id, status } : { id });
  }

  findNewsPage(query: DatedPageQuery): Promise<NewsEntity[]> {
    return datedPage(this.news.createQueryBuilder('c'), 'publishedOn', query).getMany();
  }

  countNews(filter: ContentFilter): Promise<number> {
    return this.news.countBy(whereOf(filter));
  }

  findNews(id: string, status?: ContentStatus): Promise<NewsEntity | null> {
    return this.news.findOneBy(status ? { id, status } : { id });
  }

  findFaqs(category: string | null | undefined): Promise<FaqEntity[]> {
    return this.faqs.find({
      where: category ? { category } : {},
      order: { category: 'ASC', sortOrder: 'ASC', id: 'ASC' },
    });
  }
}
