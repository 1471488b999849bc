import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../http-errors';
import { constantTimeEqual } from '../identity/secrets';
import { NonceStore } from '../gov/exchange/nonce-store';
import type { FaceMerchant } from './merchants';
import {
  FACE_HEADERS,
  FACE_NONCE_PATTERN,
  FACE_NONCE_WINDOW_MS,
  FACE_SIGNATURE_PATTERN,
  FACE_TIMESTAMP_PATTERN,
  FACE_TIMESTAMP_TOLERANCE_MS,
  faceRequestSignature,
} from './signing';

/** Refusals of a signed request, shared by face verification and OCR. */
export enum SignedRequestErrorCode {
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
  TIMESTAMP_STALE = 'TIMESTAMP_STALE',
  NONCE_REUSED = 'NONCE_REUSED',
}

export interface Refusal {
  status: number;
  body: ErrorBody;
}

const MERCHANT_ID_FORMAT = /^[A-Za-z0-9._-]{1,64}$/;

/** Format of each signed header; a missing, repeated or malformed one makes the signature invalid. */
const SIGNED_HEADERS: readonly (readonly [header: string, label: string, pattern: RegExp])[] = [
  [FACE_HEADERS.merchantId, 'X-Face-Merchant-Id', MERCHANT_ID_FORMAT],
  [FACE_HEADERS.timestamp, 'X-Face-Timestamp', FACE_TIMESTAMP_PATTERN],
  [FACE_HEADERS.nonce, 'X-Face-Nonce', FACE_NONCE_PATTERN],
  [FACE_HEADERS.signature, 'X-Face-Signature', FACE_SIGNATURE_PATTERN],
];

/** Used for an unknown merchant, so that refusing it costs the same HMAC as refusing a wrong signature. */
const UNKNOWN_MERCHANT_SECRET = 'unknown-merchant-never-matches';

/** Largest JSON body the provider's API takes: an ID-card photo in base64 fits with room to spare. */
export const SIGNED_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * The gate in front of the provider's server-to-server API: the merchant's signature over the raw body, then the
 * timestamp's freshness, then the nonce — recorded only once signature and timestamp hold.
 */
export class SignedRequestGate {
  readonly nonces: NonceStore;
  private readonly secrets: ReadonlyMap<string, string>;

  constructor(
    merchants: readonly FaceMerchant[],
    readonly nowMs: () => number,
  ) {
    this.secrets = new Map(merchants.map(({ merchantId, secret }) => [merchantId, secret]));
    this.nonces = new NonceStore(nowMs, FACE_NONCE_WINDOW_MS);
  }

  secretOf(merchantId: string): string | null {
    return this.secrets.get(merchantId) ?? null;
  }

  /** The merchant id of a request whose signature, timestamp and nonce hold; otherwise the refusal. */
  authenticate(request: FastifyRequest, rawBody: Buffer): { merchantId: string } | Refusal {
    const values: string[] = [];
    for (const [header, label, pattern] of SIGNED_HEADERS) {
      const value = request.headers[header];
      if (typeof value !== 'string' || !pattern.test(value)) {
        return refusal(401, SignedRequestErrorCode.SIGNATURE_INVALID, `请求签名无效：请求头 ${label} 缺失或格式不正确`);
      }
      values.push(value);
    }
    const [merchantId, timestamp, nonce, signature] = values as [string, string, string, string];
    const secret = this.secretOf(merchantId);
    const expected = faceRequestSignature(secret ?? UNKNOWN_MERCHANT_SECRET, {
      method: request.method,
      target: request.url,
      timestamp,
      nonce,
      body: rawBody,
    });
    if (!constantTimeEqual(signature, expected) || secret === null) {
      return refusal(401, SignedRequestErrorCode.SIGNATURE_INVALID, '请求签名无效：商户号或签名不正确');
    }
    if (Math.abs(this.nowMs() - Number(timestamp)) > FACE_TIMESTAMP_TOLERANCE_MS) {
      return refusal(401, SignedRequestErrorCode.TIMESTAMP_STALE, '请求时间戳与服务器时间相差超过 5 分钟，请校准时间后重新签名');
    }
    if (!this.nonces.use(merchantId, nonce)) {
      return refusal(409, SignedRequestErrorCode.NONCE_REUSED, '请求随机数（X-Face-Nonce）已被使用，疑似重放请求');
    }
    return { merchantId };
  }
}

export function isRefusal(value: { merchantId: string } | Refusal): value is Refusal {
  return 'status' in value;
}

function refusal(status: number, code: SignedRequestErrorCode, message: string): Refusal {
  return { status, body: { code, message } };
}

/**
 * JSON bodies of the signed API arrive as raw bytes: the signature covers them exactly as sent. The handler parses
 * them after the signature holds (`parseJsonBody`).
 */
export function registerRawJsonBody(app: FastifyInstance): void {
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: SIGNED_BODY_LIMIT_BYTES }, (_request, body, done) => {
    done(null, body);
  });
}

export function rawBodyOf(request: FastifyRequest): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

/** The parsed JSON body, or undefined when it is not JSON. */
export function parseJsonBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
