import { UUID_PATTERN } from './deterministic-id';
import { timeOrderedUuid } from './time-ordered-id';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID carrying the millisecond', () => {
    const at = Date.UTC(2026, 11, 7, 12, 0, 0, 123);
    const id = timeOrderedUuid(at + 10_000_000);
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at + 10_000_000);
  });

  it('sorts in the order made, within one millisecond and when the clock steps back', () => {
    const base = Date.UTC(2027, 0, 1);
    const ids = [
      ...Array.from({ length: 5000 }, () => timeOrderedUuid(base)),
      timeOrderedUuid(base - 5),
      timeOrderedUuid(base + 10),
      timeOrderedUuid(base + 10),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
