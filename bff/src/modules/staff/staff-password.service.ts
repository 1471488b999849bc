import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, RequestMeta } from '../../infra/auth/auth-user';
import { Clock } from '../../infra/clock/clock';
import { hashPassword, verifyPassword } from '../../infra/crypto/password';
import { UserAccountEntity } from '../accounts/user-account.entity';
import { AuditAction, AuditService } from '../audit/audit.service';
import { SessionsService } from '../sessions/sessions.service';
import { passwordPolicyViolation } from './password-policy';
import { StaffLockout } from './staff-lockout';
import { isStaffRole } from './staff-roles';
import { StaffException } from './staff.exception';

/**
 * A signed-in staff member changes their password. A wrong current password counts towards the lockout
 * (a stolen session must not become a password oracle); success ends every session of the account,
 * this one included, so the app logs in again with the new password.
 */
@Injectable()
export class StaffPasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lockout: StaffLockout,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(caller: AuthUser, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<boolean> {
    const user = await this.dataSource.manager.findOneBy(UserAccountEntity, { id: caller.userId });
    if (!user || !isStaffRole(user.role) || user.subject !== null) throw StaffException.notStaff();
    // Checked before the password, so the answer while held back does not depend on it.
    await this.refuseWhileHeldBack(user, meta);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      const { lockedUntil } = await this.lockout.recordFailure(user, AuditAction.PASSWORD_CHANGED, 'WRONG_CURRENT_PASSWORD', meta);
      if (!lockedUntil) throw StaffException.currentPasswordWrong();
      await this.dataSource.transaction((manager) => this.sessions.revokeAllForUser(manager, user.id, 'ACCOUNT_LOCKED'));
      throw StaffException.locked(lockedUntil);
    }
    const violation = passwordPolicyViolation(newPassword, user.username);
    if (violation) throw StaffException.passwordPolicy(violation);
    if (currentPassword === newPassword) throw StaffException.passwordUnchanged();
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await manager.update(UserAccountEntity, { id: user.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now });
      await this.sessions.revokeAllForUser(manager, user.id, 'PASSWORD_CHANGED');
      await this.audit.record(
        {
          actorId: user.id,
          actorRole: user.role,
          action: AuditAction.PASSWORD_CHANGED,
          result: 'SUCCESS',
          targetType: 'USER',
          targetId: user.id,
          meta,
          detail: { reason: 'SELF_SERVICE' },
        },
        manager,
      );
    });
    return true;
  }

  /** The caller is signed in, so the lock may be named; a source waiting out its delay is told to wait. */
  private async refuseWhileHeldBack(user: UserAccountEntity, meta: RequestMeta): Promise<void> {
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
