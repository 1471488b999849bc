import type { ConsentPurpose, DataSource } from '@rongtong/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DataUseKind, DataUseOutcome } from './data-use-entry';

/** One line of an enterprise's data use log (数据使用记录). Append-only: rows are inserted, never changed. */
@Entity({ name: 'data_use_records' })
@Index('idx_data_use_records_enterprise_occurred', ['enterpriseId', 'occurredAt', 'id'])
export class DataUseRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'enterprise_id', type: 'varchar', length: 36 })
  enterpriseId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: DataUseKind;

  /** Null for a GRANT or REVOKE (they concern every source of the consent). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  source: DataSource | null;

  @Column({ type: 'varchar', length: 32 })
  purpose: ConsentPurpose;

  @Column({ name: 'consent_id', type: 'varchar', length: 36 })
  consentId: string;

  /** The institution that received or opened the data; null for the platform. */
  @Column({ name: 'institution_id', type: 'varchar', length: 36, nullable: true })
  institutionId: string | null;

  /** The user who acted; null for the platform's own (scheduled) fetches. */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: DataUseOutcome;

  @Column({ type: 'varchar', length: 255, nullable: true })
  detail: string | null;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;
}
