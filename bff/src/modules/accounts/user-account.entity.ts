import { Role } from '@rongtong/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer } from '../../infra/database/transformers';
import { InstitutionEntity } from '../institutions/institution.entity';

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

  @ManyToOne(() => InstitutionEntity, { nullable: true })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity | null;

  /** `pbkdf2-sm3$<iterations>$<salt b64>$<hash b64>`, see infra/crypto/password.ts */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword: boolean;
}
