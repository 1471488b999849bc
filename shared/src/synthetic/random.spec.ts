import { fnv1a32, integerBetween, mulberry32, pickWeighted, seededRandom } from './random';

describe('seeded randomness', () => {
  it('computes the reference FNV-1a hashes', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('repeats the same sequence for the same seed and differs between seeds', () => {
    const first = Array.from({ length: 5 }, mulberry32(42));
    expect(Array.from({ length: 5 }, mulberry32(42))).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('draws integers within inclusive bounds', () => {
    const random = seededRandom('bounds');
    const draws = Array.from({ length: 2_000 }, () => integerBetween(random, 3, 6));
    expect(new Set(draws)).toEqual(new Set([3, 4, 5, 6]));
  });

  it('picks by weight and never picks a zero-weight value', () => {
    const random = seededRandom('weights');
    const weights = [['common', 9], ['rare', 1], ['never', 0]] as const;
    const draws = Array.from({ length: 10_000 }, () => pickWeighted(random, weights));
    const rare = draws.filter((value) => value === 'rare').length;
    expect(draws).not.toContain('never');
    expect(rare).toBeGreaterThan(800);
    expect(rare).toBeLessThan(1_200);
  });
});
