import type { Dataset, FeatureSpec, Matrix } from './dataset';

/**
 * One column of the fusion's linear part, built from one feature:
 *  - `value`: the feature's value clipped to its 1st–99th percentile of the training rows, standardised; a missing
 *    value counts as the mean (0);
 *  - `missing`: 1 when the value is missing (only for features missing in enough training rows), standardised;
 *  - `category`: 1 when the category is `code` (categories frequent enough), standardised.
 * Each term is (raw − center) / scale, so a term's contribution to the margin is weight × that.
 */
export interface LinearTerm {
  readonly feature: number;
  readonly kind: 'value' | 'missing' | 'category';
  /** Category code of a `category` term. */
  readonly code?: number;
  /** Clip bounds of a `value` term. */
  readonly low?: number;
  readonly high?: number;
  readonly center: number;
  readonly scale: number;
}

export interface LinearTermOptions {
  /** Least rows a missing-indicator or category column must have (and also leave out). */
  readonly minRows: number;
  /** Most categories of one feature given a column of their own (the most frequent). */
  readonly maxCategories: number;
}

export const DEFAULT_LINEAR_TERM_OPTIONS: LinearTermOptions = { minRows: 10, maxCategories: 20 };

/** The raw (unstandardised) value of a term for one feature value. */
export function rawTermValue(term: LinearTerm, value: number): number {
  switch (term.kind) {
    case 'value':
      return value !== value ? term.center : Math.min(Math.max(value, term.low as number), term.high as number);
    case 'missing':
      return value !== value ? 1 : 0;
    case 'category':
      return value === term.code ? 1 : 0;
    default: {
      const unknown: never = term.kind;
      throw new Error(`unknown linear term ${String(unknown)}`);
    }
  }
}

export function termValue(term: LinearTerm, value: number): number {
  return (rawTermValue(term, value) - term.center) / term.scale;
}

function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(share * (sorted.length - 1))))];
}

function standardised(feature: number, kind: LinearTerm['kind'], raw: (value: number) => number, column: Float64Array, extra: Partial<LinearTerm>): LinearTerm | null {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < column.length; i += 1) {
    const v = raw(column[i]);
    sum += v;
    sumSquares += v * v;
  }
  const center = sum / column.length;
  const variance = sumSquares / column.length - center * center;
  if (!(variance > 1e-12)) return null;
  return { feature, kind, ...extra, center, scale: Math.sqrt(variance) };
}

/** The linear terms of the given features, learned from the training rows. */
export function buildLinearTerms(dataset: Dataset, featureIndices: readonly number[], options: LinearTermOptions = DEFAULT_LINEAR_TERM_OPTIONS): LinearTerm[] {
  const terms: LinearTerm[] = [];
  const rows = dataset.x.rows;
  for (const j of featureIndices) {
    const spec: FeatureSpec = dataset.features[j];
    const column = dataset.x.column(j);
    let missing = 0;
    for (let i = 0; i < rows; i += 1) if (column[i] !== column[i]) missing += 1;
    if (spec.kind === 'numeric') {
      const present = column.filter((value) => value === value).sort();
      if (present.length > 0) {
        const low = percentile(present, 0.01);
        const high = percentile(present, 0.99);
        let mean = 0;
        for (let i = 0; i < present.length; i += 1) mean += Math.min(Math.max(present[i], low), high);
        mean /= present.length;
        const valueTerm = standardised(j, 'value', (v) => (v !== v ? mean : Math.min(Math.max(v, low), high)), column, { low, high });
        if (valueTerm) terms.push(valueTerm);
      }
    } else {
      const counts = new Map<number, number>();
      for (let i = 0; i < rows; i += 1) if (column[i] === column[i]) counts.set(column[i], (counts.get(column[i]) ?? 0) + 1);
      const frequent = [...counts.entries()]
        .filter(([, count]) => count >= options.minRows && rows - count >= options.minRows)
        .sort(([codeA, a], [codeB, b]) => b - a || codeA - codeB)
        .slice(0, options.maxCategories);
      for (const [code] of frequent) {
        const term = standardised(j, 'category', (v) => (v === code ? 1 : 0), column, { code });
        if (term) terms.push(term);
      }
    }
    if (missing >= options.minRows && rows - missing >= options.minRows) {
      const term = standardised(j, 'missing', (v) => (v !== v ? 1 : 0), column, {});
      if (term) terms.push(term);
    }
  }
  return terms;
}

/** The standardised term values of every row, row-major (row i's terms at i × terms.length). */
export function linearDesign(terms: readonly LinearTerm[], x: Matrix): Float64Array {
  const width = terms.length;
  const out = new Float64Array(x.rows * width);
  terms.forEach((term, t) => {
    const column = x.column(term.feature);
    for (let i = 0; i < x.rows; i += 1) out[i * width + t] = termValue(term, column[i]);
  });
  return out;
}

/**
 * Adds Σ weight × term to `out` for every row of a column-major matrix: per term a slope and an offset on the raw
 * value (weight / scale and −weight × centre / scale), one tight loop per term kind. A missing value of a `value`
 * term adds 0, as its raw value is the centre.
 */
export function addLinearTerms(terms: readonly LinearTerm[], weights: Float64Array, x: Matrix, out: Float64Array): void {
  terms.forEach((term, t) => {
    const column = x.column(term.feature);
    const slope = weights[t] / term.scale;
    const offset = -slope * term.center;
    switch (term.kind) {
      case 'value': {
        const low = term.low as number;
        const high = term.high as number;
        for (let i = 0; i < column.length; i += 1) {
          const v = column[i];
          if (v === v) out[i] += slope * (v < low ? low : v > high ? high : v) + offset;
        }
        break;
      }
      case 'missing':
        for (let i = 0; i < column.length; i += 1) out[i] += column[i] !== column[i] ? slope + offset : offset;
        break;
      case 'category': {
        const code = term.code as number;
        for (let i = 0; i < column.length; i += 1) out[i] += column[i] === code ? slope + offset : offset;
        break;
      }
      default: {
        const unknown: never = term.kind;
        throw new Error(`unknown linear term ${String(unknown)}`);
      }
    }
  });
}
