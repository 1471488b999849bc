import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import { DEFAULT_OIDC_CLIENTS } from './clients';
import { s256CodeChallenge } from './secrets';

/**
 * A relying party driving the provider through `app.inject`, as the BFF will over HTTP.
 * Used by this folder's tests; it holds no assertions of its own.
 */
export const TEST_CLIENT = {
  clientId: DEFAULT_OIDC_CLIENTS[0].clientId,
  clientSecret: DEFAULT_OIDC_CLIENTS[0].clientSecret,
  redirectUri: 'http://127.0.0.1:4000/auth/callback?from=test',
} as const;

export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

export function newLoginAttempt(): LoginAttempt {
  return {
    state: randomBytes(12).toString('base64url'),
    nonce: randomBytes(12).toString('base64url'),
    codeVerifier: randomBytes(48).toString('base64url'),
    redirectUri: TEST_CLIENT.redirectUri,
  };
}

export function authorizeQuery(attempt: LoginAttempt, overrides: Record<string, string | undefined> = {}): string {
  const parameters: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: TEST_CLIENT.clientId,
    redirect_uri: attempt.redirectUri,
    scope: 'openid profile phone',
    state: attempt.state,
    nonce: attempt.nonce,
    code_challenge: s256CodeChallenge(attempt.codeVerifier),
    code_challenge_method: 'S256',
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) query.append(name, value);
  return `/oidc/authorize?${query.toString()}`;
}

/** The pending request id the login page's form carries. */
export function requestIdOf(page: string): string {
  const match = /name="request_id" value="([^"]+)"/.exec(page);
  if (match === null) throw new Error('the page has no request_id field');
  return match[1];
}

export function postForm(
  app: FastifyInstance,
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** Opens the login page, picks `sub`, and returns where the provider redirected the browser. */
export async function logIn(app: FastifyInstance, attempt: LoginAttempt, sub: string): Promise<URL> {
  const page = await app.inject({ method: 'GET', url: authorizeQuery(attempt) });
  const decision = await postForm(app, '/oidc/authorize/decision', { request_id: requestIdOf(page.body), sub });
  const location = decision.headers.location;
  if (typeof location !== 'string') throw new Error(`no redirect after the decision (status ${decision.statusCode})`);
  return new URL(location);
}

export async function codeFor(app: FastifyInstance, attempt: LoginAttempt, sub: string): Promise<string> {
  const code = (await logIn(app, attempt, sub)).searchParams.get('code');
  if (code === null) throw new Error('the redirect carries no code');
  return code;
}

export function basicAuth(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

/** Redeems a code with client_secret_post; `fields` adds to or overrides the form. */
export function redeem(
  app: FastifyInstance,
  code: string,
  attempt: LoginAttempt | null,
  fields: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return postForm(app, '/oidc/token', {
    grant_type: 'authorization_code',
    code,
    client_id: TEST_CLIENT.clientId,
    client_secret: TEST_CLIENT.clientSecret,
    ...(attempt === null ? {} : { redirect_uri: attempt.redirectUri, code_verifier: attempt.codeVerifier }),
    ...fields,
  });
}
