import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SM3 (GB/T 32905 hash in HMAC, native in Node's OpenSSL) over the parts in order. */
export function hmacSm3(key: Buffer, ...parts: ReadonlyArray<string | Buffer>): Buffer {
  const hmac = createHmac('sm3', key);
  for (const part of parts) hmac.update(part);
  return hmac.digest();
}

/** Constant-time equality of two byte strings (false when the lengths differ). */
export function equalBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
