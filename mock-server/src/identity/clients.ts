import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import { invalid, rejectUnknownKeys, valid, type Parsed } from '../validation';

/** A relying party registered with the identity platform. */
export interface OidcClient {
  clientId: string;
  clientSecret: string;
  /** A redirect URI is accepted when it starts with one of these. */
  redirectUriPrefixes: string[];
}

export const DEFAULT_OIDC_CLIENTS: readonly OidcClient[] = Object.freeze([
  {
    clientId: 'rongtong-bff',
    clientSecret: 'rongtong-dev-secret',
    redirectUriPrefixes: ['http://127.0.0.1:', 'http://localhost:'],
  },
]);

const CLIENT_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** The prefix must name its host completely (end the host with ':' or '/'), so no other host can match it. */
const PREFIX_PATTERN = /^https?:\/\/[^\s/?#@:]+[:/][^\s#]*$/;
const MAX_REDIRECT_URI_LENGTH = 2000;
const CLIENT_KEYS = ['clientId', 'clientSecret', 'redirectUriPrefixes'] as const;

export function parseOidcClients(input: unknown): Parsed<OidcClient[]> {
  if (!Array.isArray(input) || input.length === 0) {
    return invalid([{ field: 'body', message: '客户端列表必须是非空的 JSON 数组' }]);
  }
  const errors: FieldError[] = [];
  const clients = input.flatMap((item: unknown, index) => parseClient(item, `[${index}]`, errors));
  const seen = new Set<string>();
  clients.forEach((client, index) => {
    if (seen.has(client.clientId)) errors.push({ field: `[${index}].clientId`, message: `clientId “${client.clientId}” 重复` });
    seen.add(client.clientId);
  });
  return errors.length === 0 ? valid(clients) : invalid(errors);
}

function parseClient(input: unknown, prefix: string, errors: FieldError[]): OidcClient[] {
  if (!isPlainObject(input)) {
    errors.push({ field: prefix, message: '每个客户端必须是 JSON 对象' });
    return [];
  }
  const before = errors.length;
  rejectUnknownKeys(input, CLIENT_KEYS, prefix, errors);
  const { clientId, clientSecret, redirectUriPrefixes } = input;
  if (typeof clientId !== 'string' || !CLIENT_ID_PATTERN.test(clientId)) {
    errors.push({ field: `${prefix}.clientId`, message: 'clientId 必须是 1–64 位字母、数字、点、下划线或连字符' });
  }
  if (typeof clientSecret !== 'string' || clientSecret.length < 8 || clientSecret.length > 256) {
    errors.push({ field: `${prefix}.clientSecret`, message: 'clientSecret 必须是 8–256 个字符的字符串' });
  }
  if (!Array.isArray(redirectUriPrefixes) || redirectUriPrefixes.length === 0) {
    errors.push({ field: `${prefix}.redirectUriPrefixes`, message: 'redirectUriPrefixes 必须是非空的字符串数组' });
  } else {
    redirectUriPrefixes.forEach((value: unknown, index) => {
      if (typeof value !== 'string' || !PREFIX_PATTERN.test(value)) {
        errors.push({
          field: `${prefix}.redirectUriPrefixes[${index}]`,
          message: '回调地址前缀必须以 http:// 或 https:// 加完整主机名开头，主机名后接 : 或 /，且不含 #',
        });
      }
    });
  }
  if (errors.length > before) return [];
  return [{ clientId: String(clientId), clientSecret: String(clientSecret), redirectUriPrefixes: (redirectUriPrefixes as string[]).slice() }];
}

export function findClient(clients: readonly OidcClient[], clientId: string): OidcClient | undefined {
  return clients.find((client) => client.clientId === clientId);
}

/**
 * A registered redirect URI: an absolute http(s) URL without user info or fragment (RFC 6749 §3.1.2)
 * that starts with one of the client's prefixes. The raw string is compared, never a normalised form.
 */
export function isRegisteredRedirectUri(client: OidcClient, redirectUri: string): boolean {
  if (redirectUri.length > MAX_REDIRECT_URI_LENGTH || redirectUri.includes('#')) return false;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return client.redirectUriPrefixes.some((prefix) => redirectUri.startsWith(prefix));
}
