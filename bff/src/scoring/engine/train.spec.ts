import { availableParallelism } from 'node:os';
import { mulberry32 } from '@rongtong/shared';
import { ArtifactError, buildArtifact, modelFromArtifact } from './artifact';
import { Matrix, subsetRows, type Dataset, type FeatureSpec } from './dataset';
import { auc } from './metrics';
import { encodeRecord, type ScoringModel } from './model';
import { syntheticProblem } from './synthetic-data';
import { train, TrainingError, type TrainResult } from './train';

const gaussian = (random: () => number) => Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

/**
 * A problem whose true probability is known: a logistic model with a linear part, a threshold, an interaction and
 * six noise features.
 */
function knownSignal(rows: number, seed: number): { dataset: Dataset; truth: Float64Array } {
  const random = mulberry32(seed);
  const features: FeatureSpec[] = Array.from({ length: 10 }, (_, j) => ({ name: `x${j}`, kind: 'numeric' }));
  const x = new Matrix(rows, 10);
  const y = new Uint8Array(rows);
  const truth = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < 10; j += 1) x.set(i, j, gaussian(random));
    const margin = -3 + 1.2 * x.get(i, 0) - 0.8 * x.get(i, 1) + (x.get(i, 2) > 0.5 ? 0.9 : 0) + 0.6 * x.get(i, 3) * x.get(i, 4);
    truth[i] = sigmoid(margin);
    y[i] = random() < truth[i] ? 1 : 0;
  }
  return { dataset: { features, x, y }, truth };
}

const FAST = { gbdt: { learningRate: 0.2 }, earlyStoppingRounds: 15 } as const;

function rowsOf(dataset: Dataset): Float64Array[] {
  return Array.from({ length: dataset.x.rows }, (_, i) => dataset.x.row(i));
}

