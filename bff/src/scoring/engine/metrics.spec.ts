import { auc, binaryMetrics, binShares, brier, bucketedAuc, calibrationByDecile, gini, ks, logLoss, psi, quantileEdges } from './metrics';

describe('metrics on hand-computed cases', () => {
  it('AUC counts the ordered positive–negative pairs, ties one half', () => {
    // Pairs (positive score > negative score): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes → 3 of 4.
    expect(auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
    // One tie between a positive and a negative: (1 + 0.5 + 1 + 1) / 4.
    expect(auc([0, 0, 1, 1], [0.1, 0.4, 0.4, 0.8])).toBeCloseTo(0.875, 12);
    expect(auc([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1])).toBe(1);
    expect(auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])).toBe(0);
    expect(auc([1, 1], [0.1, 0.2])).toBeNaN();
  });

  it('Gini is 2·AUC − 1', () => {
    expect(gini([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.5, 12);
  });

  it('the bucketed AUC is within a bucket of the exact one', () => {
    const labels: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      labels.push(i % 7 === 0 || i % 11 === 0 ? 1 : 0);
      scores.push(Math.sin(i) + (labels[i] ? 0.5 : 0));
    }
    expect(Math.abs(bucketedAuc(labels, scores) - auc(labels, scores))).toBeLessThan(1e-3);
  });

  it('KS is the largest gap between the cumulative shares, cut between distinct scores', () => {
    // From the top: 0.8 (pos) → TPR 1/2, FPR 0 → 0.5; 0.4 (neg) → 1/2, 1/2; 0.35 (pos) → 1, 1/2 → 0.5; 0.1 → 1, 1.
    expect(ks([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.5, 12);
    expect(ks([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1])).toBe(1);
    // A tie is not split: both rows at 0.5 enter together.
    expect(ks([1, 0], [0.5, 0.5])).toBe(0);
  });

  it('log loss and Brier score', () => {
    expect(logLoss([1, 0], [0.8, 0.4])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 12);
    expect(brier([1, 0], [0.8, 0.4])).toBeCloseTo((0.04 + 0.16) / 2, 12);
    // Certain and wrong is large but finite.
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-15), 6);
  });

  it('calibration by decile sorts by prediction and cuts ten equal groups', () => {
    const probabilities = Array.from({ length: 20 }, (_, i) => i / 20);
    const labels = probabilities.map((_, i) => (i >= 18 ? 1 : 0));
    const bins = calibrationByDecile(labels, probabilities);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ decile: 1, rows: 2, observedRate: 0 });
    expect(bins[0].meanPredicted).toBeCloseTo(0.025, 12);
    expect(bins[9]).toMatchObject({ decile: 10, rows: 2, observedRate: 1 });
    expect(bins[9].meanPredicted).toBeCloseTo(0.925, 12);
  });

  it('binary metrics put them together', () => {
    const metrics = binaryMetrics([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(metrics).toMatchObject({ rows: 4, positives: 2 });
    expect(metrics.auc).toBeCloseTo(0.75, 12);
    expect(metrics.gini).toBeCloseTo(0.5, 12);
  });
});

describe('population stability index', () => {
  it('is 0 for the same distribution and grows with a shift', () => {
    const expected = Array.from({ length: 1000 }, (_, i) => i);
    expect(psi(expected, expected)).toBeCloseTo(0, 12);
    const shifted = expected.map((value) => value + 100);
    const shiftedMore = expected.map((value) => value + 300);
    expect(psi(expected, shifted)).toBeGreaterThan(0.05);
    expect(psi(expected, shiftedMore)).toBeGreaterThan(psi(expected, shifted));
  });

  it('matches Σ (a − e) ln(a / e) on given edges', () => {
    // Edges [10, 20]: expected shares 0.5 / 0.25 / 0.25, actual 0.25 / 0.25 / 0.5.
    const expected = [1, 2, 15, 25];
    const actual = [1, 15, 25, 30];
    const value = 0.25 * Math.log(0.5) * -1 + 0 + 0.25 * Math.log(2);
    expect(binShares(expected, [10, 20])).toEqual([0.5, 0.25, 0.25]);
    expect(psi(expected, actual, [10, 20])).toBeCloseTo(value, 12);
  });

  it('keeps an empty bin finite', () => {
    expect(Number.isFinite(psi([1, 2, 3, 4], [100, 100, 100, 100], [2, 3]))).toBe(true);
  });

  it('quantile edges cut into equal groups and merge repeats', () => {
    expect(quantileEdges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([3, 5, 7, 9]);
    expect(quantileEdges([1, 1, 1, 1, 2], 5)).toEqual([1, 2]);
  });
});
