import { Injectable } from '@nestjs/common';
import { toString as qrToString } from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { RequestMeta } from '../../../infra/http/request-context';
import type { UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { LoginCompletion } from '../identity/login-completion.service';
import type { StaffLoginResultModel, TotpEnrollmentModel } from './models/staff-login-result.model';
import { StaffChallenges } from './staff-challenges';
import { StaffLockout } from './staff-lockout';
import { StaffLoginStep } from './staff-login-step';
import { requiresTotp } from './staff-roles';
import { generateTotpSecret, otpauthUrl } from './totp';

export const TOTP_ISSUER = '融通';

function result(step: StaffLoginStep, fields: Partial<StaffLoginResultModel> = {}): StaffLoginResultModel {
  return { step, challengeToken: null, totpEnrollment: null, auth: null, ...fields };
}

/**
 * What comes after each proven step: change the initial password, then enrol or present a TOTP code
 * (operators and administrators), then the session.
 */
@Injectable()
export class StaffLoginFlow {
  constructor(
    private readonly challenges: StaffChallenges,
    private readonly lockout: StaffLockout,
    private readonly completion: LoginCompletion,
  ) {}

  /** The next step for a user who has just passed `completed` (or the password, when undefined). */
  async next(
    manager: EntityManager,
    user: UserAccount,
    meta: RequestMeta,
    completed?: StaffLoginStep,
  ): Promise<StaffLoginResultModel> {
    if (user.mustChangePassword) {
      const token = await this.challenges.issue(manager, user.id, StaffLoginStep.PASSWORD_CHANGE_REQUIRED);
      return result(StaffLoginStep.PASSWORD_CHANGE_REQUIRED, { challengeToken: token });
    }
    const totpDone = completed === StaffLoginStep.TOTP_REQUIRED || completed === StaffLoginStep.TOTP_ENROLLMENT_REQUIRED;
    if (requiresTotp(user.role) && !totpDone) return this.totpStep(manager, user);
    return this.finish(manager, user, meta, totpDone);
  }

  private async totpStep(manager: EntityManager, user: UserAccount): Promise<StaffLoginResultModel> {
    if (user.totpSecretCipher !== null) {
      const token = await this.challenges.issue(manager, user.id, StaffLoginStep.TOTP_REQUIRED);
      return result(StaffLoginStep.TOTP_REQUIRED, { challengeToken: token });
    }
    const secret = generateTotpSecret();
    const token = await this.challenges.issue(manager, user.id, StaffLoginStep.TOTP_ENROLLMENT_REQUIRED, secret);
    return result(StaffLoginStep.TOTP_ENROLLMENT_REQUIRED, {
      challengeToken: token,
      totpEnrollment: await enrollment(secret, user.username),
    });
  }

  /** The login is complete: the only place the failure counts are reset (after the password AND the second factor). */
  private async finish(manager: EntityManager, user: UserAccount, meta: RequestMeta, totp: boolean): Promise<StaffLoginResultModel> {
    await this.lockout.clearAfterLogin(manager, user.id, meta);
    await this.challenges.discardFor(manager, user.id);
    const auth = await this.completion.complete(manager, user, {
      activeEnterpriseId: null,
      meta,
      detail: { channel: 'STAFF_PASSWORD', secondFactor: totp ? 'TOTP' : null },
    });
    return result(StaffLoginStep.DONE, { auth });
  }
}

export async function enrollment(secret: string, username: string): Promise<TotpEnrollmentModel> {
  const url = otpauthUrl(secret, username, TOTP_ISSUER);
  const qrSvg = await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl: url, qrSvg };
}
