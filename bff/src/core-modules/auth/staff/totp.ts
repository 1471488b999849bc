import { createHmac, randomBytes } from 'node:crypto';
import { base32Decode, base32Encode } from './base32';

/** RFC 6238 with the parameters every authenticator app defaults to: HMAC-SHA-1, 6 digits, 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** A code from the step before or after the current one is still accepted (clock drift, typing time). */
export const TOTP_WINDOW_STEPS = 1;
const SECRET_BYTES = 20;

/** A new random secret (160 bits, RFC 4226 §4), base32 encoded. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES));
}

export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** RFC 4226 HOTP of `counter` with the raw key, truncated to `digits`. */
export function hotp(key: Buffer, counter: number, digits: number = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

export function totpCode(secretBase32: string, atMs: number): string {
  return hotp(base32Decode(secretBase32), totpStep(atMs));
}

/**
 * The time step whose code equals `code`, searching the current step ±1; null when none does.
 * Every candidate is computed, so the time taken does not reveal which step matched.
 */
export function matchTotpStep(secretBase32: string, code: string, atMs: number): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const key = base32Decode(secretBase32);
  const current = totpStep(atMs);
  let matched: number | null = null;
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step += 1) {
    if (hotp(key, step) === code && matched === null) matched = step;
  }
  return matched;
}

/** The Key Uri Format authenticator apps scan: `otpauth://totp/融通:<account>?secret=…&issuer=融通`. */
export function otpauthUrl(secretBase32: string, accountName: string, issuer: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
