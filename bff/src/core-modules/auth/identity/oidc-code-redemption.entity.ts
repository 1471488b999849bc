import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An authorization code the BFF presented to the identity platform (browser flow or 皖事通 host code), kept a day so
 * that a second use finds the session the first one produced and revokes it (RFC 6749 §4.1.2).
 */
@Entity({ name: 'oidc_code_redemptions' })
export class OidcCodeRedemptionEntity {
  /** HMAC of the code (TokenHasher); the code itself is never stored. */
  @PrimaryColumn({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'varchar', length: 32 })
  channel: string;

  /** The session the first use produced; null until it commits, or when it produced none. */
  @Column({ name: 'session_id', type: 'varchar', length: 36, nullable: true })
  sessionId: string | null;

  @Column({ name: 'redeemed_at', type: 'datetime', precision: 3 })
  redeemedAt: Date;

  /** When the code was presented again. */
  @Column({ name: 'replayed_at', type: 'datetime', precision: 3, nullable: true })
  replayedAt: Date | null;
}
