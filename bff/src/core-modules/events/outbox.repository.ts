import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import type { EventPayload, PlatformEvent } from './platform-event';

/** Who a replay is for: the signed-in caller as the session says now. */
export interface ReplayAudience {
  userId: string;
  activeEnterpriseId: string | null;
  institutionId: string | null;
}

export interface ReplayQuery {
  /** Events with a greater id only (ids are time-ordered). */
  afterId: string;
  topics: readonly string[];
  audience: ReplayAudience;
  limit: number;
}

/** The queries of `outbox_events`. On SQLite, callers that must not see uncommitted rows read through `committed`. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, rows: readonly OutboxEventEntity[]): Promise<void> {
    if (rows.length > 0) await manager.insert(OutboxEventEntity, [...rows]);
  }

  /** Marks events published (a row already marked, by this relay or another, is left as it is). */
  async markPublished(ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxEventEntity)
      .set({ publishedAt: at, claimedBy: null, claimedUntil: null })
      .where({ id: In([...ids]) })
      .andWhere('published_at IS NULL')
      .execute();
  }

  /**
   * Claims up to `limit` unpublished rows written before `writtenBefore` that no other relay holds a live claim on,
   * for `owner` until `until`, and answers them in id order. In one transaction: the conditional UPDATE is what
   * decides between two instances claiming at once (the loser's statement no longer matches the rows).
   */
  claimUnpublished(owner: string, now: Date, writtenBefore: Date, until: Date, limit: number): Promise<OutboxEventEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const nowText = toSqlUtcDatetime(now);
      const unclaimed = '(e.claimed_until IS NULL OR e.claimed_until < :now)';
      const candidates = await manager
        .createQueryBuilder(OutboxEventEntity, 'e')
        .select('e.id', 'id')
        .where('e.published_at IS NULL')
        .andWhere('e.created_at <= :writtenBefore', { writtenBefore: toSqlUtcDatetime(writtenBefore) })
        .andWhere(unclaimed, { now: nowText })
        .orderBy('e.id', 'ASC')
        .limit(limit)
        .getRawMany<{ id: string }>();
      if (candidates.length === 0) return [];
      const ids = candidates.map((candidate) => candidate.id);
      await manager
        .createQueryBuilder()
        .update(OutboxEventEntity)
        .set({ claimedBy: owner, claimedUntil: until })
        .where({ id: In(ids) })
        .andWhere('published_at IS NULL')
        .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now: nowText })
        .execute();
      return manager.find(OutboxEventEntity, { where: { id: In(ids), claimedBy: owner }, order: { id: 'ASC' } });
    });
  }

  /** Removes up to `limit` rows published before `before`; answers how many went. */
  async prunePublished(before: Date, limit: number): Promise<number> {
    const rows = await this.dataSource
      .createQueryBuilder(OutboxEventEntity, 'e')
      .select('e.id', 'id')
      .where('e.published_at IS NOT NULL')
      .andWhere('e.published_at < :before', { before: toSqlUtcDatetime(before) })
      .orderBy('e.published_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    if (rows.length === 0) return 0;
    const ids = rows.map((row) => row.id);
    // Re-checked in the statement: a row is only ever removed once published and old.
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(OutboxEventEntity)
      .where({ id: In(ids) })
      .andWhere('published_at IS NOT NULL')
      .andWhere('published_at < :before', { before: toSqlUtcDatetime(before) })
      .execute();
    return result.affected ?? ids.length;
  }

  /**
   * Committed events of the topics, after the cursor, for the audience (published or still waiting: a reconnecting
   * client gets what a crash kept from it too), oldest first. Read inside a transaction so that on SQLite, whose one
   * connection every request shares, it waits for the write queue and never sees another request's open transaction.
   */
  replay(query: ReplayQuery): Promise<OutboxEventEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .createQueryBuilder(OutboxEventEntity, 'e')
        .where('e.id > :afterId', { afterId: query.afterId })
        .andWhere('e.topic IN (:...topics)', { topics: [...query.topics] });
      const audience = ['e.audience_user_ids LIKE :userPattern'];
      const parameters: Record<string, string> = { userPattern: `%,${query.audience.userId},%` };
      if (query.audience.activeEnterpriseId) {
        audience.push('e.audience_enterprise_id = :enterpriseId');
        parameters.enterpriseId = query.audience.activeEnterpriseId;
      }
      if (query.audience.institutionId) {
        audience.push('e.audience_institution_id = :institutionId');
        parameters.institutionId = query.audience.institutionId;
      }
      return builder.andWhere(`(${audience.join(' OR ')})`, parameters).orderBy('e.id', 'ASC').limit(query.limit).getMany();
    });
  }
}

export function toPlatformEvent(row: OutboxEventEntity): PlatformEvent {
  return {
    id: row.id,
    topic: row.topic,
    audience: { userIds: row.audienceUserIds, enterpriseId: row.audienceEnterpriseId, institutionId: row.audienceInstitutionId },
    payload: JSON.parse(row.payload) as EventPayload,
    occurredAt: row.createdAt.toISOString(),
  };
}
