import { ExpiringStore } from './expiring-store';

describe('ExpiringStore', () => {
  let now = 0;
  const store = () => new ExpiringStore<string>(() => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('keeps a value under a random key until it expires', () => {
    const values = store();
    const key = values.add('a', 5_000);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(values.add('b', 5_000)).not.toBe(key);
    now += 4_999;
    expect(values.get(key)).toBe('a');
    expect(values.remainingMs(key)).toBe(1);
    now += 1;
    expect(values.get(key)).toBeUndefined();
    expect(values.remainingMs(key)).toBe(0);
  });

  it('stores a value with no lifetime already expired', () => {
    const values = store();
    expect(values.get(values.add('a', 0))).toBeUndefined();
  });

  it('gives a value to one take only', () => {
    const values = store();
    const key = values.add('a', 5_000);
    expect(values.take(key)).toBe('a');
    expect(values.take(key)).toBeUndefined();
  });

  it('sweeps expired entries as new ones arrive', () => {
    const values = store();
    for (let i = 0; i < 10; i += 1) values.add(`v${i}`, 1_000);
    expect(values.size).toBe(10);
    now += 2_000;
    values.add('fresh', 1_000);
    expect(values.size).toBe(1);
  });
});
