import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import { hashPassword, verifyPassword } from '../../../infra/crypto/password';
import type { RequestMeta } from '../../../infra/http/request-context';
import { StaffAccountsStore, type UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import type { AuthUser } from '../auth-user';
import { SessionsService } from '../sessions/sessions.service';
import { passwordPolicyViolation } from './password-policy';
import { StaffLockout } from './staff-lockout';
import { isStaffRole } from './staff-roles';
import { StaffException } from './staff.exception';

/** Why a password was replaced (the audit entry's detail). */
export type PasswordChangeReason = 'INITIAL_PASSWORD' | 'SELF_SERVICE';

/**
 * Staff passwords: the one way a new password is checked, hashed and written (the forced change of an initial
 * password at login uses it too), and the change a signed-in staff member makes. A wrong current password counts
 * towards the lockout (a stolen session must not become a password oracle); success ends every session of the
 * account, this one included, so the app logs in again with the new password.
 */
@Injectable()
export class StaffPasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsStore,
    private readonly lockout: StaffLockout,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(caller: AuthUser, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<boolean> {
    const user = await this.accounts.findById(caller.userId);
    if (!user || !isStaffRole(user.role) || user.subject !== null) throw StaffException.notStaff();
    // Checked before the password, so the answer while held back does not depend on it.
    await this.refuseWhileHeldBack(user, meta);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      const { lockedUntil } = await this.lockout.recordFailure(user, AuditAction.PASSWORD_CHANGED, 'WRONG_CURRENT_PASSWORD', meta);
      if (!lockedUntil) throw StaffException.currentPasswordWrong();
      await this.dataSource.transaction((manager) => this.sessions.revokeAllForUser(manager, user.id, 'ACCOUNT_LOCKED'));
      throw StaffException.locked(lockedUntil);
    }
    const passwordHash = await this.hashNewPassword(user, newPassword, currentPassword);
    await this.dataSource.transaction((manager) =>
      this.replace(manager, user, passwordHash, 'SELF_SERVICE', meta, () => this.sessions.revokeAllForUser(manager, user.id, 'PASSWORD_CHANGED')),
    );
    return true;
  }

  /**
   * The hash of a new password for `user`; PASSWORD_POLICY when it breaks the rule, PASSWORD_UNCHANGED when it is
   * the current one (compared with `provenCurrent` when the caller has just verified it, else with the stored hash).
   * Hashing is slow, so this runs before the transaction that writes it.
   */
  async hashNewPassword(user: Pick<UserAccount, 'username' | 'passwordHash'>, newPassword: string, provenCurrent?: string): Promise<string> {
    const violation = passwordPolicyViolation(newPassword, user.username);
    if (violation) throw StaffException.passwordPolicy(violation);
    const unchanged = provenCurrent !== undefined ? provenCurrent === newPassword : await verifyPassword(newPassword, user.passwordHash);
    if (unchanged) throw StaffException.passwordUnchanged();
    return hashPassword(newPassword);
  }

  /**
   * Writes the new password in the caller's transaction: the account row first (the order of every lockout
   * transaction, see StaffLockout), then `alongside` (what ends with the old password: the login challenge or the
   * sessions), then the PASSWORD_CHANGED audit entry. `user` holds the new values afterwards.
   */
  async replace(
    manager: EntityManager,
    user: UserAccount,
    passwordHash: string,
    reason: PasswordChangeReason,
    meta: RequestMeta,
    alongside: () => Promise<void>,
  ): Promise<void> {
    const now = this.clock.now();
    await this.accounts.setNewPassword(manager, user.id, passwordHash, now);
    await alongside();
    await this.audit.record(
      {
        actorId: user.id,
        actorRole: user.role,
        action: AuditAction.PASSWORD_CHANGED,
        result: 'SUCCESS',
        targetType: 'USER',
        targetId: user.id,
        meta,
        detail: { reason },
      },
      manager,
    );
    Object.assign(user, { passwordHash, mustChangePassword: false, passwordChangedAt: now });
  }

  /** The caller is signed in, so the lock may be named; a source waiting out its delay is told to wait. */
  private async refuseWhileHeldBack(user: UserAccount, meta: RequestMeta): Promise<void> {
    const refused = await this.lockout.refusalFor(user.id, meta);
    if (!refused) return;
    await this.audit.record({
      actorId: user.id,
      actorRole: user.role,
      action: AuditAction.PASSWORD_CHANGED,
      result: 'FAILURE',
      targetType: 'USER',
      targetId: user.id,
      meta,
      detail: { reason: refused.refusal },
    });
    throw refused.lockedUntil ? StaffException.locked(refused.lockedUntil) : StaffException.currentPasswordDelayed();
  }
}
