import { randomBytes } from 'node:crypto';
import type { CryptoKeys } from '../config/crypto-keys';
import { hmacSm3 } from './hmac-sm3';

const TOKEN_BYTES = 32;

/**
 * Opaque bearer secrets (access, refresh and challenge tokens): 32 random bytes in base64url, stored only
 * as HMAC-SM3 under TOKEN_HASH_KEY, so a copy of the database does not yield usable tokens.
 */
export class TokenHasher {
  constructor(private readonly keys: CryptoKeys) {}

  generate(): string {
    return randomBytes(TOKEN_BYTES).toString('base64url');
  }

  /** Hex digest (64 characters) to store and look up by. */
  hash(token: string): string {
    return hmacSm3(this.keys.tokenHashKey, token).toString('hex');
  }
}
