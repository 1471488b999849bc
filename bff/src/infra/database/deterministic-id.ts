import { createHash } from 'node:crypto';

/** The namespace of every name-based id Rongtong derives (a fixed random UUID). */
const RONGTONG_NAMESPACE = 'b8f4a0c2-6d1e-4f3a-9c57-2e0d8a61f3b9';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 9562 version 5 (name-based, SHA-1) UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = RONGTONG_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type SeedKind = 'institution' | 'product' | 'policy' | 'news' | 'faq' | 'account' | 'banner';

/** The id of a seeded row: stable across runs and machines, so tests and links can name it. */
export function seedId(kind: SeedKind, key: string): string {
  return uuidV5(`${kind}:${key}`);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
