/**
 * Discrimination and calibration of predicted probabilities of the positive class (default), and the population
 * stability index between two score distributions.
 */

function checkLengths(labels: ArrayLike<number>, scores: ArrayLike<number>): void {
  if (labels.length !== scores.length) throw new RangeError(`${labels.length} labels but ${scores.length} scores`);
}

/** Row indices sorted by score ascending (ties by index, so the order is deterministic). */
function ascending(scores: ArrayLike<number>): Int32Array {
  const order = new Int32Array(scores.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  return order.sort((a, b) => scores[a] - scores[b] || a - b);
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random negative, ties counting
 * one half (the Mann–Whitney statistic with mid-ranks). NaN when one class is absent.
 */
export function auc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  checkLengths(labels, scores);
  const order = ascending(scores);
  let positives = 0;
  let rankSum = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j += 1;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) {
      if (labels[order[k]] === 1) {
        positives += 1;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * AUC in linear time, scores bucketed into `buckets` equal-width buckets (ties within a bucket count one half):
 * within about 1/buckets of the exact value, for watching a model improve round by round.
 */
export function bucketedAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, buckets = 4096): number {
  checkLengths(labels, scores);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i += 1) {
    if (scores[i] < low) low = scores[i];
    if (scores[i] > high) high = scores[i];
  }
  const positives = new Float64Array(buckets);
  const negatives = new Float64Array(buckets);
  const width = high > low ? (high - low) / buckets : 1;
  for (let i = 0; i < scores.length; i += 1) {
    const bucket = Math.min(buckets - 1, Math.floor((scores[i] - low) / width));
    if (labels[i] === 1) positives[bucket] += 1;
    else negatives[bucket] += 1;
  }
  let below = 0;
  let area = 0;
  let totalPositives = 0;
  for (let b = 0; b < buckets; b += 1) {
    area += positives[b] * (below + 0.5 * negatives[b]);
    below += negatives[b];
    totalPositives += positives[b];
  }
  const totalNegatives = below;
  if (totalPositives === 0 || totalNegatives === 0) return Number.NaN;
  return area / (totalPositives * totalNegatives);
}

/** Gini coefficient (accuracy ratio) = 2·AUC − 1. */
export function gini(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  return 2 * auc(labels, scores) - 1;
}

/**
 * Kolmogorov–Smirnov statistic: the largest gap between the cumulative share of positives and of negatives when
 * rows are taken from the highest score down, cut only between distinct scores.
 */
export function ks(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  checkLengths(labels, scores);
  const order = ascending(scores);
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) positives += labels[i] === 1 ? 1 : 0;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let seenPositives = 0;
  let seenNegatives = 0;
  let best = 0;
  for (let k = order.length - 1; k >= 0; k -= 1) {
    if (labels[order[k]] === 1) seenPositives += 1;
    else seenNegatives += 1;
    if (k > 0 && scores[order[k - 1]] === scores[order[k]]) continue;
    best = Math.max(best, Math.abs(seenPositives / positives - seenNegatives / negatives));
  }
  return best;
}

const PROBABILITY_FLOOR = 1e-15;

/** Mean negative log-likelihood of the labels, probabilities clipped to [1e-15, 1 − 1e-15]. */
export function logLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  checkLengths(labels, probabilities);
  let sum = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const p = Math.min(Math.max(probabilities[i], PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / labels.length;
}

/** Mean squared error of the probabilities. */
export function brier(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  checkLengths(labels, probabilities);
  let sum = 0;
  for (let i = 0; i < labels.length; i += 1) sum += (probabilities[i] - labels[i]) ** 2;
  return sum / labels.length;
}

export interface CalibrationBin {
  /** 1 = the tenth with the lowest predicted probabilities. */
  readonly decile: number;
  readonly rows: number;
  readonly meanPredicted: number;
  readonly observedRate: number;
}

/**
 * Calibration by decile of the predicted probability: rows sorted by prediction and cut into ten groups of equal
 * size (the first `rows mod 10` groups one larger), each with its mean prediction and observed positive rate.
 */
export function calibrationByDecile(labels: ArrayLike<number>, probabilities: ArrayLike<number>, groups = 10): CalibrationBin[] {
  checkLengths(labels, probabilities);
  const order = ascending(probabilities);
  const bins: CalibrationBin[] = [];
  const base = Math.floor(order.length / groups);
  const extra = order.length % groups;
  let start = 0;
  for (let d = 0; d < groups; d += 1) {
    const size = base + (d < extra ? 1 : 0);
    if (size === 0) continue;
    let predicted = 0;
    let observed = 0;
    for (let k = start; k < start + size; k += 1) {
      predicted += probabilities[order[k]];
      observed += labels[order[k]] === 1 ? 1 : 0;
    }
    bins.push({ decile: d + 1, rows: size, meanPredicted: predicted / size, observedRate: observed / size });
    start += size;
  }
  return bins;
}

/**
 * Population stability index of `actual` against `expected`: Σ (a − e)·ln(a / e) over the bins whose edges are
 * the deciles of `expected` (or the `edges` given), shares floored at 0.0001 so an empty bin stays finite.
 * Usual reading: < 0.1 stable, 0.1–0.25 some shift, > 0.25 a shift to act on.
 */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>, edges: readonly number[] = quantileEdges(expected, 10)): number {
  const expectedShares = binShares(expected, edges);
  const actualShares = binShares(actual, edges);
  let sum = 0;
  for (let b = 0; b < expectedShares.length; b += 1) {
    const e = Math.max(expectedShares[b], 1e-4);
    const a = Math.max(actualShares[b], 1e-4);
    sum += (a - e) * Math.log(a / e);
  }
  return sum;
}

/** Inner edges cutting `values` into `groups` groups of (about) equal size; repeated edges are merged. */
export function quantileEdges(values: ArrayLike<number>, groups: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const edges: number[] = [];
  for (let g = 1; g < groups; g += 1) {
    const edge = sorted[Math.min(sorted.length - 1, Math.floor((g * sorted.length) / groups))];
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/** Share of values in each bin: bin b holds edges[b−1] ≤ v < edges[b]. */
export function binShares(values: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i += 1) {
    let bin = 0;
    while (bin < edges.length && values[i] >= edges[bin]) bin += 1;
    counts[bin] += 1;
  }
  return counts.map((count) => (values.length === 0 ? 0 : count / values.length));
}

export interface BinaryMetrics {
  readonly rows: number;
  readonly positives: number;
  readonly auc: number;
  readonly ks: number;
  readonly gini: number;
  readonly logLoss: number;
  readonly brier: number;
  readonly calibration: readonly CalibrationBin[];
}

export function binaryMetrics(labels: ArrayLike<number>, probabilities: ArrayLike<number>): BinaryMetrics {
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) positives += labels[i] === 1 ? 1 : 0;
  const area = auc(labels, probabilities);
  return {
    rows: labels.length,
    positives,
    auc: area,
    ks: ks(labels, probabilities),
    gini: 2 * area - 1,
    logLoss: logLoss(labels, probabilities),
    brier: brier(labels, probabilities),
    calibration: calibrationByDecile(labels, probabilities),
  };
}
