import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword, needsRehash, verifyPassword } from '../../../infra/crypto/password';
import type { RequestMeta } from '../../../infra/http/request-context';
import { StaffAccountsStore, type UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import type { StaffLoginResultModel } from './models/staff-login-result.model';
import { StaffChallenges } from './staff-challenges';
import { StaffLockout } from './staff-lockout';
import { StaffLoginFlow } from './staff-login-flow';
import { StaffLoginStep } from './staff-login-step';
import { StaffPasswordService } from './staff-password.service';
import { isStaffRole } from './staff-roles';
import { StaffException } from './staff.exception';

/** Password login of staff and the forced change of an initial password. */
@Injectable()
export class StaffLoginService {
  /** Unknown usernames still cost one PBKDF2 run, so timing does not tell which usernames exist. */
  private readonly decoyHash: Promise<string> = hashPassword('decoy-password-for-unknown-users');

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsStore,
    private readonly lockout: StaffLockout,
    private readonly challenges: StaffChallenges,
    private readonly flow: StaffLoginFlow,
    private readonly passwords: StaffPasswordService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every attempt costs one password hash verification — a real user's, a locked one's or, for unknown
   * usernames, a decoy's — and every refusal before the session answers BAD_CREDENTIALS: a locked account or a
   * source waiting out its delay looks exactly like a wrong password (the audit log keeps the real reason).
   */
  async login(username: string, password: string, meta: RequestMeta): Promise<StaffLoginResultModel> {
    const found = await this.accounts.findByUsername(username.trim().toLowerCase());
    const user = found && isStaffRole(found.role) && found.subject === null ? found : null;
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user) return this.unknownUser(meta);
    if (!passwordMatches) {
      await this.lockout.recordFailure(user, AuditAction.LOGIN_FAILED, 'BAD_PASSWORD', meta);
      throw StaffException.badCredentials();
    }
    if (!(await this.lockout.admit(user, AuditAction.LOGIN_FAILED, meta))) throw StaffException.badCredentials();
    if (!user.enabled) {
      await this.recordRefusal(user, 'ACCOUNT_DISABLED', meta);
      throw StaffException.disabled();
    }
    // The counts are not reset here: only a completed login (StaffLoginFlow, step DONE) resets them, so the
    // right password cannot buy further guesses at the second factor.
    const rehashed = needsRehash(user.passwordHash) ? await hashPassword(password) : null;
    return this.dataSource.transaction(async (manager) => {
      if (rehashed) await this.accounts.rehashPassword(manager, user.id, rehashed);
      return this.flow.next(manager, user, meta);
    });
  }

  async changeInitialPassword(challengeToken: string, newPassword: string, meta: RequestMeta): Promise<StaffLoginResultModel> {
    const challenge = await this.challenges.find(challengeToken, StaffLoginStep.PASSWORD_CHANGE_REQUIRED);
    const user = await this.accounts.getById(challenge.userId);
    if (!user.enabled || this.lockout.isLocked(user)) throw StaffException.challengeInvalid();
    const passwordHash = await this.passwords.hashNewPassword(user, newPassword);
    return this.dataSource.transaction(async (manager) => {
      // The account row first, then the challenge: the order of every lockout transaction (see StaffLockout).
      await this.passwords.replace(manager, user, passwordHash, 'INITIAL_PASSWORD', meta, () => this.challenges.consume(manager, challenge));
      return this.flow.next(manager, user, meta, StaffLoginStep.PASSWORD_CHANGE_REQUIRED);
    });
  }

  private async unknownUser(meta: RequestMeta): Promise<never> {
    // The attempted username is not recorded: people type their password into the username field.
    await this.audit.record({ actorId: null, actorRole: null, action: AuditAction.LOGIN_FAILED, result: 'FAILURE', meta, detail: { reason: 'UNKNOWN_USERNAME' } });
    throw StaffException.badCredentials();
  }

  private recordRefusal(user: UserAccount, reason: string, meta: RequestMeta): Promise<void> {
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
