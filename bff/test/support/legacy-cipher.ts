import { createCipheriv, randomBytes } from 'node:crypto';
import type { CryptoKeys } from '../../src/infra/config/crypto-keys';
import { hmacSm3 } from '../../src/infra/crypto/hmac-sm3';

/**
 * A value as FieldCipher wrote it before values were bound to their place: `v1.<keyId>.<iv>.<ct>.<tag>`, the
 * tag over the body only. For tests that show such values still decrypt and are rewritten by `keys:rotate`.
 */
export function encryptV1(keys: CryptoKeys, plain: string, keyId: string = keys.activeDataKeyId): string {
  const key = keys.dataKeys.find((candidate) => candidate.id === keyId);
  if (!key) throw new Error(`no data key ${keyId}`);
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', key.encryptionKey, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const body = ['v1', key.id, iv.toString('base64url'), ciphertext.toString('base64url')].join('.');
  return `${body}.${hmacSm3(key.macKey, body).toString('base64url')}`;
}
