import { createDecipheriv } from 'node:crypto';
import { encryptV1 } from '../../../test/support/legacy-cipher';
import { readCryptoKeys, type CryptoKeys } from '../config/crypto-keys';
import { encryptedField, type CipherPlace } from './encrypted-columns';
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
  const phoneOf = (rowId: string): CipherPlace => ({ table: 'user_accounts', column: 'phone_cipher', rowId });
  const PHONE = phoneOf('user-1');

  it('round-trips text, including Chinese and the empty string', () => {
    for (const plain of ['13800138000', '34120219900101123X', '阜阳市颍州区清河路 1 号', '']) {
      expect(cipher.decrypt(cipher.encrypt(plain, PHONE), PHONE)).toBe(plain);
    }
  });

  it('stores v2.<keyId>.<iv>.<ciphertext>.<tag> in base64url with a fresh IV each time', () => {
    const first = cipher.encrypt('13800138000', PHONE);
    const second = cipher.encrypt('13800138000', PHONE);
    expect(first).toMatch(/^v2\.k2025\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('13800138000');
  });

  it('is SM4-CBC under the active encryption key', () => {
    const [, , iv, ciphertext] = cipher.encrypt('hello', PHONE).split('.');
    const decipher = createDecipheriv('sm4-cbc', Buffer.alloc(16, 1), Buffer.from(iv ?? '', 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext ?? '', 'base64url')), decipher.final()]);
    expect(plain.toString('utf8')).toBe('hello');
  });

  it.each([
    ['the IV', 2],
    ['the ciphertext', 3],
    ['the tag', 4],
  ])('detects a flipped bit in %s', (_label, index) => {
    const stored = cipher.encrypt('34120219900101123X', PHONE);
    expect(() => cipher.decrypt(flip(stored, index), PHONE)).toThrow(FieldCipherError);
  });

  describe('binds each value to its place', () => {
    it('refuses a value moved to another row, naming the place but not the value', () => {
      const stored = cipher.encrypt('13800138000', phoneOf('user-1'));
      expect(() => cipher.decrypt(stored, phoneOf('user-2'))).toThrow(new FieldCipherError('tag mismatch at user_accounts.phone_cipher row user-2'));
      expect(() => cipher.decrypt(stored, phoneOf('user-1 '))).toThrow(FieldCipherError);
    });

    it('refuses a value moved to another column or table of the same row id', () => {
      const stored = cipher.encrypt('JBSWY3DPEHPK3PXP', { table: 'user_accounts', column: 'totp_secret_cipher', rowId: 'id-1' });
      expect(() => cipher.decrypt(stored, { table: 'user_accounts', column: 'resident_id_cipher', rowId: 'id-1' })).toThrow('tag mismatch');
      expect(() => cipher.decrypt(stored, { table: 'staff_login_challenges', column: 'pending_totp_secret_cipher', rowId: 'id-1' })).toThrow(
        'tag mismatch',
      );
    });

    it('cannot be told to drop the place by relabelling a v2 value as v1', () => {
      const stored = cipher.encrypt('13800138000', PHONE);
      expect(() => cipher.decrypt(stored.replace(/^v2\./, 'v1.'), PHONE)).toThrow('tag mismatch');
    });

    it('refuses places that are not registered encrypted columns, and empty row ids', () => {
      const unregistered = { table: 'user_accounts', column: 'display_name', rowId: 'x' } as unknown as CipherPlace;
      expect(() => cipher.encrypt('x', unregistered)).toThrow('not a registered encrypted column');
      expect(() => cipher.encrypt('x', phoneOf(''))).toThrow('needs its row id');
    });

    it('seals and opens an entity field from the row itself', () => {
      interface Row {
        id: string;
        phoneCipher: string | null;
      }
      const field = encryptedField<Row>({ table: 'user_accounts', column: 'phone_cipher' }, (row) => row.phoneCipher);
      const alice: Row = { id: 'alice', phoneCipher: null };
      const bob: Row = { id: 'bob', phoneCipher: null };
      alice.phoneCipher = cipher.seal(field, alice, '13800138000');
      bob.phoneCipher = cipher.seal(field, bob, '13900139000');
      expect(cipher.open(field, alice)).toBe('13800138000');
      expect(cipher.open(field, { id: 'carol', phoneCipher: null })).toBeNull();
      expect(() => cipher.open(field, { id: 'alice', phoneCipher: bob.phoneCipher })).toThrow(FieldCipherError);
    });
  });

  describe('values written before binding (v1)', () => {
    it('still decrypt, wherever they are, and ask to be re-encrypted', () => {
      const ring = keys(OLD, 'k2025');
      const legacy = encryptV1(ring, '13800138000');
      expect(cipher.decrypt(legacy, PHONE)).toBe('13800138000');
      expect(cipher.needsReencryption(legacy)).toBe(true);
      expect(cipher.needsReencryption(cipher.encrypt('13800138000', PHONE))).toBe(false);
    });

    it('are still checked: a flipped bit or a relabelled v2 tag fails', () => {
      const legacy = encryptV1(keys(OLD, 'k2025'), '13800138000');
      expect(() => cipher.decrypt(flip(legacy, 3), PHONE)).toThrow('tag mismatch');
      expect(() => cipher.decrypt(legacy.replace(/^v1\./, 'v2.'), PHONE)).toThrow('tag mismatch');
    });
  });

  it('refuses a value whose key id or version was changed, and malformed values', () => {
    const both = new FieldCipher(keys(`${OLD},${NEW}`, 'k2026'));
    const stored = both.encrypt('13800138000', PHONE);
    expect(() => both.decrypt(stored.replace('.k2026.', '.k2025.'), PHONE)).toThrow('tag mismatch');
    expect(() => both.decrypt(stored.replace(/^v2\./, 'v3.'), PHONE)).toThrow(FieldCipherError);
    expect(() => both.decrypt(stored.replace('.k2026.', '.k9999.'), PHONE)).toThrow('unknown data key k9999');
    for (const bad of ['', 'v2', 'v2.k2026.a.b', `${stored}.extra`, stored.replace(/\.[^.]+$/, '.'), 'v2.k2026.!!.??.**']) {
      expect(() => both.decrypt(bad, PHONE)).toThrow(FieldCipherError);
    }
  });

  it('decrypts old values after a new active key is configured, and encrypts with the new one', () => {
    const before = cipher.encrypt('13800138000', PHONE);
    const rotated = new FieldCipher(keys(`${OLD},${NEW}`, 'k2026'));
    expect(rotated.decrypt(before, PHONE)).toBe('13800138000');
    const after = rotated.encrypt('13800138000', PHONE);
    expect(after.split('.')[1]).toBe('k2026');
    expect(rotated.activeKeyId).toBe('k2026');
    expect(rotated.needsReencryption(before)).toBe(true);
    expect(rotated.needsReencryption(after)).toBe(false);
    expect(() => cipher.decrypt(after, PHONE)).toThrow('unknown data key k2026');
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
