import type { EntityManager } from 'typeorm';
import { UserAccountEntity } from '../../../modules/accounts/user-account.entity';
import type { AuthPayloadModel } from '../sessions/models/auth-payload.model';
import { SessionException } from '../sessions/session.exception';
import type { IssuedTokens } from '../sessions/sessions.service';
import type { MeModel } from './models/me.model';

export function toMeModel(account: UserAccountEntity, activeEnterpriseId: string | null): MeModel {
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

/** `Me` of a user, as seen in the session acting for `activeEnterpriseId`. */
export async function buildMe(manager: EntityManager, userId: string, activeEnterpriseId: string | null): Promise<MeModel> {
  const account = await manager.findOneBy(UserAccountEntity, { id: userId });
  if (!account) throw SessionException.accessTokenInvalid();
  return toMeModel(account, activeEnterpriseId);
}

/** What every login mutation returns: the issued tokens, the signed-in user and what this login must tell them. */
export async function buildAuthPayload(
  manager: EntityManager,
  userId: string,
  tokens: IssuedTokens,
  notices: readonly string[] = [],
): Promise<AuthPayloadModel> {
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: tokens.refreshToken,
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
    me: await buildMe(manager, userId, tokens.activeEnterpriseId),
    notices: [...notices],
  };
}
