import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let counter = 0;

const MAX_COUNTER = 0xfff;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter, then random bits. Ids made by
 * one process sort (as text) in the order they were made, even within one millisecond (the counter; after 4,096 ids in
 * a millisecond the timestamp field moves on). Used where rows are listed by time and ties must keep insertion order.
 */
export function timeOrderedUuid(nowMillis: number = Date.now()): string {
  if (nowMillis > lastMillis) {
    lastMillis = nowMillis;
    counter = 0;
  } else if (counter < MAX_COUNTER) {
    counter += 1;
  } else {
    lastMillis += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMillis, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
