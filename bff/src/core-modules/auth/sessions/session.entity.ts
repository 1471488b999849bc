import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { USER_ACCOUNT_ENTITY_NAME } from '../../../modules/accounts/user-account-entity-name';
import type { UserAccountRow } from '../../../modules/accounts/user-account-row';

/**
 * One sign-in. It is also the refresh-token family: every refresh rotates the access token in place and
 * adds the next refresh token under the same session, so revoking the session ends the whole family.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(USER_ACCOUNT_ENTITY_NAME)
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountRow;

  /** HMAC-SM3 of the current access token (TokenHasher); the token itself is never stored. */
  @Column({ name: 'access_token_hash', type: 'varchar', length: 64, unique: true })
  accessTokenHash: string;

  @Column({ name: 'access_expires_at', type: 'datetime', precision: 3 })
  accessExpiresAt: Date;

  @Column({ name: 'active_enterprise_id', type: 'varchar', length: 36, nullable: true })
  activeEnterpriseId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** Updated at most once a minute by authenticated requests; the idle timeout counts from here. */
  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 32, nullable: true })
  revokeReason: string | null;
}
