import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Cursor } from '../../infra/graphql/pagination/cursor';
import type { InstitutionFilterInput } from './dto/institution-filter.input';
import { institutionConditions } from './institution-conditions';
import { InstitutionEntity } from './institution.entity';
import { InstitutionStatus } from './institution-status';

type Filter = InstitutionFilterInput | null | undefined;

@Injectable()
export class InstitutionsRepository {
  constructor(@InjectRepository(InstitutionEntity) private readonly institutions: Repository<InstitutionEntity>) {}

  /** Any institution, listed or not: staff accounts keep seeing their own. */
  findById(id: string): Promise<InstitutionEntity | null> {
    return this.institutions.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<InstitutionEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.institutions.findBy({ id: In([...ids]) });
  }

  /** An institution of the public directory. */
  findListedById(id: string): Promise<InstitutionEntity | null> {
    return this.institutions.findOneBy({ id, status: InstitutionStatus.ACTIVE });
  }

  /** The directory page after `cursor`, ordered by name then id; fetches `limit` rows. */
  findPage(filter: Filter, limit: number, cursor?: Cursor<string>): Promise<InstitutionEntity[]> {
    const query = this.filtered(filter);
    if (cursor) {
      query.andWhere('(i.name > :afterName OR (i.name = :afterName AND i.id > :afterId))', {
        afterName: cursor.key,
        afterId: cursor.id,
      });
    }
    return query.orderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC').limit(limit).getMany();
  }

  count(filter: Filter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** Listed institutions per type under `filter`; types without any are absent. */
  async countByType(filter: Filter): Promise<Map<string, number>> {
    const rows = await this.filtered(filter)
      .select('i.type', 'type')
      .addSelect('COUNT(*)', 'count')
      .groupBy('i.type')
      .getRawMany<{ type: string; count: string | number }>();
    return new Map(rows.map((row) => [row.type, Number(row.count)]));
  }

  private filtered(filter: Filter): SelectQueryBuilder<InstitutionEntity> {
    const where = institutionConditions(filter);
    const query = this.institutions.createQueryBuilder('i').where('i.status = :listed', { listed: InstitutionStatus.ACTIVE });
    for (const clause of where.clauses) query.andWhere(clause);
    return query.setParameters(where.params);
  }
}
