import { RevisionCache } from './revision-cache';

describe('RevisionCache', () => {
  it('answers what was stored at the same revision', () => {
    const cache = new RevisionCache<string[]>(10);
    cache.set(4, 'k', ['a']);
    expect(cache.get(4, 'k')).toEqual(['a']);
    expect(cache.get(4, 'other')).toBeUndefined();
  });

  it('empties itself when a newer revision is seen, and ignores older ones', () => {
    const cache = new RevisionCache<number>(10);
    cache.set(4, 'k', 1);
    expect(cache.get(5, 'k')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set(4, 'k', 1); // a late answer computed at the older revision is not kept
    expect(cache.get(5, 'k')).toBeUndefined();
    cache.set(5, 'k', 2);
    expect(cache.get(4, 'k')).toBeUndefined(); // nor served to a caller that read an older revision
    expect(cache.get(5, 'k')).toBe(2);
  });

  it('drops the least recently used entry beyond its capacity', () => {
    const cache = new RevisionCache<number>(2);
    cache.set(1, 'a', 1);
    cache.set(1, 'b', 2);
    cache.get(1, 'a'); // 'b' is now the coldest
    cache.set(1, 'c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'a')).toBe(1);
    expect(cache.get(1, 'c')).toBe(3);
  });
});

describe('RevisionCache of capacity 0', () => {
  it('keeps nothing: the caches are off', () => {
    const cache = new RevisionCache<number>(0);
    cache.set(1, 'a', 1);
    expect(cache.get(1, 'a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
