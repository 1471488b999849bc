import type { ConsentGranteeKind, ConsentPurpose, DataSource } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer } from '../../infra/database/transformers';
import type { EnterpriseRelation } from '../enterprises/enterprise-relation';

/**
 * One data authorisation (数据授权) of an enterprise: which sources, for which purpose, to whom, under which agreement
 * text, until when. Rows are never deleted; a revocation sets `revokedAt` by compare-and-set on `version`.
 */
@Entity({ name: 'data_consents' })
@Unique('uq_data_consents_reference', ['reference'])
@Unique('uq_data_consents_grantor_idempotency', ['grantedByUserId', 'idempotencyKey'])
export class DataConsentEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Public and unguessable; sent to the data exchange as X-Gov-Consent-Ref. */
  @Column({ type: 'varchar', length: 64 })
  reference: string;

  @Column({ name: 'enterprise_id', type: 'varchar', length: 36 })
  enterpriseId: string;

  @Column({ name: 'granted_by_user_id', type: 'varchar', length: 36 })
  grantedByUserId: string;

  /** How the granting user stood to the enterprise when granting. */
  @Column({ name: 'grantor_relation', type: 'varchar', length: 32 })
  grantorRelation: EnterpriseRelation;

  /** `,MARKET_REGISTRATION,TAX,` — "covers source X" is `sources LIKE '%,X,%'`. */
  @Column({ type: 'varchar', length: 255, transformer: delimitedListTransformer })
  sources: DataSource[];

  @Column({ type: 'varchar', length: 32 })
  purpose: ConsentPurpose;

  @Column({ name: 'grantee_kind', type: 'varchar', length: 16 })
  granteeKind: ConsentGranteeKind;

  /** The institution receiving the data; null when the grantee is the platform. */
  @Column({ name: 'grantee_institution_id', type: 'varchar', length: 36, nullable: true })
  granteeInstitutionId: string | null;

  /** A loan application for one named product of the grantee institution; null otherwise. */
  @Column({ name: 'product_id', type: 'varchar', length: 36, nullable: true })
  productId: string | null;

  @Column({ name: 'agreement_version', type: 'varchar', length: 32 })
  agreementVersion: string;

  /** SHA-256 (lowercase hex) of the exact agreement text the user was shown. */
  @Column({ name: 'agreement_sha256', type: 'varchar', length: 64 })
  agreementSha256: string;

  /** The client's key for this grant; a retry with the same key returns this row. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** SHA-256 of the grant's inputs, so the same key sent with other inputs is told apart from a retry. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'granted_at', type: 'datetime', precision: 3 })
  grantedAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_user_id', type: 'varchar', length: 36, nullable: true })
  revokedByUserId: string | null;

  @Column({ type: 'int' })
  version: number;
}

/** A consent's columns without the entity's hooks: what the ledger writes and maps. */
export type DataConsentRow = Pick<DataConsentEntity, keyof DataConsentEntity>;
