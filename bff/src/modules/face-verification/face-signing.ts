import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The provider's signing scheme (mock-server/docs/face-verification.md), both directions:
 * - our requests: HMAC-SHA256 over `METHOD \n target \n timestamp \n nonce \n hex SHA-256 of the raw body`;
 * - its callbacks: HMAC-SHA256 over `timestamp \n nonce \n raw body`.
 * Timestamps are milliseconds since the epoch; either side refuses one more than five minutes from its clock.
 */
export const FACE_HEADERS = Object.freeze({
  merchantId: 'x-face-merchant-id',
  timestamp: 'x-face-timestamp',
  nonce: 'x-face-nonce',
  signature: 'x-face-signature',
});

export const CALLBACK_TOLERANCE_MS = 5 * 60 * 1000;
/** A nonce stays used this long: twice the tolerance, so a replay is caught whatever its timestamp. */
export const NONCE_RETENTION_MS = 2 * CALLBACK_TOLERANCE_MS;

const TIMESTAMP = /^[1-9]\d{0,15}$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const SIGNATURE = /^[0-9a-f]{64}$/;
const MERCHANT = /^[A-Za-z0-9._-]{1,64}$/;

export function sha256Hex(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

export function requestStringToSign(method: string, target: string, timestamp: string, nonce: string, body: string | Buffer): string {
  return [method.toUpperCase(), target, timestamp, nonce, sha256Hex(body)].join('\n');
}

export function requestSignature(secret: string, method: string, target: string, timestamp: string, nonce: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(requestStringToSign(method, target, timestamp, nonce, body), 'utf8').digest('hex');
}

export function callbackStringToSign(timestamp: string, nonce: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`, 'utf8'), body]);
}

export function callbackSignature(secret: string, timestamp: string, nonce: string, body: Buffer): string {
  return createHmac('sha256', secret).update(callbackStringToSign(timestamp, nonce, body)).digest('hex');
}

/** Equal-length hex strings compared in constant time; false for any other shape. */
export function constantTimeHexEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export type CallbackRefusal = 'SIGNATURE_INVALID' | 'TIMESTAMP_STALE';

export interface SignedCallbackHeaders {
  merchantId: string;
  timestamp: string;
  nonce: string;
  signature: string;
}

/** The four signed headers when each is present once and well formed; null otherwise. */
export function readCallbackHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): SignedCallbackHeaders | null {
  const one = (name: string, pattern: RegExp): string | null => {
    const value = headers[name];
    return typeof value === 'string' && pattern.test(value) ? value : null;
  };
  const merchantId = one(FACE_HEADERS.merchantId, MERCHANT);
  const timestamp = one(FACE_HEADERS.timestamp, TIMESTAMP);
  const nonce = one(FACE_HEADERS.nonce, NONCE);
  const signature = one(FACE_HEADERS.signature, SIGNATURE);
  if (merchantId === null || timestamp === null || nonce === null || signature === null) return null;
  return { merchantId, timestamp, nonce, signature };
}

/**
 * Checks a callback's signature (always computed, so a wrong merchant costs the same) and then its freshness;
 * null when both hold. The nonce is the caller's to record.
 */
export function checkCallback(
  signed: SignedCallbackHeaders,
  body: Buffer,
  expected: { merchantId: string; secret: string },
  nowMs: number,
): CallbackRefusal | null {
  const computed = callbackSignature(expected.secret, signed.timestamp, signed.nonce, body);
  const signatureOk = constantTimeHexEqual(signed.signature, computed);
  if (!signatureOk || signed.merchantId !== expected.merchantId) return 'SIGNATURE_INVALID';
  if (Math.abs(nowMs - Number(signed.timestamp)) > CALLBACK_TOLERANCE_MS) return 'TIMESTAMP_STALE';
  return null;
}
