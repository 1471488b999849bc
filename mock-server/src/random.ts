/** A source of uniformly distributed numbers in [0, 1). */
export type RandomSource = () => number;

export const MAX_SEED = 0xffffffff;

/**
 * mulberry32: small, fast and good enough for simulated faults. Seeding it makes
 * every "random" failure reproducible from the seed printed at start.
 */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
