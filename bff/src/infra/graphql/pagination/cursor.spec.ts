import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor';

const ID = '2ed6657d-e927-568b-95e1-2665a8aea6a2';

describe('keyset cursors', () => {
  it('round-trip every key kind', () => {
    expect(decodeCursor(encodeCursor({ sort: 'RATE_ASC', key: 385, id: ID }), 'RATE_ASC', 'integer')).toEqual({
      sort: 'RATE_ASC',
      key: 385,
      id: ID,
    });
    const instant = '2026-11-25T08:00:00.000Z';
    expect(decodeCursor(encodeCursor({ sort: 'NEWEST', key: instant, id: ID }), 'NEWEST', 'instant').key).toBe(instant);
    expect(decodeCursor(encodeCursor({ sort: 'DAY', key: '2026-11-25', id: ID }), 'DAY', 'day').key).toBe('2026-11-25');
    expect(decodeCursor(encodeCursor({ sort: 'NAME', key: '阜阳农商行', id: ID }), 'NAME', 'text').key).toBe('阜阳农商行');
  });

  it('is URL-safe and opaque', () => {
    expect(encodeCursor({ sort: 'NAME', key: '徽商银行/阜阳?', id: ID })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  const tampered: Array<[string, string]> = [
    ['garbage', '!!!'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['an object', Buffer.from(JSON.stringify({ sort: 'RATE_ASC', key: 1, id: ID })).toString('base64url')],
    ['another sort', encodeCursor({ sort: 'AMOUNT_DESC', key: 1, id: ID })],
    ['a string key for an integer sort', encodeCursor({ sort: 'RATE_ASC', key: '1', id: ID })],
    ['a fractional key', encodeCursor({ sort: 'RATE_ASC', key: 1.5, id: ID })],
    ['a bad id', encodeCursor({ sort: 'RATE_ASC', key: 1, id: "1' OR '1'='1" })],
    ['an empty string', ''],
    ['a very long value', 'A'.repeat(600)],
  ];

  it.each(tampered)('refuses %s', (_label, value) => {
    expect(() => decodeCursor(value, 'RATE_ASC', 'integer')).toThrow(InvalidCursorError);
  });

  it('refuses an instant that is not canonical ISO', () => {
    const cursor = encodeCursor({ sort: 'NEWEST', key: '2026-11-25 08:00:00', id: ID });
    expect(() => decodeCursor(cursor, 'NEWEST', 'instant')).toThrow(InvalidCursorError);
  });
});
