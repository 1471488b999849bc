import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins of one staff account from one source address (see lockout-policy.ts). Written only by
 * StaffLockout's conditional statements; a row is pruned once it expires and dropped by a completed login from
 * its source or by a security administrator's unlock.
 */
@Entity({ name: 'staff_login_sources' })
export class StaffLoginSourceEntity {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  /** loginSourceOf(ip): an IPv4 address, an IPv6 /64, or `unknown`. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  source: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  /** Attempts from this source for this account are refused until then. */
  @Column({ name: 'blocked_until', type: 'datetime', precision: 3, nullable: true })
  blockedUntil: Date | null;

  /** The count is forgotten (the row may be pruned) from then on. */
  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
