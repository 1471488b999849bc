import type { ConsentPurpose, EnterpriseScale, EnterpriseType } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer, fenTransformer } from '../../infra/database/transformers';

/**
 * An enterprise known to the platform. Created from the unified identity platform's claims (USCC and
 * name); the register details stay null until the government data exchange supplies them.
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

  @Column({ name: 'legal_representative', type: 'varchar', length: 64, nullable: true })
  legalRepresentative: string | null;

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
  @Column({ name: 'agent_consent_purposes', type: 'varchar', length: 255, transformer: delimitedListTransformer })
  agentConsentPurposes: ConsentPurpose[];
}
