import { createDecipheriv } from 'node:crypto';
import { readCryptoKeys, type CryptoKeys } from '../config/crypto-keys';
import { FieldCipher, FieldCipherError } from './field-cipher';

const dataKey = (fill: number) => Buffer.concat([Buffer.alloc(16, fill), Buffer.alloc(32, fill + 100)]).toString('base64');
const secret = (fill: number) => Buffer.alloc(32, fill).toString('base64');

function keys(dataKeys: string, active: string, blindIndexFill = 3): CryptoKeys {
  const problems: string[] = [];
  const result = readCryptoKeys(
    {
      DATA_ENCRYPTION_KEYS: dataKeys,
      DATA_ENCRYPTION_ACTIVE_KEY: active,
      BLIND_INDEX_KEY: secret(blindIndexFill),
      AUDIT_CHAIN_KEY: secret(4),
      TOKEN_HASH_KEY: secret(5),
    },
    'production',
    problems,
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return result;
}

const OLD = `k2025:${dataKey(1)}`;
const NEW = `k2026:${dataKey(2)}`;

/** Flips one bit of the decoded bytes of part `index` of a stored value. */
function flip(stored: string, index: number): string {
  const parts = stored.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('FieldCipher', () => {
  const cipher = new FieldCipher(keys(OLD, 'k2025'));

  it('round-trips text, including Chinese and the empty string', () => {
    for (const plain of ['13800138000', '34120219900101123X', '阜阳市颍州区清河路 1 号', '']) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  it('stores v1.<keyId>.<iv>.<ciphertext>.<tag> in base64url with a fresh IV each time', () => {
    const first = cipher.encrypt('13800138000');
    const second = cipher.encrypt('13800138000');
    expect(first).toMatch(/^v1\.k2025\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('13800138000');
  });

  it('is SM4-CBC under the active encryption key', () => {
    const [, , iv, ciphertext] = cipher.encrypt('hello').split('.');
    const decipher = createDecipheriv('sm4-cbc', Buffer.alloc(16, 1), Buffer.from(iv ?? '', 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext ?? '', 'base64url')), decipher.final()]);
    expect(plain.toString('utf8')).toBe('hello');
  });

  it.each([
    ['the IV', 2],
    ['the ciphertext', 3],
    ['the tag', 4],
  ])('detects a flipped bit in %s', (_label, index) => {
    const stored = cipher.encrypt('34120219900101123X');
    expect(() => cipher.decrypt(flip(stored, index))).toThrow(FieldCipherError);
  });

  it('refuses a value whose key id or version was changed, and malformed values', () => {
    const both = new FieldCipher(keys(`${OLD},${NEW}`, 'k2026'));
    const stored = both.encrypt('13800138000');
    expect(() => both.decrypt(stored.replace('.k2026.', '.k2025.'))).toThrow('tag mismatch');
    expect(() => both.decrypt(stored.replace(/^v1\./, 'v2.'))).toThrow(FieldCipherError);
    expect(() => both.decrypt(stored.replace('.k2026.', '.k9999.'))).toThrow('unknown data key k9999');
    for (const bad of ['', 'v1', 'v1.k2026.a.b', `${stored}.extra`, stored.replace(/\.[^.]+$/, '.'), 'v1.k2026.!!.??.**']) {
      expect(() => both.decrypt(bad)).toThrow(FieldCipherError);
    }
  });

  it('decrypts old values after a new active key is configured, and encrypts with the new one', () => {
    const before = cipher.encrypt('13800138000');
    const rotated = new FieldCipher(keys(`${OLD},${NEW}`, 'k2026'));
    expect(rotated.decrypt(before)).toBe('13800138000');
    const after = rotated.encrypt('13800138000');
    expect(after.split('.')[1]).toBe('k2026');
    expect(rotated.needsReencryption(before)).toBe(true);
    expect(rotated.needsReencryption(after)).toBe(false);
    expect(() => cipher.decrypt(after)).toThrow('unknown data key k2026');
  });

  it('refuses a key ring without its active key', () => {
    const ring = keys(OLD, 'k2025');
    expect(() => new FieldCipher({ ...ring, dataKeys: ring.dataKeys, activeDataKeyId: 'missing' } as CryptoKeys)).toThrow(
      'active data key missing',
    );
  });

  describe('blindIndex', () => {
    it('is deterministic hex and independent of the data key', () => {
      const index = cipher.blindIndex('13800138000', 'phone');
      expect(index).toMatch(/^[0-9a-f]{64}$/);
      expect(cipher.blindIndex('13800138000', 'phone')).toBe(index);
      expect(new FieldCipher(keys(`${OLD},${NEW}`, 'k2026')).blindIndex('13800138000', 'phone')).toBe(index);
    });

    it('separates purposes and values, and depends on the blind-index key', () => {
      const phone = cipher.blindIndex('13800138000', 'phone');
      expect(cipher.blindIndex('13800138000', 'username')).not.toBe(phone);
      expect(cipher.blindIndex('13800138000', 'residentId')).not.toBe(phone);
      expect(cipher.blindIndex('13800138001', 'phone')).not.toBe(phone);
      expect(new FieldCipher(keys(OLD, 'k2025', 9)).blindIndex('13800138000', 'phone')).not.toBe(phone);
    });
  });
});
