import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CryptoKeys, DataKey } from '../config/crypto-keys';
import { equalBytes, hmacSm3 } from './hmac-sm3';

export type BlindIndexPurpose = 'phone' | 'residentId' | 'username';

/** A stored value that does not decrypt: malformed, unknown key id, or tampered with (tag mismatch). */
export class FieldCipherError extends Error {}

const VERSION = 'v1';
const ALGORITHM = 'sm4-cbc';
const IV_BYTES = 16;
const TAG_BYTES = 32;
const PART = /^[A-Za-z0-9_-]+$/;

/**
 * Personal data at rest (DESIGN §9): SM4-CBC with a random IV, then an HMAC-SM3 tag over version, key id,
 * IV and ciphertext (encrypt-then-MAC, so the tag is checked before anything is decrypted). Stored as
 * `v1.<keyId>.<iv>.<ciphertext>.<tag>` in base64url; the key id picks the key on decryption, so old values
 * still decrypt after a new active key is configured.
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

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.active.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const body = [VERSION, this.active.id, iv.toString('base64url'), ciphertext.toString('base64url')].join('.');
    return `${body}.${hmacSm3(this.active.macKey, body).toString('base64url')}`;
  }

  decrypt(stored: string): string {
    const parts = stored.split('.');
    const [version, keyId, ivText, ciphertextText, tagText] = parts;
    if (parts.length !== 5 || version !== VERSION || !keyId || !ivText || !ciphertextText || !tagText) {
      throw new FieldCipherError('malformed encrypted value');
    }
    if (![ivText, ciphertextText, tagText].every((part) => PART.test(part))) throw new FieldCipherError('malformed encrypted value');
    const key = this.keys.get(keyId);
    if (!key) throw new FieldCipherError(`unknown data key ${keyId}`);
    const body = stored.slice(0, stored.lastIndexOf('.'));
    const tag = Buffer.from(tagText, 'base64url');
    if (tag.length !== TAG_BYTES || !equalBytes(tag, hmacSm3(key.macKey, body))) throw new FieldCipherError('tag mismatch');
    const iv = Buffer.from(ivText, 'base64url');
    if (iv.length !== IV_BYTES) throw new FieldCipherError('malformed IV');
    try {
      const decipher = createDecipheriv(ALGORITHM, key.encryptionKey, iv);
      return Buffer.concat([decipher.update(Buffer.from(ciphertextText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError('ciphertext does not decrypt');
    }
  }

  /** True when the value was encrypted under an older key and should be re-encrypted. */
  needsReencryption(stored: string): boolean {
    return stored.split('.')[1] !== this.active.id;
  }

  /**
   * Deterministic look-up key (hex HMAC-SM3 under the blind-index key): equal values give equal indexes,
   * the purpose separates domains so a phone index never matches a resident-ID index of the same digits.
   */
  blindIndex(value: string, purpose: BlindIndexPurpose): string {
    return hmacSm3(this.config.blindIndexKey, purpose, '\u0000', value.normalize('NFC')).toString('hex');
  }
}
