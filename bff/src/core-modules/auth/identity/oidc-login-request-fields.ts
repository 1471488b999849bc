import { encryptedField } from '../../../infra/crypto/encrypted-columns';
import type { OidcLoginRequestEntity } from './oidc-login-request.entity';

/** The encrypted column of oidc_login_requests: the PKCE code verifier. */
export const OIDC_LOGIN_REQUEST_FIELDS = {
  codeVerifier: encryptedField<Pick<OidcLoginRequestEntity, 'id' | 'codeVerifierCipher'>, string>(
    { table: 'oidc_login_requests', column: 'code_verifier_cipher' },
    (request) => request.codeVerifierCipher,
  ),
} as const;