function artifactJson(result: TrainResult): string {
  const artifact = buildArtifact(result, {
    target: { column: 'default', positive: '1' },
    droppedColumns: [],
    trainingData: { sha256: 'a'.repeat(64), rows: result.report.rows, positives: result.report.positives },
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
  return JSON.stringify({ ...artifact, metrics: { ...artifact.metrics, trainingSeconds: 0 } });
}

describe('training', () => {
  const problem = syntheticProblem({ rows: 1500, features: 8, categorical: 2, positiveRate: 0.08, seed: 4 });
  let first: TrainResult;

  beforeAll(() => {
    first = train(problem, { ...FAST, seed: 7 });
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const again = train(problem, { ...FAST, seed: 7 });
    expect(artifactJson(again)).toBe(artifactJson(first));
    const other = train(problem, { ...FAST, seed: 8 });
    expect(artifactJson(other)).not.toBe(artifactJson(first));
  });

  it('grows the same trees whether the fold models share one thread or are spread over worker threads', () => {
    // 2,000 × 30 values: enough for the threads to be used.
    const larger = syntheticProblem({ rows: 2000, features: 30, categorical: 2, positiveRate: 0.08, seed: 5 });
    const withoutThreads = (result: TrainResult) => artifactJson(result).replace(/"threads":\d+/, '');
    const local = train(larger, { ...FAST, threads: 1 });
    const threaded = train(larger, { ...FAST, threads: 2 });
    expect(local.report.threads).toBe(1);
    expect(threaded.report.threads).toBe(Math.min(2, availableParallelism()));
    expect(withoutThreads(threaded)).toBe(withoutThreads(local));
  });

  it('clears the AUC bar on a problem with a known signal: within 0.04 of the true probabilities, and ≥ 0.79', () => {
    const { dataset, truth } = knownSignal(6000, 11);
    const trainRows = Int32Array.from({ length: 3000 }, (_, i) => i);
    const testRows = Int32Array.from({ length: 3000 }, (_, i) => i + 3000);
    const { model } = train(subsetRows(dataset, trainRows), FAST);
    const test = subsetRows(dataset, testRows);
    const engineAuc = auc(test.y, model.marginBatch(test.x));
    const bayesAuc = auc(test.y, truth.subarray(3000));
    expect(engineAuc).toBeGreaterThan(bayesAuc - 0.04);
    expect(engineAuc).toBeGreaterThan(0.79);
  });

  it('refuses one class, and options out of range', () => {
    const oneClass: Dataset = { ...problem, y: new Uint8Array(problem.y.length) };
    expect(() => train(oneClass)).toThrow(TrainingError);
    expect(() => train(problem, { gbdt: { learningRate: 0 } })).toThrow(/learningRate/);
    expect(() => train(problem, { folds: 1 })).toThrow(/folds/);
  });

  it('reports out-of-fold metrics of the model it kept', () => {
    const { report } = first;
    expect(report.rows).toBe(1500);
    expect(report.folds).toBe(4);
    expect(report.validation.auc).toBeGreaterThan(0.6);
    expect(report.outOfFold).toHaveLength(1500);
    expect(report.candidates.fusion).not.toBeNull();
    expect(first.model.forests.map((forest) => forest.trees.length)).toEqual([report.rounds, report.rounds, report.rounds, report.rounds]);
  });
});

describe('missing values', () => {
  /**
   * Feature 0: high values are risky and so is a missing value (missing should go with the high values, right);
   * feature 1: high values are risky but a missing value is safe (missing should go left).
   */
  function missingBothWays(): Dataset {
    const random = mulberry32(3);
    const rows = 4000;
    const x = new Matrix(rows, 2);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i += 1) {
      const a = gaussian(random);
      const b = gaussian(random);
      const aMissing = random() < 0.2;
      const bMissing = random() < 0.2;
      const margin = -2.5 + (aMissing ? 1.5 : 1.2 * a) + (bMissing ? -1.5 : 1.2 * b);
      y[i] = random() < sigmoid(margin) ? 1 : 0;
      x.set(i, 0, aMissing ? Number.NaN : a);
      x.set(i, 1, bMissing ? Number.NaN : b);
    }
    return { features: [{ name: 'a', kind: 'numeric' }, { name: 'b', kind: 'numeric' }], x, y };
  }

  it('learns the default way of each split: right for a risky missing value, left for a safe one', () => {
    const { model } = train(missingBothWays(), { ...FAST, fusion: { enabled: false } });
    const ways: Record<number, number[]> = { 0: [], 1: [] };
    for (const tree of model.forests.flatMap((forest) => forest.trees)) {
      // The root split of each tree decides most rows; its default way is what the data taught.
      if (tree.feature[0] >= 0) ways[tree.feature[0]].push(tree.defaultLeft[0]);
    }
    const leftShare = (list: number[]) => list.reduce((sum, way) => sum + way, 0) / list.length;
    expect(ways[0].length).toBeGreaterThan(0);
    expect(ways[1].length).toBeGreaterThan(0);
    expect(leftShare(ways[0])).toBeLessThan(0.2);
    expect(leftShare(ways[1])).toBeGreaterThan(0.8);
    // And so the scores: a missing value of a scores like a high value of a, a missing b like a low b.
    const pd = (a: number, b: number) => model.probability(Float64Array.of(a, b));
    expect(pd(Number.NaN, 0)).toBeGreaterThan(pd(0, 0));
    expect(pd(0, Number.NaN)).toBeLessThan(pd(0, 0));
  });

  it('sends a value missing at scoring time, never missing in training, the way most training rows went', () => {
    // No value is missing in this problem: every split's default way must be its heavier child.
    const { dataset } = knownSignal(2000, 5);
    const { model } = train(dataset, { ...FAST, fusion: { enabled: false } });
    let splits = 0;
    for (const tree of model.forests.flatMap((forest) => forest.trees)) {
      for (let node = 0; node < tree.feature.length; node += 1) {
        if (tree.feature[node] < 0) continue;
        splits += 1;
        expect(tree.defaultLeft[node]).toBe(tree.cover[tree.left[node]] >= tree.cover[tree.right[node]] ? 1 : 0);
      }
    }
    expect(splits).toBeGreaterThan(10);
  });
});

describe('categorical features', () => {
  it('splits by category sets and sends an unknown category the default way', () => {
    const random = mulberry32(9);
    const rows = 3000;
    const categories = ['甲', '乙', '丙', '丁', '戊'];
    const x = new Matrix(rows, 2);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i += 1) {
      const code = Math.floor(random() * 5);
      const value = gaussian(random);
      // 乙 and 丁 are risky; nothing ordinal about it.
      const margin = -2.2 + (code === 1 || code === 3 ? 1.6 : 0) + 0.5 * value;
      x.set(i, 0, code);
      x.set(i, 1, value);
      y[i] = random() < sigmoid(margin) ? 1 : 0;
    }
    const features: FeatureSpec[] = [{ name: 'sector', kind: 'categorical', categories }, { name: 'v', kind: 'numeric' }];
    const { model } = train({ features, x, y }, { ...FAST, fusion: { enabled: false } });
    const pd = (sector: string | null) => model.probability(encodeRecord(features, { sector, v: 0 }));
    expect(Math.min(pd('乙'), pd('丁'))).toBeGreaterThan(Math.max(pd('甲'), pd('丙'), pd('戊')));
    expect(Number.isFinite(pd('未知行业'))).toBe(true);
    expect(pd('未知行业')).toBe(pd(null));
  });
});

