import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, InvalidCursorError, type Cursor } from '../../infra/graphql/pagination/cursor';
import { toConnection } from '../../infra/graphql/pagination/connection';
import type { InstitutionsArgs } from './dto/institutions.args';
import { InstitutionException } from './institution.exception';
import { toInstitutionModel } from './institution.mapper';
import type { InstitutionEntity } from './institution.entity';
import { InstitutionsRepository } from './institutions.repository';
import type { InstitutionConnection, InstitutionModel } from './models/institution.model';

const SORT = 'NAME';

@Injectable()
export class InstitutionsService {
  constructor(private readonly repository: InstitutionsRepository) {}

  async list(args: InstitutionsArgs): Promise<InstitutionConnection> {
    const cursor = args.after ? this.decode(args.after) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findPage(args.filter, args.first + 1, cursor),
      this.repository.count(args.filter),
    ]);
    return toConnection(rows, args.first, totalCount, cursorOf, toInstitutionModel);
  }

  async get(id: string): Promise<InstitutionModel> {
    const entity = await this.repository.findById(id);
    if (!entity) throw InstitutionException.notFound();
    return toInstitutionModel(entity);
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
