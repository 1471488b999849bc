import { Injectable } from '@nestjs/common';
import { PLATFORM_DISPLAY_NAME } from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { AccountNames } from '../accounts/account-names';
import { InstitutionsService } from '../institutions/institutions.service';
import type { DataUseEntry } from './data-use-entry';
import { DataUseRecordEntity } from './data-use-record.entity';
import { DataUseRecordModel } from './models/data-use-record.model';

const MAX_DETAIL_LENGTH = 255;

/** A keyset position in the log, newest first. */
export interface DataUseKeyset {
  occurredAt: Date;
  id: string;
}

/** The public references of consents by id (the consents module owns them). */
export type ConsentReferenceLookup = (consentIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;

/** One page of an enterprise's log, newest first. */
export interface DataUsePage {
  records: DataUseRecordModel[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * The data use log (数据使用记录): every fetch from a source, every view of fetched data, every grant and revocation
 * of a consent, per enterprise. Append-only; the enterprise reads it newest first.
 */
@Injectable()
export class DataUseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly institutions: InstitutionsService,
    private readonly accountNames: AccountNames,
  ) {}

  /** Appends one entry, inside the caller's transaction when a manager is given (and rolls back with it). */
  async record(entry: DataUseEntry, manager?: EntityManager): Promise<void> {
    if (entry.detail !== undefined && entry.detail.length > MAX_DETAIL_LENGTH) {
      throw new RangeError(`data use detail longer than ${MAX_DETAIL_LENGTH} characters`);
    }
    const row: DataUseRecordEntity = {
      // Time-ordered, so records of one millisecond keep the order they were made in (the list's tie-break).
      id: timeOrderedUuid(),
      enterpriseId: entry.enterpriseId,
      kind: entry.kind,
      source: entry.source ?? null,
      purpose: entry.purpose,
      consentId: entry.consentId,
      institutionId: entry.institutionId ?? null,
      actorUserId: entry.actorUserId ?? null,
      outcome: entry.outcome,
      detail: entry.detail ?? null,
      occurredAt: this.clock.now(),
    };
    await (manager ?? this.dataSource.manager).insert(DataUseRecordEntity, row);
  }

  /**
   * The enterprise's records after `after` (newest first), `first` of them, naming who used the data and the
   * consent's reference (`references` looks them up).
   */
  async page(enterpriseId: string, first: number, after: DataUseKeyset | undefined, references: ConsentReferenceLookup): Promise<DataUsePage> {
    const query = this.dataSource.manager.createQueryBuilder(DataUseRecordEntity, 'r').where('r.enterpriseId = :enterpriseId', { enterpriseId });
    if (after) {
      query.andWhere('(r.occurredAt < :afterAt OR (r.occurredAt = :afterAt AND r.id < :afterId))', {
        afterAt: toSqlUtcDatetime(after.occurredAt),
        afterId: after.id,
      });
    }
    const [rows, totalCount] = await Promise.all([
      query.orderBy('r.occurredAt', 'DESC').addOrderBy('r.id', 'DESC').limit(first + 1).getMany(),
      this.dataSource.manager.countBy(DataUseRecordEntity, { enterpriseId }),
    ]);
    const shown = rows.slice(0, first);
    const [institutionNames, actorNames, consentReferences] = await Promise.all([
      this.institutions.namesByIds(distinct(shown.map((row) => row.institutionId))),
      this.accountNames.masked(distinct(shown.map((row) => row.actorUserId))),
      references(distinct(shown.map((row) => row.consentId))),
    ]);
    const records = shown.map((row) =>
      Object.assign(new DataUseRecordModel(), {
        id: row.id,
        kind: row.kind,
        source: row.source,
        purpose: row.purpose,
        consentId: row.consentId,
        consentReference: consentReferences.get(row.consentId) ?? '',
        institutionId: row.institutionId,
        partyName: row.institutionId === null ? PLATFORM_DISPLAY_NAME : (institutionNames.get(row.institutionId) ?? PLATFORM_DISPLAY_NAME),
        actorName: row.actorUserId === null ? null : (actorNames.get(row.actorUserId) ?? null),
        outcome: row.outcome,
        detail: row.detail,
        occurredAt: row.occurredAt,
      }),
    );
    return { records, hasNextPage: rows.length > first, totalCount };
  }
}

function distinct(ids: ReadonlyArray<string | null>): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
