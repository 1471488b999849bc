import { fnv1a32 } from '@rongtong/shared';
import { PI, cos, exp, imul, log, sqrt } from './math';

/**
 * Keyed noise: a value that depends only on (enterprise, stream, index), never on the order of the calls.
 * The revenue of 2025-03 is the same whichever as-of month asks for it, and generating one source never
 * shifts another. Built on the murmur3 finaliser, which spreads every input bit over the output.
 */
export enum NoiseStream {
  REVENUE = 1,
  TAX = 2,
  HEADCOUNT = 3,
  HOUSING_FUND = 4,
  ELECTRICITY = 5,
  WATER = 6,
  CASES = 7,
  ENFORCEMENTS = 8,
  PENALTIES = 9,
  RATING = 10,
  ARREARS = 11,
  DEFAULT = 12,
}

export class KeyedNoise {
  readonly seed: number;

  constructor(key: string) {
    this.seed = fnv1a32(key);
  }

  /** Uniform in [0, 1). */
  uniform(stream: NoiseStream, index: number, draw = 0): number {
    let hash = this.seed ^ imul(stream, 0x9e3779b1) ^ imul(index + 0x632be5ab, 0x85ebca6b);
    hash = imul(hash ^ imul(draw + 1, 0x27d4eb2f), 0xcc9e2d51);
    hash = imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash ^= hash >>> 16;
    return (hash >>> 0) / 4_294_967_296;
  }

  /** Standard normal (Box–Muller over two keyed uniforms). */
  normal(stream: NoiseStream, index: number, draw = 0): number {
    return standardNormal(this.uniform(stream, index, draw * 2), this.uniform(stream, index, draw * 2 + 1));
  }
}

export function standardNormal(u1: number, u2: number): number {
  return sqrt(-2 * log(1 - u1)) * cos(2 * PI * u2);
}

/** Poisson draw by inversion, for the small rates events have here. */
export function poisson(lambda: number, uniform: number): number {
  let k = 0;
  let probability = exp(-lambda);
  let cumulative = probability;
  while (uniform >= cumulative && k < 1_000) {
    k += 1;
    probability *= lambda / k;
    cumulative += probability;
  }
  return k;
}

export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}
