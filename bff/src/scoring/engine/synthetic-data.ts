import { mulberry32, type Random } from '@rongtong/shared';
import { Matrix, type Dataset, type FeatureSpec } from './dataset';

/**
 * Generated credit-like problems with a known signal, for tests and benchmarks (never for a real model): numeric
 * "ratios" of several shapes (normal, heavy-tailed, bounded shares, counts), a few categorical features, values
 * missing at random and missing because of the risk itself, non-linear effects and interactions, noise features,
 * and the intercept set so the positive rate is the one asked for.
 */
export interface SyntheticOptions {
  readonly rows: number;
  readonly features: number;
  readonly seed: number;
  /** Share of positives (defaults), e.g. 0.05. */
  readonly positiveRate: number;
  /** Share of values missing in the features that have missing values. */
  readonly missingRate: number;
  /** How many of the features are categorical. */
  readonly categorical: number;
  /** Share of features that carry signal (the rest are noise). */
  readonly informative: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = {
  rows: 5000,
  features: 20,
  seed: 1,
  positiveRate: 0.05,
  missingRate: 0.1,
  categorical: 2,
  informative: 0.5,
};

function gaussian(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

type Shape = 'normal' | 'lognormal' | 'share' | 'count';
const SHAPES: readonly Shape[] = ['normal', 'lognormal', 'share', 'count'];

/** Raw feature value from a latent standard normal. */
function shaped(shape: Shape, latent: number, random: Random): number {
  switch (shape) {
    case 'normal':
      return latent;
    case 'lognormal':
      return Math.round(Math.exp(2 + 1.5 * latent) * 100) / 100;
    case 'share':
      return Math.round((1 / (1 + Math.exp(-latent))) * 10000) / 10000;
    case 'count': {
      const rate = Math.exp(latent - 0.5);
      let count = 0;
      let product = random();
      const limit = Math.exp(-rate);
      while (product > limit && count < 50) {
        count += 1;
        product *= random();
      }
      return count;
    }
    default: {
      const unknown: never = shape;
      throw new Error(`unknown shape ${String(unknown)}`);
    }
  }
}

/** The risk effect of one latent value: linear, threshold, U-shaped or saturating. */
function effect(kind: number, latent: number): number {
  switch (kind % 4) {
    case 0:
      return latent;
    case 1:
      return latent > 0.8 ? 1.6 : 0;
    case 2:
      return 0.6 * (latent * latent - 1);
    default:
      return Math.tanh(1.5 * latent);
  }
}

export function syntheticProblem(input: Partial<SyntheticOptions> = {}): Dataset {
  const options = { ...DEFAULT_SYNTHETIC, ...input };
  const { rows, features: width, seed, positiveRate, missingRate } = options;
  const categorical = Math.min(options.categorical, width);
  const random = mulberry32(seed);
  const informative = Math.max(1, Math.round(width * options.informative));
  const specs: FeatureSpec[] = [];
  const shapes: Shape[] = [];
  const weights: number[] = [];
  const kinds: number[] = [];
  const missingness: ('none' | 'random' | 'risky')[] = [];
  for (let j = 0; j < width; j += 1) {
    const isCategorical = j >= width - categorical;
    specs.push(
      isCategorical
        ? { name: `c${j}`, kind: 'categorical', categories: Array.from({ length: 3 + (j % 6) }, (_, c) => `类别${c}`) }
        : { name: `x${j}`, kind: 'numeric' },
    );
    shapes.push(SHAPES[j % SHAPES.length]);
    const signal = j % Math.ceil(width / informative) === 0;
    weights.push(signal ? (0.2 + random() * 0.4) * (random() < 0.5 ? -1 : 1) : 0);
    kinds.push(Math.floor(random() * 4));
    const m = random();
    missingness.push(m < 0.5 ? 'none' : m < 0.8 ? 'random' : 'risky');
  }
  // Correlated latents: each one leans on its predecessor, as financial ratios share drivers.
  const latents = new Matrix(rows, width);
  const x = new Matrix(rows, width);
  const risk = new Float64Array(rows);
  const categoryEffects = specs.map((spec) => (spec.kind === 'categorical' ? spec.categories.map(() => gaussian(random) * 0.5) : []));
  for (let i = 0; i < rows; i += 1) {
    let previous = gaussian(random);
    let score = 0;
    for (let j = 0; j < width; j += 1) {
      const latent = 0.4 * previous + Math.sqrt(1 - 0.16) * gaussian(random);
      previous = latent;
      latents.set(i, j, latent);
      const spec = specs[j];
      if (spec.kind === 'categorical') {
        const code = Math.min(spec.categories.length - 1, Math.floor((1 / (1 + Math.exp(-latent))) * spec.categories.length));
        x.set(i, j, code);
        if (weights[j] !== 0) score += Math.abs(weights[j]) * categoryEffects[j][code];
      } else {
        x.set(i, j, shaped(shapes[j], latent, random));
        score += weights[j] * effect(kinds[j], latent);
      }
    }
    // Two interactions among the first informative features.
    if (width >= 3) score += 0.5 * latents.get(i, 0) * latents.get(i, Math.min(2, width - 1));
    risk[i] = score;
  }
  // Intercept by bisection so the mean probability is the positive rate.
  let low = -20;
  let high = 20;
  for (let step = 0; step < 60; step += 1) {
    const mid = (low + high) / 2;
    let mean = 0;
    for (let i = 0; i < rows; i += 1) mean += 1 / (1 + Math.exp(-(risk[i] + mid)));
    if (mean / rows > positiveRate) high = mid;
    else low = mid;
  }
  const intercept = (low + high) / 2;
  const y = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) y[i] = random() < 1 / (1 + Math.exp(-(risk[i] + intercept))) ? 1 : 0;
  // Missing values: at random, or more often for the riskier rows.
  for (let j = 0; j < width; j += 1) {
    if (missingness[j] === 'none') continue;
    for (let i = 0; i < rows; i += 1) {
      const rate = missingness[j] === 'random' ? missingRate : Math.min(0.9, missingRate * (y[i] === 1 ? 1.8 : 0.95));
      if (random() < rate) x.set(i, j, Number.NaN);
    }
  }
  return { features: specs, x, y };
}

/** The dataset as CSV text (header, then rows; missing values empty), as the CLI reads it. */
export function datasetToCsv(dataset: Dataset, target = 'default'): string {
  const header = [...dataset.features.map((feature) => feature.name), target].join(',');
  const lines = [header];
  for (let i = 0; i < dataset.x.rows; i += 1) {
    const cells = dataset.features.map((feature, j) => {
      const value = dataset.x.get(i, j);
      if (value !== value) return '';
      return feature.kind === 'categorical' ? feature.categories[value] : String(value);
    });
    cells.push(String(dataset.y[i]));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
