import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

/**
 * PBKDF2-HMAC-SM3 (GB/T 32905 hash, native in Node's OpenSSL), as the cryptography review of GB/T 39786
 * level 3 expects: `pbkdf2-sm3$<iterations>$<salt base64>$<key base64>`.
 */
const SCHEME = 'pbkdf2-sm3';
const DIGEST = 'sm3';
export const PASSWORD_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Refuse absurd stored iteration counts rather than spin the CPU on them. */
const MAX_ITERATIONS = 10_000_000;

interface ParsedHash {
  iterations: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | undefined {
  const [scheme, iterationsText, saltText, keyText, ...rest] = stored.split('$');
  if (scheme !== SCHEME || rest.length > 0 || !iterationsText || !saltText || !keyText) return undefined;
  const iterations = Number(iterationsText);
  if (!/^\d+$/.test(iterationsText) || iterations < 1 || iterations > MAX_ITERATIONS) return undefined;
  const salt = Buffer.from(saltText, 'base64');
  const key = Buffer.from(keyText, 'base64');
  if (salt.length < SALT_BYTES || key.length !== KEY_BYTES) return undefined;
  return { iterations, salt, key };
}

export async function hashPassword(password: string, iterations: number = PASSWORD_ITERATIONS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await pbkdf2Async(password.normalize('NFC'), salt, iterations, KEY_BYTES, DIGEST);
  return [SCHEME, String(iterations), salt.toString('base64'), key.toString('base64')].join('$');
}

/** Constant-time comparison; a malformed stored value never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await pbkdf2Async(password.normalize('NFC'), parsed.salt, parsed.iterations, KEY_BYTES, DIGEST);
  return timingSafeEqual(key, parsed.key);
}

/** True when the stored hash uses fewer iterations than today's setting (re-hash at next login). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.iterations < PASSWORD_ITERATIONS;
}
