import { readCryptoKeys } from '../config/crypto-keys';
import { TokenHasher } from './token-hasher';

function hasher(tokenHashFill: number): TokenHasher {
  const keys = readCryptoKeys({ TOKEN_HASH_KEY: Buffer.alloc(32, tokenHashFill).toString('base64') }, 'test', []);
  return new TokenHasher(keys);
}

describe('TokenHasher', () => {
  const tokens = hasher(7);

  it('generates 32 random bytes as base64url, never the same twice', () => {
    const generated = new Set(Array.from({ length: 200 }, () => tokens.generate()));
    expect(generated.size).toBe(200);
    for (const token of generated) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('hashes deterministically to 64 hex characters that depend on TOKEN_HASH_KEY', () => {
    const token = tokens.generate();
    const hash = tokens.hash(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.hash(token)).toBe(hash);
    expect(hash).not.toContain(token);
    expect(tokens.hash(`${token}x`)).not.toBe(hash);
    expect(hasher(8).hash(token)).not.toBe(hash);
  });
});
