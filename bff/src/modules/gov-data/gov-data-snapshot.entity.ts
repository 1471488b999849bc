import type { ConsentGranteeKind, ConsentPurpose } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { encryptedField } from '../../infra/crypto/encrypted-columns';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer } from '../../infra/database/transformers';

/** Why a snapshot is not complete: the last fetch failed, timed out or met an open circuit, or fields were missing. */
export type IncompleteReason = 'FAILED' | 'TIMED_OUT' | 'CIRCUIT_OPEN' | 'PARTIAL';

/**
 * What the data centre holds of one source for one enterprise under one consent: the normalised record (encrypted:
 * tax and social-security figures and names are personal data, DESIGN §9), when it was fetched and which day it
 * describes, and whether it is complete. A failed refresh keeps the last record and says why it is not current.
 * Readable only with a handle on that very consent while it is active (GovDataService.readSnapshot).
 */
@Entity({ name: 'gov_data_snapshots' })
export class GovDataSnapshotEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'enterprise_id', type: 'varchar', length: 36 })
  enterpriseId: string;

  /** The source description's key (the DataSource value for the exchange's seven). */
  @Column({ type: 'varchar', length: 64 })
  source: string;

  @Column({ name: 'consent_id', type: 'varchar', length: 36 })
  consentId: string;

  @Column({ type: 'varchar', length: 32 })
  purpose: ConsentPurpose;

  @Column({ name: 'grantee_kind', type: 'varchar', length: 16 })
  granteeKind: ConsentGranteeKind;

  @Column({ name: 'grantee_institution_id', type: 'varchar', length: 36, nullable: true })
  granteeInstitutionId: string | null;

  /** JSON of the normalised record, FieldCipher output bound to this row; null until a fetch succeeded. */
  @Column({ name: 'record_cipher', type: 'text', nullable: true })
  recordCipher: string | null;

  /** When the record was fetched. */
  @Column({ name: 'fetched_at', type: 'datetime', precision: 3, nullable: true })
  fetchedAt: Date | null;

  /** YYYY-MM-DD: the day the record describes, as the exchange says. */
  @Column({ name: 'as_of', type: 'date', nullable: true })
  asOf: string | null;

  @Column({ type: 'boolean' })
  complete: boolean;

  @Column({ name: 'incomplete_reason', type: 'varchar', length: 32, nullable: true })
  incompleteReason: IncompleteReason | null;

  /** Fields of the record the exchange left out or that did not read (partial data). */
  @Column({ name: 'missing_fields', type: 'varchar', length: 1024, nullable: true, transformer: delimitedListTransformer })
  missingFields: string[];

  /** The exchange's id of the request that brought the record. */
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** The last fetch, successful or not. */
  @Column({ name: 'attempted_at', type: 'datetime', precision: 3 })
  attemptedAt: Date;

  /** When the scheduled refresh fetches it again (its freshness, or sooner after a failure). */
  @Column({ name: 'refresh_due_at', type: 'datetime', precision: 3 })
  refreshDueAt: Date;
}

export const GOV_DATA_SNAPSHOT_FIELDS = {
  record: encryptedField<Pick<GovDataSnapshotEntity, 'id' | 'recordCipher'>>(
    { table: 'gov_data_snapshots', column: 'record_cipher' },
    (snapshot) => snapshot.recordCipher,
  ),
} as const;
