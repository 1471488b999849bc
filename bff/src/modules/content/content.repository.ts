import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PolicyLevel } from '@rongtong/shared';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { Cursor } from '../../infra/graphql/pagination/cursor';
import { FaqEntity } from './faq.entity';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';

export interface DatedPageQuery {
  level: PolicyLevel | null | undefined;
  after?: Cursor<string>;
  limit: number;
}

/** Newest day first, ties broken by id; `dateColumn` is the entity property of the day. */
function datedPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  dateColumn: string,
  { level, after, limit }: DatedPageQuery,
): SelectQueryBuilder<T> {
  if (level) query.andWhere('c.level = :level', { level });
  if (after) {
    query.andWhere(`(c.${dateColumn} < :afterDay OR (c.${dateColumn} = :afterDay AND c.id < :afterId))`, {
      afterDay: after.key,
      afterId: after.id,
    });
  }
  return query.orderBy(`c.${dateColumn}`, 'DESC').addOrderBy('c.id', 'DESC').limit(limit);
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

  countPolicies(level: PolicyLevel | null | undefined): Promise<number> {
    return this.policies.countBy(level ? { level } : {});
  }

  findPolicy(id: string): Promise<PolicyEntity | null> {
    return this.policies.findOneBy({ id });
  }

  findNewsPage(query: DatedPageQuery): Promise<NewsEntity[]> {
    return datedPage(this.news.createQueryBuilder('c'), 'publishedOn', query).getMany();
  }

  countNews(level: PolicyLevel | null | undefined): Promise<number> {
    return this.news.countBy(level ? { level } : {});
  }

  findNews(id: string): Promise<NewsEntity | null> {
    return this.news.findOneBy({ id });
  }

  findFaqs(category: string | null | undefined): Promise<FaqEntity[]> {
    return this.faqs.find({
      where: category ? { category } : {},
      order: { category: 'ASC', sortOrder: 'ASC', id: 'ASC' },
    });
  }
}
