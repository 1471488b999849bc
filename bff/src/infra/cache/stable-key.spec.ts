import { stableKey } from './stable-key';

describe('stableKey', () => {
  it('is the same for filters that mean the same: member order, list order, repeats and absent members', () => {
    const a = { filter: { categories: ['CREDIT', 'GUARANTEE'], keyword: '信用', amountFen: 100 }, first: 20, after: null };
    const b = { first: 20, filter: { amountFen: 100, keyword: '信用', categories: ['GUARANTEE', 'CREDIT', 'CREDIT'], regionCode: undefined } };
    expect(stableKey(a)).toBe(stableKey(b));
  });

  it('tells apart what differs, including a number from its string and an empty list from none', () => {
    const keys = [
      stableKey({ amountFen: 100 }),
      stableKey({ amountFen: '100' }),
      stableKey({ amountFen: 101 }),
      stableKey({ categories: [] }),
      stableKey({}),
      stableKey({ keyword: '信用' }),
      stableKey({ keyword: '信用 ' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the order of lists of objects and writes dates as instants', () => {
    expect(stableKey([{ a: 2 }, { a: 1 }])).not.toBe(stableKey([{ a: 1 }, { a: 2 }]));
    expect(stableKey({ at: new Date('2026-11-26T00:00:00.000Z') })).toBe('{"at":"2026-11-26T00:00:00.000Z"}');
    expect(stableKey(null)).toBe('null');
    expect(stableKey(undefined)).toBe('null');
  });
});
