import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestMeta } from '../../infra/auth/auth-user';
import { Clock } from '../../infra/clock/clock';
import { hashPassword, needsRehash, verifyPassword } from '../../infra/crypto/password';
import { UserAccountEntity } from '../accounts/user-account.entity';
import { AuditAction, AuditService } from '../audit/audit.service';
import type { StaffLoginResultModel } from './models/staff-login-result.model';
import { passwordPolicyViolation } from './password-policy';
import { StaffChallenges } from './staff-challenges';
import { StaffLockout } from './staff-lockout';
import { StaffLoginFlow } from './staff-login-flow';
import { StaffLoginStep } from './staff-login-step';
import { isStaffRole } from './staff-roles';
import { StaffException } from './staff.exception';

/** Password login of staff and the forced change of an initial password. */
@Injectable()
export class StaffLoginService {
  /** Unknown usernames still cost one PBKDF2 run, so timing does not tell which usernames exist. */
  private readonly decoyHash: Promise<string> = hashPassword('decoy-password-for-unknown-users');

  constructor(
    private readonly dataSource: DataSource,
    private readonly lockout: StaffLockout,
    private readonly challenges: StaffChallenges,
    private readonly flow: StaffLoginFlow,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string, meta: RequestMeta): Promise<StaffLoginResultModel> {
    const user = await this.dataSource.manager.findOneBy(UserAccountEntity, { username: username.trim().toLowerCase() });
    if (!user || !isStaffRole(user.role) || user.subject !== null) return this.unknownUser(password, meta);
    const lockedUntil = this.lockout.lockedUntil(user);
    if (lockedUntil) {
      await this.recordRefusal(user, 'ACCOUNT_LOCKED', meta);
      throw StaffException.locked(lockedUntil);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      const lockedNow = await this.lockout.recordFailure(user, AuditAction.LOGIN_FAILED, 'BAD_PASSWORD', meta);
      throw lockedNow ? StaffException.locked(lockedNow) : StaffException.badCredentials();
    }
    if (!user.enabled) {
      await this.recordRefusal(user, 'ACCOUNT_DISABLED', meta);
      throw StaffException.disabled();
    }
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<UserAccountEntity> = { failedLoginCount: 0, lockedUntil: null };
      if (needsRehash(user.passwordHash)) changes.passwordHash = await hashPassword(password);
      await manager.update(UserAccountEntity, { id: user.id }, changes);
      return this.flow.next(manager, user, meta);
    });
  }

  async changeInitialPassword(challengeToken: string, newPassword: string, meta: RequestMeta): Promise<StaffLoginResultModel> {
    const challenge = await this.challenges.find(challengeToken, StaffLoginStep.PASSWORD_CHANGE_REQUIRED);
    const user = await this.dataSource.manager.findOneByOrFail(UserAccountEntity, { id: challenge.userId });
    if (!user.enabled || this.lockout.lockedUntil(user)) throw StaffException.challengeInvalid();
    const violation = passwordPolicyViolation(newPassword, user.username);
    if (violation) throw StaffException.passwordPolicy(violation);
    if (await verifyPassword(newPassword, user.passwordHash)) throw StaffException.passwordUnchanged();
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await this.challenges.consume(manager, challenge);
      const now = this.clock.now();
      await manager.update(UserAccountEntity, { id: user.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now });
      await this.audit.record(
        {
          actorId: user.id,
          actorRole: user.role,
          action: AuditAction.PASSWORD_CHANGED,
          result: 'SUCCESS',
          targetType: 'USER',
          targetId: user.id,
          meta,
          detail: { reason: 'INITIAL_PASSWORD' },
        },
        manager,
      );
      Object.assign(user, { passwordHash, mustChangePassword: false, passwordChangedAt: now });
      return this.flow.next(manager, user, meta, StaffLoginStep.PASSWORD_CHANGE_REQUIRED);
    });
  }

  private async unknownUser(password: string, meta: RequestMeta): Promise<never> {
    await verifyPassword(password, await this.decoyHash);
    // The attempted username is not recorded: people type their password into the username field.
    await this.audit.record({ actorId: null, actorRole: null, action: AuditAction.LOGIN_FAILED, result: 'FAILURE', meta, detail: { reason: 'UNKNOWN_USERNAME' } });
    throw StaffException.badCredentials();
  }

  private recordRefusal(user: UserAccountEntity, reason: string, meta: RequestMeta): Promise<void> {
    return this.audit.record({
      actorId: user.id,
      actorRole: user.role,
      action: AuditAction.LOGIN_FAILED,
      result: 'FAILURE',
      targetType: 'USER',
      targetId: user.id,
      meta,
      detail: { reason },
    });
  }
}
