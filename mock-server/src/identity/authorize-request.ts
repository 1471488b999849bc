import { findClient, isRegisteredRedirectUri, type OidcClient } from './clients';
import type { OAuthErrorCode } from './oauth-errors';
import { S256_CHALLENGE_PATTERN } from './secrets';

export type QueryValue = string | string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** A validated authorization request, kept server-side while the login page is shown. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  /** The granted scopes: the supported ones among those requested, space-separated. */
  scope: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

export const SUPPORTED_SCOPES = ['openid', 'profile', 'phone', 'idcard', 'enterprise'] as const;

const MAX_PARAMETER_LENGTH = 1024;

export type AuthorizationRequestCheck =
  | { outcome: 'VALID'; request: AuthorizationRequest }
  /** The client or its redirect URI cannot be trusted: tell the user, never redirect (RFC 6749 §4.1.2.1). */
  | { outcome: 'ERROR_PAGE'; message: string }
  | { outcome: 'ERROR_REDIRECT'; redirectUri: string; state: string | null; error: OAuthErrorCode; description: string };

type Single = { value: string | null } | { repeated: true };

/** RFC 6749 §3.1: a parameter sent more than once is an error; an empty one counts as absent. */
function single(query: Query, name: string): Single {
  const value = query[name];
  if (Array.isArray(value)) return { repeated: true };
  return { value: value === undefined || value === '' ? null : value };
}

export function checkAuthorizationRequest(query: Query, clients: readonly OidcClient[]): AuthorizationRequestCheck {
  const trusted = checkClientAndRedirect(query, clients);
  if ('outcome' in trusted) return trusted;
  const state = single(query, 'state');
  const stateValue = 'value' in state ? state.value : null;
  const fail = (error: OAuthErrorCode, description: string): AuthorizationRequestCheck => ({
    outcome: 'ERROR_REDIRECT',
    redirectUri: trusted.redirectUri,
    state: stateValue,
    error,
    description,
  });

  const values = new Map<string, string | null>();
  for (const name of ['response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'prompt']) {
    const read = single(query, name);
    if ('repeated' in read) return fail('invalid_request', `${name} must not be repeated`);
    if (read.value !== null && read.value.length > MAX_PARAMETER_LENGTH) {
      return fail('invalid_request', `${name} is longer than ${MAX_PARAMETER_LENGTH} characters`);
    }
    values.set(name, read.value);
  }
  const get = (name: string): string | null => values.get(name) ?? null;

  const responseType = get('response_type');
  if (responseType === null) return fail('invalid_request', 'response_type is required');
  if (responseType !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
  const requestedScopes = (get('scope') ?? '').split(' ').filter((scope) => scope !== '');
  if (!requestedScopes.includes('openid')) return fail('invalid_scope', 'scope must include openid');
  if (stateValue === null) return fail('invalid_request', 'state is required');
  const nonce = get('nonce');
  if (nonce === null) return fail('invalid_request', 'nonce is required');
  const codeChallenge = get('code_challenge');
  if (codeChallenge === null) return fail('invalid_request', 'code_challenge is required (PKCE)');
  if (get('code_challenge_method') !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
  if (!S256_CHALLENGE_PATTERN.test(codeChallenge)) {
    return fail('invalid_request', 'code_challenge must be 43 base64url characters');
  }
  // There is never a session to reuse: every login shows the page.
  if ((get('prompt') ?? '').split(' ').includes('none')) return fail('login_required', 'the user must log in');

  const scope = SUPPORTED_SCOPES.filter((supported) => requestedScopes.includes(supported)).join(' ');
  return {
    outcome: 'VALID',
    request: { clientId: trusted.clientId, redirectUri: trusted.redirectUri, scope, state: stateValue, nonce, codeChallenge },
  };
}

function checkClientAndRedirect(
  query: Query,
  clients: readonly OidcClient[],
): { clientId: string; redirectUri: string } | { outcome: 'ERROR_PAGE'; message: string } {
  const page = (message: string) => ({ outcome: 'ERROR_PAGE' as const, message });
  const clientId = single(query, 'client_id');
  if ('repeated' in clientId) return page('请求中的应用标识（client_id）重复出现。');
  if (clientId.value === null) return page('请求中缺少应用标识（client_id）。');
  const client = findClient(clients, clientId.value);
  if (client === undefined) return page('发起登录的应用未在统一身份认证平台登记。');
  const redirectUri = single(query, 'redirect_uri');
  if ('repeated' in redirectUri) return page('请求中的回调地址（redirect_uri）重复出现。');
  if (redirectUri.value === null) return page('请求中缺少回调地址（redirect_uri）。');
  if (!isRegisteredRedirectUri(client, redirectUri.value)) {
    return page('回调地址（redirect_uri）未在统一身份认证平台登记，已拒绝跳转。');
  }
  return { clientId: client.clientId, redirectUri: redirectUri.value };
}
