import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChallengeStep } from './staff-login-step';

/** The proof that a staff member passed the previous login step; one use, five minutes. */
@Entity({ name: 'staff_login_challenges' })
export class StaffLoginChallengeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** SM3 of the challenge token; the token itself is only ever in the client's hands. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  step: ChallengeStep;

  /** During TOTP enrolment: the offered secret, encrypted, until a code proves the authenticator has it. */
  @Column({ name: 'pending_totp_secret_cipher', type: 'text', nullable: true })
  pendingTotpSecretCipher: string | null;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', precision: 3, nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
