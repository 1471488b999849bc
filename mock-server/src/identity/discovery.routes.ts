import type { FastifyInstance } from 'fastify';
import { SUPPORTED_SCOPES } from './authorize-request';
import { IDENTITY_CLAIM_NAMES } from './claims';
import { SIGNING_ALGORITHM } from './keys';
import { OIDC_PREFIX, type IdentityProvider } from './provider';

export function discoveryDocument(issuer: string): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [SIGNING_ALGORITHM],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    scopes_supported: [...SUPPORTED_SCOPES],
    claims_supported: ['iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', ...IDENTITY_CLAIM_NAMES],
    prompt_values_supported: ['login', 'none'],
    authorization_response_iss_parameter_supported: true,
    ui_locales_supported: ['zh-CN'],
  };
}

export function registerDiscoveryRoutes(app: FastifyInstance, provider: IdentityProvider): void {
  app.get(`${OIDC_PREFIX}/.well-known/openid-configuration`, async () => discoveryDocument(provider.issuer()));
  app.get(`${OIDC_PREFIX}/jwks`, async () => provider.keys.jwks());
}
