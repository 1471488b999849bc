/**
 * The signing recipe of the government data exchange (政务数据共享交换), shared by the caller (the BFF)
 * and the stand-in provider (mock-server). Pure string work: the hashes (SM3 of the body, HMAC-SM3 of the
 * string to sign) are computed by each side with its own crypto, so this module runs anywhere shared does.
 */

/** Request headers every exchange call carries, in the lower case Node hands them over in. */
export const GOV_EXCHANGE_HEADERS = {
  appKey: 'x-gov-app-key',
  timestamp: 'x-gov-timestamp',
  nonce: 'x-gov-nonce',
  consentRef: 'x-gov-consent-ref',
  signature: 'x-gov-signature',
} as const;

/** A timestamp further than this from the provider's clock, either way, is stale. */
export const GOV_EXCHANGE_TIMESTAMP_TOLERANCE_MS = 300_000;
/** A nonce may not be used again by the same app key within this window. */
export const GOV_EXCHANGE_NONCE_WINDOW_MS = 600_000;

export const GOV_EXCHANGE_NONCE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const GOV_EXCHANGE_CONSENT_REF_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;
/** Milliseconds since the epoch, decimal, no sign or leading zeros. */
export const GOV_EXCHANGE_TIMESTAMP_PATTERN = /^(0|[1-9]\d{0,15})$/;
export const GOV_EXCHANGE_SIGNATURE_PATTERN = /^[0-9a-f]{64}$/;

/** Lower-case hex SM3 of the empty string: the body hash of every GET. */
export const SM3_OF_EMPTY_BODY = '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b';

export interface GovExchangeSigningParts {
  method: string;
  /** The request path without the query, exactly as sent (percent-encoding kept). */
  path: string;
  /** The query as sent (`a=1&b=2`, with or without the leading `?`), or its decoded pairs. */
  query?: GovExchangeQuery;
  /** Milliseconds since the epoch, as sent in `X-Gov-Timestamp`. */
  timestamp: string;
  nonce: string;
  consentRef: string;
  /** Lower-case hex SM3 of the raw body; `SM3_OF_EMPTY_BODY` for a GET. */
  bodySm3Hex: string;
}

export type GovExchangeQuery =
  | string
  | readonly (readonly [key: string, value: string])[]
  | Readonly<Record<string, string | readonly string[]>>;

/**
 * The canonical query: every key/value pair (decoded), sorted by key then by value in UTF-16 code-unit
 * order, each written `encodeURIComponent(key)=encodeURIComponent(value)`, joined by `&`; `''` when there
 * is none. A raw query string is decoded the way forms are (`+` is a space); an undecodable `%` sequence
 * throws `URIError`.
 */
export function canonicalQuery(query: GovExchangeQuery | undefined): string {
  const pairs = queryPairs(query);
  pairs.sort(([keyA, valueA], [keyB, valueB]) => compareCodeUnits(keyA, keyB) || compareCodeUnits(valueA, valueB));
  return pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

/**
 * The string the HMAC-SM3 signature is computed over: method (upper case), path, canonical query,
 * timestamp, nonce, consent reference and body hash, joined by `\n`.
 */
export function govExchangeStringToSign(parts: GovExchangeSigningParts): string {
  return [
    parts.method.toUpperCase(),
    parts.path,
    canonicalQuery(parts.query),
    parts.timestamp,
    parts.nonce,
    parts.consentRef,
    parts.bodySm3Hex.toLowerCase(),
  ].join('\n');
}

function queryPairs(query: GovExchangeQuery | undefined): [string, string][] {
  if (query === undefined) return [];
  if (typeof query === 'string') return parseQueryString(query);
  if (isPairList(query)) return query.map(([key, value]) => [key, value]);
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') pairs.push([key, value]);
    else for (const item of value) pairs.push([key, item]);
  }
  return pairs;
}

function isPairList(
  query: Exclude<GovExchangeQuery, string>,
): query is readonly (readonly [key: string, value: string])[] {
  return Array.isArray(query);
}

function parseQueryString(raw: string): [string, string][] {
  const text = raw.startsWith('?') ? raw.slice(1) : raw;
  if (text === '') return [];
  return text
    .split('&')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const equals = segment.indexOf('=');
      const key = equals < 0 ? segment : segment.slice(0, equals);
      const value = equals < 0 ? '' : segment.slice(equals + 1);
      return [decodeFormComponent(key), decodeFormComponent(value)];
    });
}

function decodeFormComponent(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
