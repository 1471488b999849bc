import { UUID_PATTERN } from '../../database/deterministic-id';

/** The sort key of a keyset cursor: an integer, an instant (ISO string) or a calendar day (YYYY-MM-DD). */
export type CursorKeyKind = 'integer' | 'instant' | 'day' | 'text';

export interface Cursor<K extends string | number = string | number> {
  /** The sort the cursor was issued for; a cursor from another sort is refused. */
  sort: string;
  key: K;
  id: string;
}

export class InvalidCursorError extends Error {}

const BASE64URL = /^[A-Za-z0-9_-]{1,512}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Opaque to clients: base64url of `[sort, key, id]`. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

function isKeyOfKind(key: unknown, kind: CursorKeyKind): boolean {
  switch (kind) {
    case 'integer':
      return Number.isSafeInteger(key);
    case 'instant':
      return typeof key === 'string' && INSTANT.test(key) && !Number.isNaN(Date.parse(key));
    case 'day':
      return typeof key === 'string' && DAY.test(key);
    case 'text':
      return typeof key === 'string' && key.length <= 256;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function parsePayload(value: string): unknown {
  if (!BASE64URL.test(value)) throw new InvalidCursorError('not base64url');
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('not JSON');
  }
}

/** Decodes a cursor and checks it was issued for `sort` with a key of `kind`; anything else is refused. */
export function decodeCursor(value: string, sort: string, kind: 'integer'): Cursor<number>;
export function decodeCursor(value: string, sort: string, kind: 'instant' | 'day' | 'text'): Cursor<string>;
export function decodeCursor(value: string, sort: string, kind: CursorKeyKind): Cursor {
  const payload = parsePayload(value);
  if (!Array.isArray(payload) || payload.length !== 3) throw new InvalidCursorError('wrong shape');
  const [cursorSort, key, id] = payload as unknown[];
  if (cursorSort !== sort) throw new InvalidCursorError('issued for another sort');
  if (!isKeyOfKind(key, kind)) throw new InvalidCursorError('bad key');
  if (typeof id !== 'string' || !UUID_PATTERN.test(id)) throw new InvalidCursorError('bad id');
  return { sort, key: key as string | number, id };
}
