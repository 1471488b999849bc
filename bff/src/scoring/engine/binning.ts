import type { FeatureSpec, Matrix } from './dataset';

/** A numeric feature's value bins: value v falls in the first bin b with v ≤ upper[b], or in the last bin. */
export interface NumericBinning {
  readonly kind: 'numeric';
  /** Upper bounds of every bin but the last (which is unbounded), ascending. */
  readonly upper: readonly number[];
}

/** A categorical feature's bins: bin b holds category code `codes[b]`; codes not listed go to the missing bin. */
export interface CategoricalBinning {
  readonly kind: 'categorical';
  readonly codes: readonly number[];
}

export type FeatureBinning = NumericBinning | CategoricalBinning;

/** At most this many value bins per feature; the missing bin comes after them, so a bin fits in one byte. */
export const MAX_BINS = 255;

/**
 * Maps raw values to small integers: quantile bins for a numeric feature (every distinct value its own bin when
 * there are at most `maxBins`), the `maxBins` most frequent categories for a categorical one. Each feature has
 * `binCount(j)` value bins, numbered 0…, and one missing bin numbered `binCount(j)` (NaN, unknown categories).
 */
export class BinMapper {
  /** Value bins of each feature. */
  readonly binCounts: Int32Array;
  /** The first histogram slot of each feature when all features' bins (missing included) are laid end to end. */
  readonly offsets: Int32Array;
  /** Total histogram slots: Σ (binCount + 1). */
  readonly totalBins: number;
  private readonly codeToBin: (Int32Array | undefined)[];
  private readonly uppers: (Float64Array | undefined)[];

  constructor(readonly binnings: readonly FeatureBinning[]) {
    this.binCounts = new Int32Array(binnings.length);
    this.offsets = new Int32Array(binnings.length);
    let total = 0;
    this.codeToBin = [];
    this.uppers = [];
    binnings.forEach((binning, j) => {
      if (binning.kind === 'numeric') {
        this.binCounts[j] = binning.upper.length + 1;
        this.uppers.push(Float64Array.from(binning.upper));
        this.codeToBin.push(undefined);
      } else {
        this.binCounts[j] = binning.codes.length;
        const maxCode = binning.codes.reduce((max, code) => Math.max(max, code), -1);
        const lookup = new Int32Array(maxCode + 1).fill(-1);
        binning.codes.forEach((code, bin) => (lookup[code] = bin));
        this.codeToBin.push(lookup);
        this.uppers.push(undefined);
      }
      if (this.binCounts[j] > MAX_BINS) throw new RangeError(`feature ${j} has more than ${MAX_BINS} bins`);
      this.offsets[j] = total;
      total += this.binCounts[j] + 1;
    });
    this.totalBins = total;
  }

  get features(): number {
    return this.binnings.length;
  }

  /** Learns the bins of every feature from the rows given (all rows when omitted). */
  static fit(x: Matrix, features: readonly FeatureSpec[], maxBins = MAX_BINS, rows?: ArrayLike<number>): BinMapper {
    if (maxBins < 2 || maxBins > MAX_BINS) throw new RangeError(`maxBins must be in 2–${MAX_BINS}`);
    const binnings = features.map((feature, j): FeatureBinning => {
      const column = x.column(j);
      const values = gather(column, rows);
      return feature.kind === 'numeric' ? numericBinning(values, maxBins) : categoricalBinning(values, maxBins);
    });
    return new BinMapper(binnings);
  }

  /** The bin of one raw value of feature j. */
  binOf(feature: number, value: number): number {
    const missing = this.binCounts[feature];
    if (value !== value) return missing;
    const upper = this.uppers[feature];
    if (upper) return upperBound(upper, value);
    const lookup = this.codeToBin[feature] as Int32Array;
    if (!Number.isInteger(value) || value < 0 || value >= lookup.length) return missing;
    const bin = lookup[value];
    return bin < 0 ? missing : bin;
  }

  /** The bins of every value, column-major like the matrix. */
  transform(x: Matrix): Uint8Array {
    if (x.columns !== this.features) throw new RangeError(`expected ${this.features} columns, got ${x.columns}`);
    const out = new Uint8Array(x.rows * x.columns);
    for (let j = 0; j < x.columns; j += 1) {
      const column = x.column(j);
      const target = out.subarray(j * x.rows, (j + 1) * x.rows);
      const upper = this.uppers[j];
      const missing = this.binCounts[j];
      if (upper) {
        for (let i = 0; i < column.length; i += 1) {
          const value = column[i];
          target[i] = value !== value ? missing : upperBound(upper, value);
        }
      } else {
        for (let i = 0; i < column.length; i += 1) target[i] = this.binOf(j, column[i]);
      }
    }
    return out;
  }

  /** The raw threshold of a numeric split after bin `bin`: values ≤ threshold go left. */
  threshold(feature: number, bin: number): number {
    const upper = this.uppers[feature];
    if (!upper) throw new RangeError(`feature ${feature} is categorical`);
    return bin < upper.length ? upper[bin] : Number.POSITIVE_INFINITY;
  }

  /** The category code of a categorical bin. */
  categoryCode(feature: number, bin: number): number {
    const binning = this.binnings[feature];
    if (binning.kind !== 'categorical') throw new RangeError(`feature ${feature} is numeric`);
    return binning.codes[bin];
  }
}

function gather(column: Float64Array, rows?: ArrayLike<number>): Float64Array {
  if (!rows) return column;
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) out[i] = column[rows[i]];
  return out;
}

/** Index of the first upper bound ≥ value (the bin of `value`). */
function upperBound(upper: Float64Array, value: number): number {
  let low = 0;
  let high = upper.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (value <= upper[mid]) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Equal-frequency bins over the distinct present values: every distinct value its own bin when they are few, else
 * bins closed greedily once they hold their share of the rows still to place (a value repeated more than a share
 * gets a bin of its own). Bounds sit halfway between neighbouring distinct values.
 */
export function numericBinning(values: Float64Array, maxBins: number): NumericBinning {
  const present = values.filter((value) => value === value).sort();
  if (present.length === 0) return { kind: 'numeric', upper: [] };
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < present.length; i += 1) {
    if (i === 0 || present[i] !== present[i - 1]) {
      distinct.push(present[i]);
      counts.push(1);
    } else counts[counts.length - 1] += 1;
  }
  const upper: number[] = [];
  const boundAfter = (index: number): number => {
    const low = distinct[index];
    const high = distinct[index + 1];
    const mid = low + (high - low) / 2;
    return mid < high ? mid : low;
  };
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i += 1) upper.push(boundAfter(i));
    return { kind: 'numeric', upper };
  }
  let remainingRows = present.length;
  let remainingBins = maxBins;
  let filled = 0;
  for (let i = 0; i + 1 < distinct.length && remainingBins > 1; i += 1) {
    filled += counts[i];
    const share = remainingRows / remainingBins;
    // Close the bin when it has its share, or when the next value alone would overfill it.
    if (filled >= share || filled + counts[i + 1] > share * 1.5) {
      upper.push(boundAfter(i));
      remainingRows -= filled;
      remainingBins -= 1;
      filled = 0;
    }
  }
  return { kind: 'numeric', upper };
}

/** The `maxBins` most frequent categories (ties by code), each its own bin. */
export function categoricalBinning(values: Float64Array, maxBins: number): CategoricalBinning {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const codes = [...counts.entries()]
    .sort(([codeA, countA], [codeB, countB]) => countB - countA || codeA - codeB)
    .slice(0, maxBins)
    .map(([code]) => code);
  return { kind: 'categorical', codes };
}
