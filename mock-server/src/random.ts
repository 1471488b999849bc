import { mulberry32 } from '@rongtong/shared';

/** A source of uniformly distributed numbers in [0, 1). */
export type RandomSource = () => number;

export const MAX_SEED = 0xffffffff;

/**
 * The shared mulberry32 generator: small, fast and good enough for simulated faults. Seeding it makes
 * every "random" failure reproducible from the seed printed at start.
 */
export function createRandom(seed: number): RandomSource {
  return mulberry32(seed);
}
