import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { industryTargets, type EnterpriseScale, type EnterpriseType, type PolicyLevel } from '@rongtong/shared';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { SqlWhere } from '../../infra/database/sql-where';
import type { Cursor } from '../../infra/graphql/pagination/cursor';
import type { ContentStatus } from './content-status';
import { FaqEntity } from './faq.entity';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';

export interface ContentFilter {
  level: PolicyLevel | null | undefined;
  status: ContentStatus | null | undefined;
}

/** The enterprises a policy is for; each tag left out does not narrow the list. */
export interface PolicyAudience {
  industryCode?: string | null;
  scale?: EnterpriseScale | null;
  enterpriseType?: EnterpriseType | null;
}

export interface PolicyFilter extends ContentFilter {
  audience?: PolicyAudience;
}

export interface DatedPageQuery extends ContentFilter {
  after?: Cursor<string>;
  limit: number;
}

function leveled<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, { level, status }: ContentFilter): SelectQueryBuilder<T> {
  if (level) query.andWhere('c.level = :level', { level });
  if (status) query.andWhere('c.status = :status', { status });
  return query;
}

/** Newest day first, ties broken by id; `dateColumn` is the entity property of the day. */
function datedPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  dateColumn: string,
  { level, status, after, limit }: DatedPageQuery,
): SelectQueryBuilder<T> {
  leveled(query, { level, status });
  if (after) {
    query.andWhere(`(c.${dateColumn} < :afterDay OR (c.${dateColumn} = :afterDay AND c.id < :afterId))`, {
      afterDay: after.key,
      afterId: after.id,
    });
  }
  return query.orderBy(`c.${dateColumn}`, 'DESC').addOrderBy('c.id', 'DESC').limit(limit);
}

/** Policies for `audience`: each of its tags is in the policy's list, or that list is empty (for every enterprise). */
function forAudience<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, audience: PolicyAudience | undefined): SelectQueryBuilder<T> {
  if (!audience) return query;
  const where = new SqlWhere();
  if (audience.industryCode) where.listOpenTo('c.industryCodes', industryTargets(audience.industryCode));
  if (audience.scale) where.listOpenTo('c.scales', [audience.scale]);
  if (audience.enterpriseType) where.listOpenTo('c.enterpriseTypes', [audience.enterpriseType]);
  for (const clause of where.clauses) query.andWhere(clause);
  return query.setParameters({ ...query.getParameters(), ...where.params });
}

@Injectable()
export class ContentRepository {
  constructor(
    @InjectRepository(PolicyEntity) private readonly policies: Repository<PolicyEntity>,
    @InjectRepository(NewsEntity) private readonly news: Repository<NewsEntity>,
    @InjectRepository(FaqEntity) private readonly faqs: Repository<FaqEntity>,
  ) {}

  findPolicyPage(query: DatedPageQuery & PolicyFilter): Promise<PolicyEntity[]> {
    return datedPage(forAudience(this.policies.createQueryBuilder('c'), query.audience), 'issuedOn', query).getMany();
  }

  countPolicies(filter: PolicyFilter): Promise<number> {
    return forAudience(leveled(this.policies.createQueryBuilder('c'), filter), filter.audience).getCount();
  }

  findPolicy(id: string, status?: ContentStatus): Promise<PolicyEntity | null> {
    return this.policies.findOneBy(status ? { id, status } : { id });
  }

  findNewsPage(query: DatedPageQuery): Promise<NewsEntity[]> {
    return datedPage(this.news.createQueryBuilder('c'), 'publishedOn', query).getMany();
  }

  countNews(filter: ContentFilter): Promise<number> {
    return leveled(this.news.createQueryBuilder('c'), filter).getCount();
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
