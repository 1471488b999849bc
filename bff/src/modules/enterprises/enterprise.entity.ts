import type { ConsentPurpose, EnterpriseScale, EnterpriseType, RegistrationStatus, SmeIndicator, SmeUnclassifiedReason } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { encryptedField } from '../../infra/crypto/encrypted-columns';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer, fenTransformer } from '../../infra/database/transformers';

/**
 * An enterprise known to the platform. Created from the unified identity platform's claims (USCC and
 * name); the register profile (legal representative … registered capital, scale) stays null until a consented
 * market-registration fetch from the government data exchange supplies it (gov-data, through
 * `EnterprisesService.applyRegisterProfile`), and goes again when no active consent covers it any more.
 */
@Entity({ name: 'enterprises' })
export class EnterpriseEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** GB 32100-2015 unified social credit code, checksum-valid. */
  @Column({ type: 'varchar', length: 18, unique: true })
  uscc: string;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  /** Personal data: FieldCipher output bound to this row (ENTERPRISE_FIELDS.legalRepresentative), masked in responses. */
  @Column({ name: 'legal_representative_cipher', type: 'text', nullable: true })
  legalRepresentativeCipher: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  /** GB/T 4754 division code. */
  @Column({ name: 'industry_code', type: 'varchar', length: 4, nullable: true })
  industryCode: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  scale: EnterpriseScale | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  type: EnterpriseType | null;

  /** YYYY-MM-DD */
  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn: string | null;

  @Column({ name: 'registered_capital_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  registeredCapitalFen: number | null;

  /**
   * The purposes an agent (经办人) may grant data consents for; set by the legal representative only. Default: loan
   * applications (DEFAULT_AGENT_CONSENT_PURPOSES).
   */
  @Column({ name: 'agent_consent_purposes', type: 'varchar', length: 255, default: ',LOAN_APPLICATION,', transformer: delimitedListTransformer })
  agentConsentPurposes: ConsentPurpose[];

  /** 经营状态 as registered. */
  @Column({ name: 'register_status', type: 'varchar', length: 16, nullable: true })
  registerStatus: RegistrationStatus | null;

  /** The consent the register profile was fetched under; it shows only while that consent is active. */
  @Column({ name: 'register_consent_id', type: 'varchar', length: 36, nullable: true })
  registerConsentId: string | null;

  @Column({ name: 'register_purpose', type: 'varchar', length: 32, nullable: true })
  registerPurpose: ConsentPurpose | null;

  @Column({ name: 'register_fetched_at', type: 'datetime', precision: 3, nullable: true })
  registerFetchedAt: Date | null;

  /** YYYY-MM-DD: the day the register data describes. */
  @Column({ name: 'register_as_of', type: 'date', nullable: true })
  registerAsOf: string | null;

  /** Register fields the exchange left out (partial data); empty when complete. */
  @Column({ name: 'register_missing_fields', type: 'varchar', length: 255, nullable: true, transformer: delimitedListTransformer })
  registerMissingFields: string[];

  /** The indicators the scale was classified by (2011 SME classification); empty when there is no scale. */
  @Column({ name: 'scale_basis', type: 'varchar', length: 64, nullable: true, transformer: delimitedListTransformer })
  scaleBasis: SmeIndicator[];

  /** Why there is no scale, when a register profile exists without one. */
  @Column({ name: 'scale_unclassified_reason', type: 'varchar', length: 32, nullable: true })
  scaleUnclassifiedReason: SmeUnclassifiedReason | null;

  /** The indicators a scale would need that no active consent supplies. */
  @Column({ name: 'scale_missing_indicators', type: 'varchar', length: 64, nullable: true, transformer: delimitedListTransformer })
  scaleMissingIndicators: SmeIndicator[];
}

/** The encrypted columns of enterprises: `cipher.seal(field, enterprise, plain)` / `cipher.open(field, enterprise)`. */
export const ENTERPRISE_FIELDS = {
  legalRepresentative: encryptedField<Pick<EnterpriseEntity, 'id' | 'legalRepresentativeCipher'>>(
    { table: 'enterprises', column: 'legal_representative_cipher' },
    (enterprise) => enterprise.legalRepresentativeCipher,
  ),
} as const;
