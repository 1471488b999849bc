import type { ConsentPurpose } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A published version of the data authorisation agreement for one purpose. Inserted by migrations only and never
 * changed: consents record the version and the SHA-256 of this exact text. The current version of a purpose is the
 * one published last (and not in the future).
 */
@Entity({ name: 'consent_agreements' })
@Unique('uq_consent_agreements_purpose_version', ['purpose', 'version'])
export class ConsentAgreementEntity {
  /** `<purpose>:<version>` */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  purpose: ConsentPurpose;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @Column({ type: 'varchar', length: 128 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'published_at', type: 'datetime', precision: 3 })
  publishedAt: Date;
}
