import { Injectable } from '@nestjs/common';
import { GOV_EXCHANGE_HEADERS, SM3_OF_EMPTY_BODY, govExchangeStringToSign } from '@rongtong/shared';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../../infra/config/app-config';
import { hmacSm3 } from '../../../infra/crypto/hmac-sm3';
import type { GovSigning } from '../sources/source-description';

/** One call to the exchange: which path, under which consent reference, how long and how large at most. */
export interface ExchangeCall {
  /** `/gov/v1/sources/{slug}/{uscc}`, appended to the path of GOV_EXCHANGE_BASE_URL. */
  path: string;
  consentRef: string;
  signing: GovSigning;
  timeoutMs: number;
  maxBytes: number;
}

/** What a call came to. Only TIMEOUT and UNAVAILABLE (5xx, network) are worth retrying. */
export type ExchangeAnswer =
  | { kind: 'OK'; body: unknown }
  | { kind: 'TIMEOUT' }
  | { kind: 'UNAVAILABLE'; status: number | null }
  | { kind: 'REFUSED'; status: number; code: string | null }
  | { kind: 'TOO_LARGE' }
  | { kind: 'MALFORMED' };

export interface SignedHeaders {
  [header: string]: string;
}

/**
 * The HTTP side of the government data exchange: signs each GET the way the contract says (HMAC-SM3 under
 * GOV_EXCHANGE_APP_SECRET over method, path, canonical query, timestamp, nonce, consent reference and the SM3 of the
 * body) and reads the answer within a deadline and a size limit. Never throws for what the network or the exchange
 * does; the connector decides about retries.
 */
@Injectable()
export class GovExchangeClient {
  constructor(private readonly config: AppConfig) {}

  /** The URL a path is fetched from: the base URL's own path, if any, comes first. */
  urlFor(path: string): URL {
    const base = new URL(this.config.govExchange.baseUrl);
    return new URL(`${base.pathname.replace(/\/+$/, '')}${path}`, base.origin);
  }

  /** The five headers of the contract for a GET of `url`; a fresh nonce every time. */
  sign(url: URL, consentRef: string, signing: GovSigning): SignedHeaders {
    const { appKey, appSecret } = this.config.govExchange;
    // The wall clock, not the injectable Clock: the exchange compares it with its own (±5 minutes).
    const timestamp = String(Date.now());
    const nonce = randomBytes(18).toString('base64url');
    const stringToSign = govExchangeStringToSign({
      method: 'GET',
      path: url.pathname,
      query: url.search,
      timestamp,
      nonce,
      consentRef,
      bodySm3Hex: SM3_OF_EMPTY_BODY,
    });
    return {
      [GOV_EXCHANGE_HEADERS.appKey]: appKey,
      [GOV_EXCHANGE_HEADERS.timestamp]: timestamp,
      [GOV_EXCHANGE_HEADERS.nonce]: nonce,
      [GOV_EXCHANGE_HEADERS.consentRef]: consentRef,
      [GOV_EXCHANGE_HEADERS.signature]: signature(signing, appSecret, stringToSign),
    };
  }

  async get(call: ExchangeCall): Promise<ExchangeAnswer> {
    const url = this.urlFor(call.path);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), call.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'GET',
        headers: { accept: 'application/json', ...this.sign(url, call.consentRef, call.signing) },
        signal: controller.signal,
        redirect: 'error',
      });
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'UNAVAILABLE', status: response.status };
      }
      const text = await readLimited(response, call.maxBytes);
      if (text === null) return { kind: 'TOO_LARGE' };
      if (response.status !== 200) return { kind: 'REFUSED', status: response.status, code: refusalCode(text) };
      try {
        return { kind: 'OK', body: JSON.parse(text) as unknown };
      } catch {
        return { kind: 'MALFORMED' };
      }
    } catch {
      return controller.signal.aborted ? { kind: 'TIMEOUT' } : { kind: 'UNAVAILABLE', status: null };
    } finally {
      clearTimeout(timer);
    }
  }
}

function signature(signing: GovSigning, secret: string, stringToSign: string): string {
  switch (signing) {
    case 'HMAC-SM3':
      return hmacSm3(Buffer.from(secret, 'utf8'), stringToSign).toString('hex');
    default: {
      const never: never = signing;
      throw new Error(`unknown signing ${String(never)}`);
    }
  }
}

/** The body as text, or null once it passes `maxBytes` (declared or read); the rest is not read. */
async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The `code` of a refusal body `{ code, message }`, if it has one. */
function refusalCode(text: string): string | null {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') return body.code.slice(0, 64);
  } catch {
    // Not JSON: no code.
  }
  return null;
}
