import { SignJWT } from 'jose';
import type { IdentityClaims } from './claims';
import type { AuthorizationGrant } from './grants';
import { findTestIdentity } from './identities';
import { SIGNING_ALGORITHM } from './keys';
import type { IdentityProvider } from './provider';

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  id_token: string;
  scope: string;
}

export interface IdTokenClaims extends IdentityClaims {
  iss: string;
  aud: string;
  iat: number;
  exp: number;
  auth_time: number;
  nonce?: string;
}

/**
 * An opaque access token for the userinfo endpoint and an RS256 id_token signed by the active key.
 * The clock skew setting moves every time in the token, and the access token's expiry with them.
 */
export async function issueTokens(provider: IdentityProvider, grant: AuthorizationGrant): Promise<TokenResponse> {
  const identity = findTestIdentity(grant.sub);
  if (identity === undefined) throw new Error(`grant for an unknown subject ${grant.sub}`);
  const { idTokenTtlSeconds, clockSkewSeconds } = provider.settings;
  const issuedAt = provider.nowSeconds() + clockSkewSeconds;
  const claims: IdTokenClaims = {
    iss: provider.issuer(),
    aud: grant.clientId,
    ...provider.claimsOf(identity),
    iat: issuedAt,
    exp: issuedAt + idTokenTtlSeconds,
    auth_time: grant.authTimeSeconds + clockSkewSeconds,
    ...(grant.nonce === null ? {} : { nonce: grant.nonce }),
  };
  const key = await provider.keys.activeKey();
  const idToken = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .sign(key.privateKey);
  const lifetimeSeconds = Math.max(0, clockSkewSeconds + idTokenTtlSeconds);
  const accessToken = provider.accessTokens.add(
    { clientId: grant.clientId, sub: grant.sub, scope: grant.scope },
    lifetimeSeconds * 1000,
  );
  return { access_token: accessToken, token_type: 'Bearer', expires_in: lifetimeSeconds, id_token: idToken, scope: grant.scope };
}