describe('the fusion', () => {
  /** Five "dimension scores" acting linearly, plus a non-linear raw feature. */
  function withDimensions(): Dataset {
    const random = mulberry32(21);
    const rows = 3000;
    const names = ['operating', 'solvency', 'growth', 'outlook', 'records', 'raw'];
    const x = new Matrix(rows, names.length);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i += 1) {
      let margin = -2.5;
      for (let j = 0; j < 5; j += 1) {
        const score = 50 + 15 * gaussian(random);
        x.set(i, j, score);
        margin -= 0.035 * (score - 50);
      }
      const raw = gaussian(random);
      x.set(i, 5, raw);
      margin += Math.abs(raw) > 1.5 ? 1 : 0;
      y[i] = random() < sigmoid(margin) ? 1 : 0;
    }
    return { features: names.map((name) => ({ name, kind: 'numeric' })), x, y };
  }

  it('fits the dimension scores linearly and is kept when it validates better', () => {
    const dataset = withDimensions();
    const { model, report } = train(dataset, { ...FAST, fusion: { dimensionFeatures: ['operating', 'solvency', 'growth', 'outlook', 'records'] } });
    expect(report.model).toBe('fusion');
    expect(model.kind).toBe('fusion');
    expect((report.candidates.fusion as { auc: number }).auc).toBeGreaterThan(report.candidates.gbdt.auc);
    // Every dimension term pulls the right way: a higher dimension score means less risk.
    const terms = model.fusion?.terms ?? [];
    expect(terms.map((term) => term.feature)).toEqual([0, 1, 2, 3, 4]);
    model.fusion?.termWeights.forEach((weight) => expect(weight).toBeLessThan(0));
  });

  it('refuses a dimension that is not a feature', () => {
    expect(() => train(withDimensions(), { ...FAST, fusion: { dimensionFeatures: ['liquidity'] } })).toThrow(/liquidity/);
  });
});

describe('explanations and artifacts', () => {
  const dataset = syntheticProblem({ rows: 1200, features: 6, categorical: 1, positiveRate: 0.1, seed: 12 });
  let gbdt: TrainResult;
  let fusion: TrainResult;

  beforeAll(() => {
    gbdt = train(dataset, { ...FAST, fusion: { enabled: false } });
    // A negative required gain keeps the fusion whatever it scores.
    fusion = train(dataset, { ...FAST, fusion: { minAucGain: -1 } });
  });

  it('TreeSHAP contributions and the linear terms sum to the margin', () => {
    for (const { model } of [gbdt, fusion]) {
      for (const row of rowsOf(dataset).slice(0, 40)) {
        const explanation = model.explain(row);
        const total = explanation.contributions.reduce((sum, contribution) => sum + contribution.value, explanation.expected);
        expect(total).toBeCloseTo(explanation.margin, 9);
        expect(explanation.margin).toBe(model.margin(row));
      }
    }
    expect(fusion.model.kind).toBe('fusion');
  });

  it('reason codes are the features raising the risk most, largest first', () => {
    const row = rowsOf(dataset).find((values) => gbdt.model.probability(values) > 0.2) as Float64Array;
    const reasons = gbdt.model.reasonCodes(row, 3);
    expect(reasons.length).toBeGreaterThan(0);
    reasons.forEach((reason, i) => {
      expect(reason.value).toBeGreaterThan(0);
      if (i > 0) expect(reason.value).toBeLessThanOrEqual(reasons[i - 1].value);
    });
  });

  it('an artifact loads back into a model that predicts exactly the same', () => {
    for (const result of [gbdt, fusion]) {
      const loaded: ScoringModel = modelFromArtifact(JSON.parse(artifactJson(result)));
      expect(loaded.kind).toBe(result.model.kind);
      expect(Array.from(loaded.marginBatch(dataset.x))).toEqual(Array.from(result.model.marginBatch(dataset.x)));
      const row = dataset.x.row(3);
      expect(loaded.score(row)).toEqual(result.model.score(row));
      expect(loaded.explain(row)).toEqual(result.model.explain(row));
    }
  });

  it('the batch and the one-row scorer agree', () => {
    const batch = fusion.model.marginBatch(dataset.x);
    rowsOf(dataset).forEach((row, i) => expect(fusion.model.margin(row)).toBeCloseTo(batch[i], 12));
  });

  it('a damaged artifact is refused with the field named', () => {
    const good = JSON.parse(artifactJson(gbdt));
    expect(() => modelFromArtifact({ ...good, formatVersion: 2 })).toThrow(/formatVersion/);
    const badChild = JSON.parse(artifactJson(gbdt));
    badChild.forests[0].trees[0].left[0] = 0;
    expect(() => modelFromArtifact(badChild)).toThrow(ArtifactError);
    const badFeature = JSON.parse(artifactJson(gbdt));
    badFeature.forests[0].trees[0].feature[0] = 99;
    expect(() => modelFromArtifact(badFeature)).toThrow(/forests\[0\].trees\[0\].feature\[0\]/);
    const notANumber = JSON.parse(artifactJson(gbdt));
    notANumber.forests[0].trees[0].value[1] = 'x';
    expect(() => modelFromArtifact(notANumber)).toThrow(/forests\[0\].trees\[0\].value\[1\]/);
    expect(() => modelFromArtifact({ ...good, forests: [] })).toThrow(/forests/);
  });

  it('records the training data hash, the parameters, the winner and a score baseline', () => {
    const artifact = JSON.parse(artifactJson(fusion));
    expect(artifact).toMatchObject({ format: 'rongtong-credit-model', formatVersion: 1, model: 'fusion' });
    expect(artifact.trainingData.sha256).toHaveLength(64);
    expect(artifact.parameters.gbdt.learningRate).toBe(0.2);
    expect(artifact.scoreBaseline.shares.reduce((sum: number, share: number) => sum + share, 0)).toBeCloseTo(1, 9);
    expect(artifact.metrics.validation.calibration).toHaveLength(10);
  });
});
