import { Role } from '@rongtong/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer } from '../../infra/database/transformers';
import { INSTITUTION_ENTITY_NAME, type InstitutionRow } from '../institutions/institution-row';

@Entity({ name: 'user_accounts' })
export class UserAccountEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** e.g. REVIEWER, PRODUCT_MANAGER, INSTITUTION_ADMIN for institution staff. */
  @Column({ type: 'varchar', length: 255, transformer: delimitedListTransformer })
  permissions: string[];

  @Column({ name: 'institution_id', type: 'varchar', length: 36, nullable: true })
  institutionId: string | null;

  @ManyToOne(INSTITUTION_ENTITY_NAME, { nullable: true })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionRow | null;

  /** `pbkdf2-sm3$<iterations>$<salt b64>$<hash b64>`, see infra/crypto/password.ts */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword: boolean;

  /** The unified identity platform's `sub` for users who log in there; null for staff. */
  @Column({ type: 'varchar', length: 255, nullable: true, unique: true })
  subject: string | null;

  // Personal data is stored only as FieldCipher output, looked up by blind index, shown masked.
  @Column({ name: 'phone_cipher', type: 'text', nullable: true })
  phoneCipher: string | null;

  @Column({ name: 'phone_index', type: 'varchar', length: 128, nullable: true })
  phoneIndex: string | null;

  @Column({ name: 'phone_masked', type: 'varchar', length: 32, nullable: true })
  phoneMasked: string | null;

  @Column({ name: 'resident_id_cipher', type: 'text', nullable: true })
  residentIdCipher: string | null;

  @Column({ name: 'resident_id_index', type: 'varchar', length: 128, nullable: true })
  residentIdIndex: string | null;

  @Column({ name: 'resident_id_masked', type: 'varchar', length: 32, nullable: true })
  residentIdMasked: string | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'failed_login_count', type: 'int', default: 0 })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'totp_secret_cipher', type: 'text', nullable: true })
  totpSecretCipher: string | null;

  /** The RFC 6238 time step of the last accepted code; a code of this step or earlier is refused. */
  @Column({ name: 'totp_last_used_step', type: 'int', nullable: true })
  totpLastUsedStep: number | null;

  @Column({ name: 'password_changed_at', type: 'datetime', precision: 3, nullable: true })
  passwordChangedAt: Date | null;

  /** The staff member who created this account (null: seeded, bootstrapped or signed up through the identity platform). */
  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;
}
