import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService } from '../../../modules/accounts/accounts.service';
import type { UserAccountRow } from '../../../modules/accounts/user-account-row';
import type { AuthPayloadModel } from '../sessions/models/auth-payload.model';
import { SessionException } from '../sessions/session.exception';
import type { IssuedTokens } from '../sessions/sessions.service';
import type { MeModel } from './models/me.model';

export function toMeModel(account: UserAccountRow, activeEnterpriseId: string | null): MeModel {
  return {
    id: account.id,
    displayName: account.displayName,
    role: account.role,
    permissions: [...account.permissions],
    phoneMasked: account.phoneMasked,
    mustChangePassword: account.mustChangePassword,
    totpEnabled: account.totpSecretCipher !== null,
    institutionId: account.institutionId,
    activeEnterpriseId,
  };
}

/** `Me` for Query.me and switchEnterprise, and the AuthPayload every login returns; the account is read through accounts. */
@Injectable()
export class MeBuilder {
  constructor(private readonly accounts: AccountsService) {}

  /** `Me` of a user, as seen in the session acting for `activeEnterpriseId`. */
  async me(manager: EntityManager, userId: string, activeEnterpriseId: string | null): Promise<MeModel> {
    const account = await this.accounts.findById(userId, manager);
    if (!account) throw SessionException.accessTokenInvalid();
    return toMeModel(account, activeEnterpriseId);
  }

  /** What every login mutation returns: the issued tokens, the signed-in user and what this login must tell them. */
  async authPayload(manager: EntityManager, userId: string, tokens: IssuedTokens, notices: readonly string[] = []): Promise<AuthPayloadModel> {
    return {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      me: await this.me(manager, userId, tokens.activeEnterpriseId),
      notices: [...notices],
    };
  }
}
