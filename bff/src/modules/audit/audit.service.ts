import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../../infra/http/request-context';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { LOGGER } from '../../infra/logging/logging.module';
import type { AuditAction, AuditDetail, AuditResult } from './audit-action';
import { canonicalJson, chainHash, ChainVerifier, type ChainVerdict } from './audit-chain';
import { AuditException } from './audit.exception';
import type { AuditLogEntity } from './audit-log.entity';
import { AuditLogRepository, type ChainHead } from './audit-log.repository';
import { assertNoPersonalData } from './personal-data';

export { AuditAction } from './audit-action';
export type { AuditDetail, AuditResult } from './audit-action';

export interface AuditEntry {
  actorId: string | null;
  actorRole: Role | null;
  action: AuditAction;
  result: AuditResult;
  targetType?: string;
  targetId?: string;
  meta?: RequestMeta;
  /** Ids, codes and counts only — never personal data (refused when it looks like some). */
  detail?: AuditDetail;
}

const VERIFY_BATCH = 500;
const USER_AGENT_MAX = 255;
const IP_MAX = 64;

/**
 * The append-only, hash-chained audit log (DESIGN §9). Appends are serialised — on MySQL by locking the
 * chain head row, on SQLite (one connection per process) by the process's write queue (an entry of its own is a
 * unit of the queue; one inside the caller's transaction belongs to the caller's unit) plus the head's
 * compare-and-set — and fail closed: when the entry cannot be written the caller's operation fails too.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AuditLogRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Appends one entry. With `manager` the entry joins the caller's transaction (and rolls back with it);
   * without, it commits on its own.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    assertNoPersonalData(entry.detail);
    try {
      await this.inTransaction(manager, (transaction) => this.append(transaction, entry));
    } catch (error) {
      this.logger.error({ err: error, action: entry.action, result: entry.result }, 'audit write failed');
      throw AuditException.writeFailed();
    }
  }

  /**
   * Recomputes the chain up to the head as it is now (entries appended meanwhile are left for the next
   * run); reports the first broken sequence number.
   */
  async verifyChain(): Promise<ChainVerdict> {
    const head = await this.repository.readHead();
    const verifier = new ChainVerifier(this.config.crypto.auditChainKey);
    let lastSeq = 0;
    for (;;) {
      const rows = await this.repository.batchAfter(lastSeq, head.lastSeq, VERIFY_BATCH);
      const broken = verifier.check(rows);
      if (broken) return broken;
      if (rows.length < VERIFY_BATCH) break;
      lastSeq = rows[rows.length - 1]?.seq ?? lastSeq;
    }
    return verifier.finish(head);
  }

  /** Without an open transaction of the caller's, a transaction of its own (on SQLite, a unit of the write queue). */
  private inTransaction(manager: EntityManager | undefined, work: (manager: EntityManager) => Promise<void>): Promise<void> {
    if (manager?.queryRunner?.isTransactionActive) return work(manager);
    return (manager ?? this.dataSource.manager).transaction(work);
  }

  private async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const head = await this.repository.lockHead(manager);
    await this.repository.append(manager, this.buildRow(entry, head), head);
  }

  private buildRow(entry: AuditEntry, head: ChainHead): AuditLogEntity {
    const fields = {
      id: randomUUID(),
      seq: head.lastSeq + 1,
      occurredAt: this.clock.now(),
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      action: entry.action,
      result: entry.result,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.meta?.ip?.slice(0, IP_MAX) ?? null,
      userAgent: entry.meta?.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      detail: entry.detail && Object.keys(entry.detail).length > 0 ? canonicalJson(entry.detail) : null,
    };
    return { ...fields, prevHash: head.lastHash, hash: chainHash(this.config.crypto.auditChainKey, head.lastHash, fields) };
  }
}
