import { Injectable } from '@nestjs/common';
import { INSTITUTION_TYPES } from '@rongtong/shared';
import { decodeCursor, encodeCursor, InvalidCursorError, type Cursor } from '../../infra/graphql/pagination/cursor';
import { toConnection } from '../../infra/graphql/pagination/connection';
import type { InstitutionFilterInput } from './dto/institution-filter.input';
import type { InstitutionsArgs } from './dto/institutions.args';
import { InstitutionException } from './institution.exception';
import { toInstitutionModel } from './institution.mapper';
import type { InstitutionEntity } from './institution.entity';
import { InstitutionsRepository } from './institutions.repository';
import type { InstitutionFacets } from './models/institution-facets.model';
import type { InstitutionConnection, InstitutionModel } from './models/institution.model';

const SORT = 'NAME';

@Injectable()
export class InstitutionsService {
  constructor(private readonly repository: InstitutionsRepository) {}

  /** The public directory: listed institutions only. */
  async list(args: InstitutionsArgs): Promise<InstitutionConnection> {
    const cursor = args.after ? this.decode(args.after) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findPage(args.filter, args.first + 1, cursor),
      this.repository.count(args.filter),
    ]);
    return toConnection(rows, args.first, totalCount, cursorOf, toInstitutionModel);
  }

  /** Listed institutions per type under the filter without its own type selection; all 16 types, in order. */
  async facets(filter: InstitutionFilterInput | null | undefined): Promise<InstitutionFacets> {
    const counts = await this.repository.countByType(filter ? { ...filter, types: null } : null);
    const types = INSTITUTION_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 }));
    return { types, total: types.reduce((sum, entry) => sum + entry.count, 0) };
  }

  /** A page of the public directory; an unlisted institution is as unknown as a missing one. */
  async getListed(id: string): Promise<InstitutionModel> {
    const entity = await this.repository.findListedById(id);
    if (!entity) throw InstitutionException.notFound();
    return toInstitutionModel(entity);
  }

  /** Any institution, listed or not (the institution a staff account belongs to). */
  async get(id: string): Promise<InstitutionModel> {
    const entity = await this.repository.findById(id);
    if (!entity) throw InstitutionException.notFound();
    return toInstitutionModel(entity);
  }

  /** Whether an institution with this id exists, listed or not (checked when a staff account is assigned to it). */
  async exists(id: string): Promise<boolean> {
    return (await this.repository.findById(id)) !== null;
  }

  /** Whether the institution exists and is listed (active): one that may receive data or take applications now. */
  async isListed(id: string): Promise<boolean> {
    return (await this.repository.findListedById(id)) !== null;
  }

  /** The names of these institutions, listed or not, by id (for records that name an institution); unknown ids are absent. */
  async namesByIds(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.repository.findByIds(ids);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private decode(after: string): Cursor<string> {
    try {
      return decodeCursor(after, SORT, 'text');
    } catch (error) {
      if (error instanceof InvalidCursorError) throw InstitutionException.invalidCursor();
      throw error;
    }
  }
}

function cursorOf(entity: InstitutionEntity): string {
  return encodeCursor({ sort: SORT, key: entity.name, id: entity.id });
}
