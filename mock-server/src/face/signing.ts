import { createHash, createHmac } from 'node:crypto';

/**
 * The signing scheme of the identity-verification provider (face verification and ID-card OCR), for both
 * directions. Written out in mock-server/docs/face-verification.md; a real provider replaces it by configuration.
 */
export const FACE_HEADERS = Object.freeze({
  merchantId: 'x-face-merchant-id',
  timestamp: 'x-face-timestamp',
  nonce: 'x-face-nonce',
  signature: 'x-face-signature',
});

/** A request or callback more than this far from the receiver's clock, either way, is refused. */
export const FACE_TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000;
/** How long a merchant's nonce stays used: twice the tolerance, so a replay is caught whatever its timestamp. */
export const FACE_NONCE_WINDOW_MS = 10 * 60 * 1000;

/** Milliseconds since the epoch, decimal, no sign or leading zero. */
export const FACE_TIMESTAMP_PATTERN = /^[1-9]\d{0,15}$/;
export const FACE_NONCE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Lower-case hex HMAC-SHA256. */
export const FACE_SIGNATURE_PATTERN = /^[0-9a-f]{64}$/;

export interface FaceRequestSigningParts {
  method: string;
  /** The request target as sent: path and, if any, query (`/face/v1/orders/…`). */
  target: string;
  timestamp: string;
  nonce: string;
  /** The raw body bytes; empty for a GET. */
  body: string | Buffer;
}

export function sha256Hex(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

/** `METHOD \n target \n timestamp \n nonce \n hex SHA-256 of the raw body`. */
export function faceRequestStringToSign(parts: FaceRequestSigningParts): string {
  return [parts.method.toUpperCase(), parts.target, parts.timestamp, parts.nonce, sha256Hex(parts.body)].join('\n');
}

/** What a merchant puts in `X-Face-Signature` of a request. */
export function faceRequestSignature(secret: string, parts: FaceRequestSigningParts): string {
  return createHmac('sha256', secret).update(faceRequestStringToSign(parts), 'utf8').digest('hex');
}

/** What the provider puts in `X-Face-Signature` of a callback: HMAC-SHA256 of `timestamp \n nonce \n body`. */
export function faceCallbackSignature(secret: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${nonce}\n${body}`, 'utf8').digest('hex');
}
