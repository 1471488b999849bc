import type { Role } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** BIGINT sequence numbers: mysql2 returns strings, better-sqlite3 numbers; both become a safe integer. */
export const sequenceTransformer: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | number): number => {
    const result = Number(value);
    if (!Number.isSafeInteger(result)) throw new Error(`audit sequence ${String(value)} is not a safe integer`);
    return result;
  },
};

/**
 * One audit entry. Append-only: database triggers refuse UPDATE and DELETE. Each row's `hash` is
 * HMAC-SM3(AUDIT_CHAIN_KEY, prevHash ‖ canonical JSON of the row), so a changed, removed or reordered row
 * breaks the chain from that point (see audit-chain.ts).
 */
@Entity({ name: 'audit_logs' })
export class AuditLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'bigint', unique: true, transformer: sequenceTransformer })
  seq: number;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole: Role | null;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Column({ type: 'varchar', length: 16 })
  result: string;

  @Column({ name: 'target_type', type: 'varchar', length: 48, nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 128, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  /** Canonical JSON of non-personal facts (ids, codes, counts), or null. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
