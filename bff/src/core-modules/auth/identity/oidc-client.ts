import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AppConfig } from '../../../infra/config/app-config';
import { identityFromClaims, type VerifiedIdentity } from './oidc-claims';
import { OidcFailure, OidcFailureKind } from './oidc-errors';
import { fetchJson, isRecord, OIDC_TIMEOUT_MS } from './oidc-http';

interface ProviderMetadata {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwks: ReturnType<typeof createRemoteJWKSet>;
}

export interface AuthorizationRequestParams {
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

/** A code from the browser flow carries its redirect URI and PKCE verifier; a host-app code carries neither. */
export interface CodeRedemption {
  code: string;
  redirectUri: string | null;
  codeVerifier: string | null;
  /** The nonce sent with the authorization request; null for host-app codes, which are requested without one. */
  expectedNonce: string | null;
}

const SCOPES = 'openid profile phone idcard enterprise';
const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const CLOCK_TOLERANCE_SECONDS = 30;
const MAX_TOKEN_AGE = '10 minutes';

function unavailable(reason: string): OidcFailure {
  return new OidcFailure(OidcFailureKind.UNAVAILABLE, reason);
}

function httpUrl(document: Record<string, unknown>, name: string): string {
  const value = document[name];
  if (typeof value !== 'string' || !/^https?:\/\//.test(value) || !URL.canParse(value)) {
    throw unavailable(`discovery document lacks ${name}`);
  }
  return value;
}

/**
 * The relying party of the provincial unified identity platform (OpenID Connect authorization code flow
 * with PKCE, client_secret_post). Discovery is cached for an hour; the JWKS is cached by jose and fetched
 * again when a token names a key it has not seen. Every outbound call times out after 5 seconds.
 */
@Injectable()
export class OidcClient {
  private metadata: { value: Promise<ProviderMetadata>; fetchedAt: number } | null = null;

  constructor(private readonly config: AppConfig) {}

  async authorizationUrl(params: AuthorizationRequestParams): Promise<string> {
    const { authorizationEndpoint } = await this.provider();
    const url = new URL(authorizationEndpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.oidc.clientId,
      redirect_uri: params.redirectUri,
      scope: SCOPES,
      state: params.state,
      nonce: params.nonce,
      code_challenge: params.codeChallenge,
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  /** Redeems the code at the token endpoint and returns the identity its verified id_token vouches for. */
  async redeem(redemption: CodeRedemption): Promise<VerifiedIdentity> {
    const provider = await this.provider();
    const idToken = await this.exchange(provider.tokenEndpoint, redemption);
    const payload = await this.verify(idToken, provider, redemption.expectedNonce);
    return identityFromClaims(payload);
  }

  private async exchange(tokenEndpoint: string, redemption: CodeRedemption): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code: redemption.code,
      client_id: this.config.oidc.clientId,
      client_secret: this.config.oidc.clientSecret,
    });
    if (redemption.redirectUri !== null) form.set('redirect_uri', redemption.redirectUri);
    if (redemption.codeVerifier !== null) form.set('code_verifier', redemption.codeVerifier);
    const { status, body } = await fetchJson(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    });
    if (status === 200 && isRecord(body) && typeof body.id_token === 'string') return body.id_token;
    const error = isRecord(body) && typeof body.error === 'string' ? body.error : `HTTP ${status}`;
    if (error === 'invalid_client') throw new OidcFailure(OidcFailureKind.CLIENT_REJECTED, 'the token endpoint refused our client credentials');
    if (status === 400) throw new OidcFailure(OidcFailureKind.GRANT_REJECTED, `token endpoint: ${error}`);
    throw unavailable(`token endpoint answered ${error}`);
  }

  private async verify(idToken: string, provider: ProviderMetadata, expectedNonce: string | null): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, provider.jwks, {
        algorithms: ['RS256'],
        issuer: this.config.oidc.issuer,
        audience: this.config.oidc.clientId,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        maxTokenAge: MAX_TOKEN_AGE,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (error) {
      throw verificationFailure(error);
    }
    if (expectedNonce !== null && payload.nonce !== expectedNonce) {
      throw new OidcFailure(OidcFailureKind.TOKEN_INVALID, 'nonce does not match the login request');
    }
    return payload;
  }

  private provider(): Promise<ProviderMetadata> {
    const now = Date.now();
    if (this.metadata === null || now - this.metadata.fetchedAt > DISCOVERY_TTL_MS) {
      const value = this.discover();
      this.metadata = { value, fetchedAt: now };
      // A failed discovery is not cached: the next login tries again.
      value.catch(() => {
        if (this.metadata?.value === value) this.metadata = null;
      });
    }
    return this.metadata.value;
  }

  private async discover(): Promise<ProviderMetadata> {
    const issuer = this.config.oidc.issuer;
    const { status, body } = await fetchJson(`${issuer}/.well-known/openid-configuration`, { headers: { accept: 'application/json' } });
    if (status !== 200 || !isRecord(body)) throw unavailable(`discovery answered HTTP ${status}`);
    // OpenID Connect Discovery §4.3: the document must name exactly the issuer we asked.
    if (body.issuer !== issuer) throw unavailable('discovery document names another issuer');
    return {
      authorizationEndpoint: httpUrl(body, 'authorization_endpoint'),
      tokenEndpoint: httpUrl(body, 'token_endpoint'),
      jwks: createRemoteJWKSet(new URL(httpUrl(body, 'jwks_uri')), { timeoutDuration: OIDC_TIMEOUT_MS }),
    };
  }
}

function verificationFailure(error: unknown): OidcFailure {
  if (error instanceof joseErrors.JWKSTimeout) return unavailable('JWKS request timed out');
  if (error instanceof joseErrors.JWKSInvalid) return unavailable('JWKS document is invalid');
  if (error instanceof joseErrors.JOSEError) return new OidcFailure(OidcFailureKind.TOKEN_INVALID, error.code);
  // jose reports every problem with the token as a JOSEError; anything else is the JWKS fetch failing.
  return unavailable('JWKS request failed');
}
