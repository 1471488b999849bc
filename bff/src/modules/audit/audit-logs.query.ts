import { Injectable } from '@nestjs/common';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import type { PageArgs } from '../../infra/graphql/pagination/page.args';
import { AuditException } from './audit.exception';
import type { AuditLogEntity } from './audit-log.entity';
import { toAuditLogEntryModel } from './audit-log.mapper';
import { AuditLogRepository } from './audit-log.repository';
import type { AuditLogConnection } from './models/audit-log-entry.model';

const SORT = 'SEQ_DESC';

/** The audit administrator's view: newest first, keyset-paginated on the sequence number. */
@Injectable()
export class AuditLogsQuery {
  constructor(private readonly repository: AuditLogRepository) {}

  async page(args: PageArgs): Promise<AuditLogConnection> {
    const beforeSeq = args.after ? decode(args.after) : undefined;
    const [rows, totalCount] = await Promise.all([this.repository.findPage(args.first + 1, beforeSeq), this.repository.count()]);
    return toConnection(rows, args.first, totalCount, cursorOf, toAuditLogEntryModel);
  }
}

function decode(after: string): number {
  try {
    return decodeCursor(after, SORT, 'integer').key;
  } catch (error) {
    if (error instanceof InvalidCursorError) throw AuditException.invalidCursor();
    throw error;
  }
}

function cursorOf(entity: AuditLogEntity): string {
  return encodeCursor({ sort: SORT, key: entity.seq, id: entity.id });
}
