import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import type { RequestMeta } from '../../../infra/http/request-context';
import { StaffAccountsStore, type UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import type { StaffLoginResultModel } from './models/staff-login-result.model';
import { StaffChallenges } from './staff-challenges';
import { StaffLockout } from './staff-lockout';
import { STAFF_LOGIN_CHALLENGE_FIELDS } from './staff-login-challenge-fields';
import type { StaffLoginChallengeEntity } from './staff-login-challenge.entity';
import { StaffLoginFlow } from './staff-login-flow';
import { StaffLoginStep } from './staff-login-step';
import { StaffException } from './staff.exception';
import { matchTotpStep } from './totp';

/** The second factor: presenting a TOTP code, and enrolling an authenticator the first time. */
@Injectable()
export class StaffTotpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsStore,
    private readonly cipher: FieldCipher,
    private readonly challenges: StaffChallenges,
    private readonly lockout: StaffLockout,
    private readonly flow: StaffLoginFlow,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A wrong or reused code counts towards the lockout like a wrong password; a right code is still refused while
   * the account is locked or the source waits out a delay, and that refusal answers like a wrong code.
   */
  async verify(challengeToken: string, code: string, meta: RequestMeta): Promise<StaffLoginResultModel> {
    const challenge = await this.challenges.find(challengeToken, StaffLoginStep.TOTP_REQUIRED);
    const user = await this.userFor(challenge);
    const secret = this.accounts.totpSecret(user);
    if (secret === null) throw StaffException.challengeInvalid();
    const step = await this.matchOrFail(user, secret, code, meta);
    if (user.totpLastUsedStep !== null && step <= user.totpLastUsedStep) {
      await this.lockout.recordFailure(user, AuditAction.TOTP_FAILED, 'CODE_REUSED', meta);
      throw StaffException.totpReplayed();
    }
    return this.dataSource.transaction(async (manager) => {
      // The account row first, then the challenge: the order of every lockout transaction (see StaffLockout).
      if (!(await this.accounts.claimTotpStep(manager, user.id, step))) throw StaffException.totpReplayed();
      await this.challenges.consume(manager, challenge);
      return this.flow.next(manager, user, meta, StaffLoginStep.TOTP_REQUIRED);
    });
  }

  async confirmEnrollment(challengeToken: string, code: string, meta: RequestMeta): Promise<StaffLoginResultModel> {
    const challenge = await this.challenges.find(challengeToken, StaffLoginStep.TOTP_ENROLLMENT_REQUIRED);
    const user = await this.userFor(challenge);
    const secret = this.cipher.open(STAFF_LOGIN_CHALLENGE_FIELDS.pendingTotpSecret, challenge);
    if (secret === null || user.totpSecretCipher !== null) throw StaffException.challengeInvalid();
    const step = await this.matchOrFail(user, secret, code, meta);
    return this.dataSource.transaction(async (manager) => {
      // Encrypted afresh for the account row: the challenge's value is bound to the challenge.
      const secretCipher = await this.accounts.enrolTotp(manager, user, secret, step, this.clock.now());
      if (secretCipher === null) throw StaffException.challengeInvalid();
      await this.challenges.consume(manager, challenge);
      await this.audit.record(
        { actorId: user.id, actorRole: user.role, action: AuditAction.TOTP_ENROLLED, result: 'SUCCESS', targetType: 'USER', targetId: user.id, meta },
        manager,
      );
      Object.assign(user, { totpSecretCipher: secretCipher, totpLastUsedStep: step });
      return this.flow.next(manager, user, meta, StaffLoginStep.TOTP_ENROLLMENT_REQUIRED);
    });
  }

  /** The challenge's account; a disabled one ends the login. A locked one goes on, to be refused like a wrong code. */
  private async userFor(challenge: StaffLoginChallengeEntity): Promise<UserAccount> {
    const user = await this.accounts.getById(challenge.userId);
    if (!user.enabled) throw StaffException.challengeInvalid();
    return user;
  }

  /** The matched time step of a right code that the lockout admits; TOTP_INVALID otherwise, the failure counted. */
  private async matchOrFail(user: UserAccount, secret: string, code: string, meta: RequestMeta): Promise<number> {
    const step = matchTotpStep(secret, code.trim(), this.clock.now().getTime());
    if (step === null) {
      await this.lockout.recordFailure(user, AuditAction.TOTP_FAILED, 'WRONG_CODE', meta);
      throw StaffException.totpInvalid();
    }
    if (!(await this.lockout.admit(user, AuditAction.TOTP_FAILED, meta))) throw StaffException.totpInvalid();
    return step;
  }
}
