import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import type { RequestMeta } from '../../../infra/http/request-context';
import { StaffAccountsStore, type UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import { ACCOUNT_LOCK_MS, ACCOUNT_LOCK_THRESHOLD, locksAccount } from './lockout-policy';
import { loginSourceOf } from './login-source';
import { StaffChallenges } from './staff-challenges';
import { StaffLoginSources } from './staff-login-sources';

export type FailureAction = AuditAction.LOGIN_FAILED | AuditAction.TOTP_FAILED | AuditAction.PASSWORD_CHANGED;

/** Why an attempt was turned away before its password or code could count (recorded in the audit log only). */
export enum LockoutRefusal {
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SOURCE_DELAYED = 'SOURCE_DELAYED',
}

export interface FailureOutcome {
  /** Set when the failure was not counted because the account or its source was already held back. */
  refusal: LockoutRefusal | null;
  /** Set when this failure locked the account: until when. */
  lockedUntil: Date | null;
}

export interface ClearedLockout {
  wasLocked: boolean;
  failedLoginCount: number;
  sources: number;
}

/**
 * Counts wrong passwords and TOTP codes per account and per (account, source) and holds attempts back by the
 * rules of lockout-policy.ts. Every transaction that changes lockout state writes the account row before
 * anything else (the login steps do too), so on MySQL transactions about one account queue on that row and
 * never hold a source row or a gap another one waits for while waiting for the account row themselves.
 */
@Injectable()
export class StaffLockout {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsStore,
    private readonly sources: StaffLoginSources,
    private readonly audit: AuditService,
    private readonly challenges: StaffChallenges,
    private readonly clock: Clock,
  ) {}

  /** Whether the account-wide lock is in force now. */
  isLocked(user: Pick<UserAccount, 'lockedUntil'>): boolean {
    return user.lockedUntil !== null && user.lockedUntil.getTime() > this.clock.now().getTime();
  }

  /**
   * Records one wrong password or code, committed on its own with its audit entry (so the caller can throw
   * afterwards). It counts for the source unless the source is waiting out a delay, and then for the account
   * unless the account is locked — each decided by the one statement that increments.
   */
  async recordFailure(user: UserAccount, action: FailureAction, reason: string, meta: RequestMeta): Promise<FailureOutcome> {
    const now = this.clock.now();
    const source = loginSourceOf(meta.ip);
    await this.sources.pruneExpired(now);
    return this.dataSource.transaction(async (manager) => {
      // The account row first (see the class comment); the counts themselves are not read here.
      await this.accounts.lockRow(manager, user.id);
      const lockedUntil = new Date(now.getTime() + ACCOUNT_LOCK_MS);
      const sourceCounted = await this.sources.countFailure(manager, user.id, source, now);
      const accountCounted = sourceCounted && (await this.accounts.countFailedLogin(manager, user.id, now, lockedUntil, ACCOUNT_LOCK_THRESHOLD));
      const actor = { actorId: user.id, actorRole: user.role, targetType: 'USER', targetId: user.id, meta };
      if (!accountCounted) {
        const refusal = sourceCounted ? LockoutRefusal.ACCOUNT_LOCKED : LockoutRefusal.SOURCE_DELAYED;
        await this.audit.record({ ...actor, action, result: 'FAILURE', detail: { reason: refusal, attempt: reason } }, manager);
        return { refusal, lockedUntil: null };
      }
      const failedLoginCount = await this.accounts.failedLoginCount(manager, user.id);
      await this.audit.record({ ...actor, action, result: 'FAILURE', detail: { reason, failures: failedLoginCount } }, manager);
      if (!locksAccount(failedLoginCount)) return { refusal: null, lockedUntil: null };
      await this.challenges.discardFor(manager, user.id);
      await this.audit.record(
        { ...actor, action: AuditAction.ACCOUNT_LOCKED, result: 'SUCCESS', detail: { after: reason, failures: failedLoginCount, minutes: ACCOUNT_LOCK_MS / 60_000 } },
        manager,
      );
      return { refusal: null, lockedUntil };
    });
  }

  /** For an attempt whose password or code was right: why it must be refused anyway (locked, source waiting), or null. */
  async refusalFor(userId: string, meta: RequestMeta): Promise<{ refusal: LockoutRefusal; lockedUntil: Date | null } | null> {
    const now = this.clock.now();
    const lockedUntil = await this.accounts.lockedUntil(userId);
    if (lockedUntil && lockedUntil.getTime() > now.getTime()) return { refusal: LockoutRefusal.ACCOUNT_LOCKED, lockedUntil };
    if (await this.sources.isDelayed(userId, loginSourceOf(meta.ip), now)) return { refusal: LockoutRefusal.SOURCE_DELAYED, lockedUntil: null };
    return null;
  }

  /** refusalFor, with the refusal audited under `action`; true when the attempt may go on. */
  async admit(user: UserAccount, action: FailureAction, meta: RequestMeta): Promise<boolean> {
    const refused = await this.refusalFor(user.id, meta);
    if (!refused) return true;
    await this.audit.record({
      actorId: user.id,
      actorRole: user.role,
      action,
      result: 'FAILURE',
      targetType: 'USER',
      targetId: user.id,
      meta,
      detail: { reason: refused.refusal },
    });
    return false;
  }

  /** A completed login: the account's count and lock go, and so does the count of the source it came from (account row first). */
  async clearAfterLogin(manager: EntityManager, userId: string, meta: RequestMeta): Promise<void> {
    await this.accounts.clearFailedLogins(manager, userId);
    await this.sources.forget(manager, userId, loginSourceOf(meta.ip));
  }

  /** A security administrator's unlock: the lock, the account's count and every source's count go. */
  async clearAll(manager: EntityManager, account: UserAccount): Promise<ClearedLockout> {
    const wasLocked = this.isLocked(account);
    await this.accounts.clearFailedLogins(manager, account.id, this.clock.now());
    const sources = await this.sources.forgetAll(manager, account.id);
    return { wasLocked, failedLoginCount: account.failedLoginCount, sources };
  }
}
