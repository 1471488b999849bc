import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { Cursor } from '../../infra/graphql/pagination/cursor';
import type { InstitutionFilterInput } from './dto/institution-filter.input';
import { institutionConditions } from './institution-conditions';
import { InstitutionEntity } from './institution.entity';

@Injectable()
export class InstitutionsRepository {
  constructor(@InjectRepository(InstitutionEntity) private readonly institutions: Repository<InstitutionEntity>) {}

  findById(id: string): Promise<InstitutionEntity | null> {
    return this.institutions.findOneBy({ id });
  }

  /** The directory page after `cursor`, ordered by name then id; fetches `limit` rows. */
  findPage(filter: InstitutionFilterInput | null | undefined, limit: number, cursor?: Cursor<string>): Promise<InstitutionEntity[]> {
    const query = this.filtered(filter);
    if (cursor) {
      query.andWhere('(i.name > :afterName OR (i.name = :afterName AND i.id > :afterId))', {
        afterName: cursor.key,
        afterId: cursor.id,
      });
    }
    return query.orderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC').limit(limit).getMany();
  }

  count(filter: InstitutionFilterInput | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: InstitutionFilterInput | null | undefined): SelectQueryBuilder<InstitutionEntity> {
    const where = institutionConditions(filter);
    const query = this.institutions.createQueryBuilder('i');
    for (const clause of where.clauses) query.andWhere(clause);
    return query.setParameters(where.params);
  }
}
