import { Injectable } from '@nestjs/common';
import { ConsentGranteeKind } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, LessThanOrEqual, type EntityManager } from 'typeorm';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import type { ConsentGrantee, ConsentHandle } from '../consents/consent-handle';
import { GOV_DATA_SNAPSHOT_FIELDS, GovDataSnapshotEntity, type IncompleteReason } from './gov-data-snapshot.entity';

/** A successful fetch, normalised. */
export interface FetchedRecord {
  recordJson: string;
  requestId: string;
  asOf: string;
  missingFields: readonly string[];
  fetchedAt: Date;
  refreshDueAt: Date;
}

/** The queries of gov_data_snapshots; writes take the caller's transaction manager. */
@Injectable()
export class SnapshotStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  find(enterpriseId: string, source: string, consentId: string, manager: EntityManager = this.dataSource.manager): Promise<GovDataSnapshotEntity | null> {
    return manager.findOneBy(GovDataSnapshotEntity, { enterpriseId, source, consentId });
  }

  /** The enterprise's snapshots of this source held for the platform (any consent, any purpose). */
  findForPlatform(enterpriseId: string, source: string): Promise<GovDataSnapshotEntity[]> {
    return this.dataSource.manager.find(GovDataSnapshotEntity, {
      where: { enterpriseId, source, granteeKind: ConsentGranteeKind.PLATFORM },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Snapshots due for a scheduled refresh at `now`, most overdue first. */
  findDue(now: Date, limit: number): Promise<GovDataSnapshotEntity[]> {
    return this.dataSource.manager.find(GovDataSnapshotEntity, {
      where: { refreshDueAt: LessThanOrEqual(now) },
      order: { refreshDueAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  /**
   * Claims a due snapshot for one refresher: moves its due time to `leaseUntil` only if it is still `dueAt`, so of
   * several BFF instances running the schedule exactly one refreshes it.
   */
  async claim(snapshot: GovDataSnapshotEntity, leaseUntil: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(GovDataSnapshotEntity)
      .set({ refreshDueAt: leaseUntil })
      .where('id = :id AND refresh_due_at = :dueAt', { id: snapshot.id, dueAt: toSqlUtcDatetime(snapshot.refreshDueAt) })
      .execute();
    return result.affected === 1;
  }

  /** The row of (enterprise, source, consent), created empty when new (concurrent creators share one). */
  async ensure(manager: EntityManager, handle: ConsentHandle, source: string, now: Date): Promise<GovDataSnapshotEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(GovDataSnapshotEntity)
      .values({
        id: randomUUID(),
        enterpriseId: handle.enterpriseId,
        source,
        consentId: handle.consentId,
        purpose: handle.purpose,
        granteeKind: handle.grantee.kind,
        granteeInstitutionId: institutionOf(handle.grantee),
        recordCipher: null,
        fetchedAt: null,
        asOf: null,
        complete: false,
        incompleteReason: null,
        missingFields: [],
        requestId: null,
        attemptedAt: now,
        refreshDueAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(GovDataSnapshotEntity, { enterpriseId: handle.enterpriseId, source, consentId: handle.consentId });
  }

  async saveFetched(manager: EntityManager, snapshot: GovDataSnapshotEntity, fetched: FetchedRecord): Promise<void> {
    await manager.update(
      GovDataSnapshotEntity,
      { id: snapshot.id },
      {
        recordCipher: this.cipher.seal(GOV_DATA_SNAPSHOT_FIELDS.record, snapshot, fetched.recordJson),
        fetchedAt: fetched.fetchedAt,
        asOf: fetched.asOf,
        complete: fetched.missingFields.length === 0,
        incompleteReason: fetched.missingFields.length === 0 ? null : 'PARTIAL',
        missingFields: [...fetched.missingFields],
        requestId: fetched.requestId,
        attemptedAt: fetched.fetchedAt,
        refreshDueAt: fetched.refreshDueAt,
        updatedAt: fetched.fetchedAt,
      },
    );
  }

  /** A failed fetch: the last record stays, marked incomplete with the reason. */
  async saveFailure(manager: EntityManager, snapshot: GovDataSnapshotEntity, reason: IncompleteReason, attemptedAt: Date, retryAt: Date): Promise<void> {
    await manager.update(
      GovDataSnapshotEntity,
      { id: snapshot.id },
      { complete: false, incompleteReason: reason, attemptedAt, refreshDueAt: retryAt, updatedAt: attemptedAt },
    );
  }

  async remove(manager: EntityManager, snapshot: GovDataSnapshotEntity): Promise<void> {
    await manager.delete(GovDataSnapshotEntity, { id: snapshot.id });
  }

  /** The decrypted record JSON, or null when nothing was fetched yet. */
  recordJson(snapshot: GovDataSnapshotEntity): string | null {
    return this.cipher.open(GOV_DATA_SNAPSHOT_FIELDS.record, snapshot);
  }
}

export function institutionOf(grantee: ConsentGrantee): string | null {
  return grantee.kind === ConsentGranteeKind.INSTITUTION ? grantee.institutionId : null;
}
