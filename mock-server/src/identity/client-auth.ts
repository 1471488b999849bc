import { findClient, type OidcClient } from './clients';
import { constantTimeEqual } from './secrets';

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

export type ClientAuthResult =
  | { ok: true; client: OidcClient; method: ClientAuthMethod }
  | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string };

interface Credentials {
  clientId: string;
  clientSecret: string;
  method: ClientAuthMethod;
}

/** Compared against when the client id is unknown, so an unknown id costs the same time as a wrong secret. */
const UNKNOWN_CLIENT_SECRET = 'unknown-client-placeholder-secret';

/**
 * RFC 6749 §2.3.1: HTTP Basic with the form-urlencoded id and secret, or both in the body;
 * a request must not use both methods.
 */
export function authenticateClient(
  clients: readonly OidcClient[],
  authorization: string | undefined,
  form: URLSearchParams,
): ClientAuthResult {
  const credentials = readCredentials(authorization, form);
  if ('error' in credentials) return { ok: false, ...credentials };
  const client = findClient(clients, credentials.clientId);
  const secretMatches = constantTimeEqual(credentials.clientSecret, client?.clientSecret ?? UNKNOWN_CLIENT_SECRET);
  if (client === undefined || !secretMatches) {
    return { ok: false, error: 'invalid_client', description: 'client authentication failed' };
  }
  return { ok: true, client, method: credentials.method };
}

function readCredentials(
  authorization: string | undefined,
  form: URLSearchParams,
): Credentials | { error: 'invalid_request' | 'invalid_client'; description: string } {
  const bodySecret = form.get('client_secret');
  if (authorization !== undefined) {
    if (bodySecret !== null) {
      return { error: 'invalid_request', description: 'use one client authentication method, not both' };
    }
    const basic = parseBasic(authorization);
    if (basic === null) return { error: 'invalid_client', description: 'malformed HTTP Basic client credentials' };
    const bodyClientId = form.get('client_id');
    if (bodyClientId !== null && bodyClientId !== basic.clientId) {
      return { error: 'invalid_request', description: 'client_id does not match the authenticated client' };
    }
    return { ...basic, method: 'client_secret_basic' };
  }
  const clientId = form.get('client_id');
  if (clientId === null || bodySecret === null) {
    return { error: 'invalid_client', description: 'client authentication required' };
  }
  return { clientId, clientSecret: bodySecret, method: 'client_secret_post' };
}

function parseBasic(header: string): { clientId: string; clientSecret: string } | null {
  const match = /^Basic ([A-Za-z0-9+/]+=*)$/i.exec(header.trim());
  if (match === null) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  try {
    return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

/** application/x-www-form-urlencoded decoding, as RFC 6749 §2.3.1 asks for both parts. */
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}
