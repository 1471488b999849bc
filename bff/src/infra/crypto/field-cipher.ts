import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CryptoKeys, DataKey } from '../config/crypto-keys';
import { isRegisteredColumn, type CipherPlace, type EncryptedField } from './encrypted-columns';
import { equalBytes, hmacSm3 } from './hmac-sm3';

export type BlindIndexPurpose = 'phone' | 'residentId' | 'username';

/** A stored value that does not decrypt here: malformed, unknown key id, or tampered with or moved (tag mismatch). */
export class FieldCipherError extends Error {}

/** Bound to its place (table, column, row id): what `encrypt` writes. */
const BOUND = 'v2';
/** Not bound: written before v2; still decrypts, and `keys:rotate` rewrites it as v2. */
const UNBOUND = 'v1';
const ALGORITHM = 'sm4-cbc';
const IV_BYTES = 16;
const TAG_BYTES = 32;
const PART = /^[A-Za-z0-9_-]+$/;

function where(place: CipherPlace): string {
  return `${place.table}.${place.column} row ${place.rowId}`;
}

function checkPlace(place: CipherPlace): void {
  if (!isRegisteredColumn(place.table, place.column)) throw new Error(`${place.table}.${place.column} is not a registered encrypted column`);
  if (typeof place.rowId !== 'string' || place.rowId === '') throw new Error(`an encrypted value of ${place.table}.${place.column} needs its row id`);
}

/**
 * What the tag covers: the stored body (version, key id, IV, ciphertext) and, from v2 on, the place. The body
 * holds only base64url and '.', table and column only [a-z_], so '|' separates the parts unambiguously.
 */
function authenticated(version: string, body: string, place: CipherPlace): string {
  return version === UNBOUND ? body : `${body}|${place.table}|${place.column}|${place.rowId}`;
}

/**
 * Personal data at rest (DESIGN §9): SM4-CBC with a random IV, then an HMAC-SM3 tag over version, key id, IV,
 * ciphertext and the value's place — table, column and row id — (encrypt-then-MAC, so the tag is checked before
 * anything is decrypted). Stored as `v2.<keyId>.<iv>.<ciphertext>.<tag>` in base64url; the key id picks the key
 * on decryption, so old values still decrypt after a new active key is configured. A value copied to another
 * row or column fails its tag. `v1` values (tag without the place) still decrypt until `keys:rotate` rewrites them.
 */
export class FieldCipher {
  private readonly keys: ReadonlyMap<string, DataKey>;
  private readonly active: DataKey;

  constructor(private readonly config: CryptoKeys) {
    this.keys = new Map(config.dataKeys.map((key) => [key.id, key]));
    const active = this.keys.get(config.activeDataKeyId);
    if (!active) throw new Error(`active data key ${config.activeDataKeyId} is not in the key ring`);
    this.active = active;
  }

  get activeKeyId(): string {
    return this.active.id;
  }

  encrypt(plain: string, place: CipherPlace): string {
    checkPlace(place);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.active.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const body = [BOUND, this.active.id, iv.toString('base64url'), ciphertext.toString('base64url')].join('.');
    return `${body}.${hmacSm3(this.active.macKey, authenticated(BOUND, body, place)).toString('base64url')}`;
  }

  decrypt(stored: string, place: CipherPlace): string {
    checkPlace(place);
    const parts = stored.split('.');
    const [version, keyId, ivText, ciphertextText, tagText] = parts;
    if (parts.length !== 5 || (version !== BOUND && version !== UNBOUND) || !keyId || !ivText || !ciphertextText || !tagText) {
      throw new FieldCipherError(`malformed encrypted value at ${where(place)}`);
    }
    if (![ivText, ciphertextText, tagText].every((part) => PART.test(part))) throw new FieldCipherError(`malformed encrypted value at ${where(place)}`);
    const key = this.keys.get(keyId);
    if (!key) throw new FieldCipherError(`unknown data key ${keyId} at ${where(place)}`);
    const body = stored.slice(0, stored.lastIndexOf('.'));
    const tag = Buffer.from(tagText, 'base64url');
    if (tag.length !== TAG_BYTES || !equalBytes(tag, hmacSm3(key.macKey, authenticated(version, body, place)))) {
      throw new FieldCipherError(`tag mismatch at ${where(place)}`);
    }
    const iv = Buffer.from(ivText, 'base64url');
    if (iv.length !== IV_BYTES) throw new FieldCipherError(`malformed IV at ${where(place)}`);
    try {
      const decipher = createDecipheriv(ALGORITHM, key.encryptionKey, iv);
      return Buffer.concat([decipher.update(Buffer.from(ciphertextText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError(`ciphertext does not decrypt at ${where(place)}`);
    }
  }

  /** `plain` encrypted for `field` of the row with this id. */
  seal<Row extends { id: string }>(field: EncryptedField<Row>, row: Pick<Row, 'id'>, plain: string): string {
    return this.encrypt(plain, { ...field.column, rowId: row.id });
  }

  /** The decrypted value of `field` in `row` (null when the column is null). */
  open<Row extends { id: string }, Stored extends string | null>(field: EncryptedField<Row, Stored>, row: Row): Stored extends string ? string : string | null;
  open<Row extends { id: string }>(field: EncryptedField<Row>, row: Row): string | null {
    const stored = field.read(row);
    return stored === null ? null : this.decrypt(stored, { ...field.column, rowId: row.id });
  }

  /** True unless the value is bound to its place (v2) and under the active key: `keys:rotate` rewrites it. */
  needsReencryption(stored: string): boolean {
    const [version, keyId] = stored.split('.');
    return version !== BOUND || keyId !== this.active.id;
  }

  /**
   * Deterministic look-up key (hex HMAC-SM3 under the blind-index key): equal values give equal indexes,
   * the purpose separates domains so a phone index never matches a resident-ID index of the same digits.
   */
  blindIndex(value: string, purpose: BlindIndexPurpose): string {
    return hmacSm3(this.config.blindIndexKey, purpose, '\u0000', value.normalize('NFC')).toString('hex');
  }
}
