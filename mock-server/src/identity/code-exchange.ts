import type { OidcClient } from './clients';
import type { AuthorizationGrant } from './grants';
import type { OAuthErrorCode } from './oauth-errors';
import type { IdentityProvider } from './provider';
import { CODE_VERIFIER_PATTERN, constantTimeEqual, s256CodeChallenge } from './secrets';

export type CodeExchange =
  | { ok: true; code: string; grant: AuthorizationGrant }
  | { ok: false; error: OAuthErrorCode; description: string };

const failure = (error: OAuthErrorCode, description: string): CodeExchange => ({ ok: false, error, description });

/**
 * The authorization_code grant (RFC 6749 §4.1.3, RFC 7636 §4.6) for an authenticated client. Any
 * attempt that reaches a live code uses it up, so a wrong verifier cannot be retried against it.
 */
export function exchangeAuthorizationCode(provider: IdentityProvider, client: OidcClient, form: URLSearchParams): CodeExchange {
  const grantType = form.get('grant_type');
  if (grantType === null || grantType === '') return failure('invalid_request', 'grant_type is required');
  if (grantType !== 'authorization_code') return failure('unsupported_grant_type', 'only authorization_code is supported');
  const code = form.get('code');
  if (code === null || code === '') return failure('invalid_request', 'code is required');
  const codeVerifier = form.get('code_verifier');
  if (codeVerifier !== null && !CODE_VERIFIER_PATTERN.test(codeVerifier)) {
    return failure('invalid_request', 'code_verifier must be 43 to 128 unreserved characters');
  }

  const redemption = provider.codes.redeem(code);
  if (redemption.status === 'UNKNOWN_OR_EXPIRED') return failure('invalid_grant', 'the code is invalid or has expired');
  if (redemption.status === 'REUSED') {
    return failure('invalid_grant', 'the code has already been used; tokens issued for it are revoked');
  }
  const { grant } = redemption;
  if (grant.clientId !== client.clientId) return failure('invalid_grant', 'the code was issued to another client');
  if (grant.redirectUri !== null) {
    const redirectUri = form.get('redirect_uri');
    if (redirectUri === null) return failure('invalid_request', 'redirect_uri is required');
    if (redirectUri !== grant.redirectUri) {
      return failure('invalid_grant', 'redirect_uri differs from the one in the authorization request');
    }
  }
  if (grant.codeChallenge !== null) {
    if (codeVerifier === null) return failure('invalid_request', 'code_verifier is required');
    if (!constantTimeEqual(s256CodeChallenge(codeVerifier), grant.codeChallenge)) {
      return failure('invalid_grant', 'code_verifier does not match the code_challenge');
    }
  }
  return { ok: true, code, grant };
}
