import { Injectable } from '@nestjs/common';
import type { Role } from '@rongtong/shared';
import { DataSource, In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { isDuplicateKeyError } from '../../infra/database/duplicate-key';
import { USER_ACCOUNT_FIELDS } from './user-account-fields';
import { newUserAccountRow, type NewUserAccount, type UserAccountRow } from './user-account-row';
import { UserAccountEntity } from './user-account.entity';

/** A user account as accounts hands it out: every column, no relations. */
export type UserAccount = UserAccountRow;

export type { NewUserAccount } from './user-account-row';

/** What an administrator may change on a staff account after its creation. */
export type StaffAccountChanges = Partial<Pick<UserAccount, 'displayName' | 'permissions' | 'enabled'>>;

export type CreateOutcome = 'CREATED' | 'USERNAME_TAKEN';

/** Which accounts that sign in here (username and password, no identity-platform subject) to list. */
export interface LocalAccountFilter {
  roles: readonly Role[];
  /** Only this institution's staff; null for every institution and none. */
  institutionId: string | null;
}

/**
 * Every read and write of `user_accounts` that staff login and staff account management make: lookups, creation,
 * the failure counts and lock, the password, the TOTP enrolment. The rules (who may, when to lock, what a password
 * must be) stay with the caller; this knows the table, its conditional updates and its encrypted TOTP column.
 * Methods taking a manager write in the caller's transaction.
 */
@Injectable()
export class StaffAccountsStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  findByUsername(username: string): Promise<UserAccount | null> {
    return this.dataSource.manager.findOneBy(UserAccountEntity, { username });
  }

  findById(id: string): Promise<UserAccount | null> {
    return this.dataSource.manager.findOneBy(UserAccountEntity, { id });
  }

  /** An account known to exist (a challenge or session names it); fails as an internal error otherwise. */
  getById(id: string): Promise<UserAccount> {
    return this.dataSource.manager.findOneByOrFail(UserAccountEntity, { id });
  }

  /** The account with this id if it signs in here (no identity-platform subject) and holds one of `roles`. */
  findLocal(id: string, roles: readonly Role[]): Promise<UserAccount | null> {
    return this.dataSource.manager.findOneBy(UserAccountEntity, { id, subject: IsNull(), role: In([...roles]) });
  }

  /** Accounts that sign in here, oldest first (then by username). */
  listLocal(filter: LocalAccountFilter): Promise<UserAccount[]> {
    const where: FindOptionsWhere<UserAccountEntity> = { role: In([...filter.roles]), subject: IsNull() };
    if (filter.institutionId !== null) where.institutionId = filter.institutionId;
    return this.dataSource.manager.find(UserAccountEntity, { where, order: { createdAt: 'ASC', username: 'ASC' } });
  }

  /** Inserts a new, enabled account; USERNAME_TAKEN (nothing written) when the username is in use. */
  async create(manager: EntityManager, account: NewUserAccount, now: Date): Promise<CreateOutcome> {
    try {
      await manager.insert(UserAccountEntity, newUserAccountRow(account, now));
      return 'CREATED';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'USERNAME_TAKEN';
      throw error;
    }
  }

  async update(manager: EntityManager, id: string, changes: StaffAccountChanges, now: Date): Promise<void> {
    await manager.update(UserAccountEntity, { id }, { ...changes, updatedAt: now });
  }

  // --- failed logins and the lock ---------------------------------------------------------------------------

  /**
   * Takes the account row's write lock with a write that changes nothing, so that transactions about one account
   * queue on that row before touching anything else.
   */
  async lockRow(manager: EntityManager, id: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(UserAccountEntity)
      .set({ failedLoginCount: () => 'failed_login_count' })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * The account-wide check-and-increment, one statement: counts the failure unless the account is locked, and
   * sets the lock until `lockedUntil` when the count reaches a multiple of `threshold` (an expired lock is cleared
   * by the next counted failure). True when it counted.
   */
  async countFailedLogin(manager: EntityManager, id: string, now: Date, lockedUntil: Date, threshold: number): Promise<boolean> {
    if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`lock threshold must be a positive integer, got ${threshold}`);
    // MySQL evaluates SET left to right with the values already assigned: the count is incremented last.
    const result = await manager
      .createQueryBuilder()
      .update(UserAccountEntity)
      .set({
        lockedUntil: () => `CASE WHEN (failed_login_count + 1) % ${threshold} = 0 THEN :lockedUntil ELSE NULL END`,
        failedLoginCount: () => 'failed_login_count + 1',
      })
      .where('id = :id AND (locked_until IS NULL OR locked_until <= :now)')
      .setParameters({ id, now, lockedUntil })
      .execute();
    return result.affected === 1;
  }

  /** The failure count as the caller's transaction sees it. */
  async failedLoginCount(manager: EntityManager, id: string): Promise<number> {
    const row = await manager.findOneOrFail(UserAccountEntity, { where: { id }, select: { id: true, failedLoginCount: true } });
    return row.failedLoginCount;
  }

  /** When the account-wide lock ends as stored now (possibly in the past), or null. */
  async lockedUntil(id: string): Promise<Date | null> {
    const row = await this.dataSource.manager.findOne(UserAccountEntity, { where: { id }, select: { id: true, lockedUntil: true } });
    return row?.lockedUntil ?? null;
  }

  /** Resets the failure count and lifts the lock; `touchedAt` also moves `updatedAt` (an administrator's action). */
  async clearFailedLogins(manager: EntityManager, id: string, touchedAt?: Date): Promise<void> {
    await manager.update(UserAccountEntity, { id }, { failedLoginCount: 0, lockedUntil: null, ...(touchedAt ? { updatedAt: touchedAt } : {}) });
  }

  // --- password ---------------------------------------------------------------------------------------------

  /** The same password under current hashing parameters (a rehash at login): nothing else changes. */
  async rehashPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(UserAccountEntity, { id }, { passwordHash });
  }

  /** A new password chosen by its holder: it no longer has to be changed, and the time of the change is kept. */
  async setNewPassword(manager: EntityManager, id: string, passwordHash: string, now: Date): Promise<void> {
    await manager.update(UserAccountEntity, { id }, { passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now });
  }

  // --- TOTP -------------------------------------------------------------------------------------------------

  /** The account's TOTP secret in plain, or null when none is enrolled. */
  totpSecret(account: Pick<UserAccount, 'id' | 'totpSecretCipher'>): string | null {
    return this.cipher.open(USER_ACCOUNT_FIELDS.totpSecret, account);
  }

  /**
   * Enrols `secret` (encrypted for this account's row) with `step` as the last used code, unless the account already
   * has a secret (compare-and-set). The stored cipher text, or null when nothing was written.
   */
  async enrolTotp(manager: EntityManager, account: Pick<UserAccount, 'id'>, secret: string, step: number, now: Date): Promise<string | null> {
    const secretCipher = this.cipher.seal(USER_ACCOUNT_FIELDS.totpSecret, account, secret);
    const enrolled = await manager
      .createQueryBuilder()
      .update(UserAccountEntity)
      .set({ totpSecretCipher: secretCipher, totpLastUsedStep: step, updatedAt: now })
      .where('id = :id AND totp_secret_cipher IS NULL', { id: account.id })
      .execute();
    return enrolled.affected === 1 ? secretCipher : null;
  }

  /** Records the step as used unless this or a later one already was (compare-and-set against replay races). */
  async claimTotpStep(manager: EntityManager, id: string, step: number): Promise<boolean> {
    const claimed = await manager
      .createQueryBuilder()
      .update(UserAccountEntity)
      .set({ totpLastUsedStep: step })
      .where('id = :id AND (totp_last_used_step IS NULL OR totp_last_used_step < :step)', { id, step })
      .execute();
    return claimed.affected === 1;
  }

  /** Removes the enrolled authenticator; false when there was none. */
  async removeTotp(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const reset = await manager
      .createQueryBuilder()
      .update(UserAccountEntity)
      .set({ totpSecretCipher: null, totpLastUsedStep: null, updatedAt: now })
      .where('id = :id AND totp_secret_cipher IS NOT NULL', { id })
      .execute();
    return reset.affected === 1;
  }
}
