import { BinMapper, MAX_BINS } from './binning';
import { countPositives, Matrix, type Dataset } from './dataset';
import { foldRows, stratifiedFolds } from './folds';
import { averageFits, fitFusion, fusionMargin, type FusionDesign, type FusionFit, type FusionPenalty } from './fusion';
import { binData, Booster, sigmoid, TreeGrower, type BinnedData, type GbdtParams, type TrainingTree } from './gbdt';
import { buildLinearTerms, linearDesign, type LinearTerm } from './linear';
import { fitLogisticNewton, logLossFromMargin } from './logistic';
import { auc, binaryMetrics, bucketedAuc, type BinaryMetrics } from './metrics';
import { ScoringModel, type Calibration, type Forest, type FusionPart, type ModelKind } from './model';
import { mulberry32 } from '@rongtong/shared';

/** What the engine does when given no options: see README "Defaults and why". */
export interface TrainOptions {
  readonly gbdt: GbdtParams;
  /** Folds of the cross-fit: each fold model trains on the other folds, early stopping and the fusion read the held-out fold. */
  readonly folds: number;
  readonly maxRounds: number;
  /** Stop when the out-of-fold metric has not improved for this many rounds. */
  readonly earlyStoppingRounds: number;
  readonly earlyStoppingMetric: StoppingMetric;
  readonly maxBins: number;
  readonly seed: number;
  readonly fusion: FusionOptions;
}

export type StoppingMetric = 'auc' | 'logLoss';

export interface FusionOptions {
  readonly enabled: boolean;
  /**
   * Features that are the five dimension scores: when given, the regression's linear part is these alone;
   * otherwise (`rawLinear`) every feature, standardised, or none.
   */
  readonly dimensionFeatures: readonly string[];
  readonly rawLinear: boolean;
  /** Penalties tried for the linear weights, the leaves kept at their boosted values. */
  readonly linearPenalties: readonly number[];
  /** Penalties then tried for the leaf weights (pulling towards the boosted values), with the best linear one. */
  readonly leafPenalties: readonly number[];
  /** The fusion is kept only when its out-of-fold AUC beats plain boosting by at least this. */
  readonly minAucGain: number;
}

export const DEFAULT_GBDT_PARAMS: GbdtParams = {
  learningRate: 0.05,
  maxDepth: 5,
  maxLeaves: 24,
  minChildWeight: 1,
  lambda: 1,
  minSplitGain: 0,
  subsample: 0.8,
  colsample: 0.5,
  categorySmoothing: 10,
  maxCategorySet: 32,
};

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  gbdt: DEFAULT_GBDT_PARAMS,
  folds: 4,
  maxRounds: 2000,
  earlyStoppingRounds: 50,
  earlyStoppingMetric: 'auc',
  maxBins: MAX_BINS,
  seed: 42,
  fusion: {
    enabled: true,
    dimensionFeatures: [],
    rawLinear: true,
    linearPenalties: [3, 30, 300],
    leafPenalties: [10, 100],
    minAucGain: 0.001,
  },
};

export interface Candidate {
  readonly auc: number;
  readonly logLoss: number;
}

export interface TrainingReport {
  readonly rows: number;
  readonly positives: number;
  readonly folds: number;
  /** Trees per fold model after early stopping. */
  readonly rounds: number;
  readonly model: ModelKind;
  /** Out-of-fold figures of both candidates (the fusion's from a nested split: see README). */
  readonly candidates: { readonly gbdt: Candidate; readonly fusion: (Candidate & { readonly penalty: FusionPenalty }) | null };
  /** Out-of-fold metrics of the model kept. */
  readonly validation: BinaryMetrics;
  /** Out-of-fold probabilities of the model kept, per training row (for score distributions and PSI). */
  readonly outOfFold: Float64Array;
  readonly seconds: number;
}

export interface TrainResult {
  readonly model: ScoringModel;
  readonly report: TrainingReport;
  /** The options in force (folds lowered when a class had fewer rows than folds). */
  readonly options: TrainOptions;
  readonly mapper: BinMapper;
}

export type TrainOptionsInput = Partial<Omit<TrainOptions, 'gbdt' | 'fusion'>> & {
  readonly gbdt?: Partial<GbdtParams>;
  readonly fusion?: Partial<FusionOptions>;
};

export function resolveOptions(input: TrainOptionsInput = {}): TrainOptions {
  return {
    ...DEFAULT_TRAIN_OPTIONS,
    ...input,
    gbdt: { ...DEFAULT_GBDT_PARAMS, ...input.gbdt },
    fusion: { ...DEFAULT_TRAIN_OPTIONS.fusion, ...input.fusion },
  };
}

export class TrainingError extends Error {}

function checkOptions(options: TrainOptions): void {
  const { gbdt } = options;
  const positive = (value: number) => Number.isFinite(value) && value > 0;
  const checks: [boolean, string][] = [
    [positive(gbdt.learningRate) && gbdt.learningRate <= 1, 'learningRate must be in (0, 1]'],
    [Number.isInteger(gbdt.maxDepth) && gbdt.maxDepth >= 1 && gbdt.maxDepth <= 16, 'maxDepth must be an integer in 1–16'],
    [Number.isInteger(gbdt.maxLeaves) && gbdt.maxLeaves >= 2 && gbdt.maxLeaves <= 1024, 'maxLeaves must be an integer in 2–1024'],
    [gbdt.minChildWeight >= 0, 'minChildWeight must be ≥ 0'],
    [gbdt.lambda >= 0, 'lambda must be ≥ 0'],
    [gbdt.minSplitGain >= 0, 'minSplitGain must be ≥ 0'],
    [positive(gbdt.subsample) && gbdt.subsample <= 1, 'subsample must be in (0, 1]'],
    [positive(gbdt.colsample) && gbdt.colsample <= 1, 'colsample must be in (0, 1]'],
    [Number.isInteger(options.folds) && options.folds >= 2 && options.folds <= 10, 'folds must be an integer in 2–10'],
    [Number.isInteger(options.maxRounds) && options.maxRounds >= 1, 'maxRounds must be a positive integer'],
    [Number.isInteger(options.earlyStoppingRounds) && options.earlyStoppingRounds >= 1, 'earlyStoppingRounds must be a positive integer'],
    [Number.isInteger(options.seed) && options.seed >= 0, 'seed must be a non-negative integer'],
  ];
  for (const [ok, message] of checks) if (!ok) throw new TrainingError(message);
}

/** What early stopping minimises: the out-of-fold log-loss, or minus the (bucketed) AUC. */
function stoppingLoss(metric: StoppingMetric, y: Uint8Array, margins: Float64Array): number {
  if (metric === 'auc') return -bucketedAuc(y, margins);
  let loss = 0;
  for (let i = 0; i < y.length; i += 1) loss += logLossFromMargin(margins[i], y[i]);
  return loss / y.length;
}

/** The fold models, grown side by side and stopped together at the round with the best out-of-fold log-loss. */
function boostFolds(data: BinnedData, y: Uint8Array, assignment: Uint8Array, options: TrainOptions): { boosters: Booster[]; oofMargin: Float64Array } {
  const grower = new TreeGrower(data, options.gbdt);
  const g = new Float64Array(data.rows);
  const h = new Float64Array(data.rows);
  const seeds = mulberry32(options.seed ^ 0x5bd1e995);
  const boosters: Booster[] = [];
  for (let k = 0; k < options.folds; k += 1) {
    const { outOfFold } = foldRows(assignment, k);
    boosters.push(new Booster(data, grower, options.gbdt, y, Int32Array.from(outOfFold), Math.floor(seeds() * 2 ** 32), g, h));
  }
  const oofMargin = new Float64Array(data.rows);
  let bestLoss = Number.POSITIVE_INFINITY;
  let bestRound = 0;
  for (let round = 1; round <= options.maxRounds; round += 1) {
    for (const booster of boosters) booster.round();
    for (let i = 0; i < data.rows; i += 1) oofMargin[i] = boosters[assignment[i]].margin[i];
    const loss = stoppingLoss(options.earlyStoppingMetric, y, oofMargin);
    if (round === 1 || loss < bestLoss - 1e-9 * Math.abs(bestLoss)) {
      bestLoss = loss;
      bestRound = round;
    } else if (round - bestRound >= options.earlyStoppingRounds) break;
  }
  const keep = Math.max(1, bestRound);
  for (const booster of boosters) booster.truncate(keep);
  for (let i = 0; i < data.rows; i += 1) oofMargin[i] = boosters[assignment[i]].margin[i];
  return { boosters, oofMargin };
}

/** The leaf each row reaches in a tree, by the binned values. */
function leafOfBinnedRow(tree: TrainingTree, data: BinnedData, row: number): number {
  const { feature, left, right, defaultLeft } = tree.tree;
  const { bins, rows, mapper } = data;
  let node = 0;
  let f = feature[0];
  while (f >= 0) {
    const bin = bins[f * rows + row];
    let goLeft: boolean;
    if (bin === mapper.binCounts[f]) goLeft = defaultLeft[node] === 1;
    else {
      const set = tree.leftBins[node];
      goLeft = set ? set[bin] === 1 : bin <= tree.splitBin[node];
    }
    node = goLeft ? left[node] : right[node];
    f = feature[node];
  }
  return node;
}

interface FusionSetup {
  readonly design: FusionDesign;
  /** Index (into the design's leaves) of the first node of each fold model's tree: [k][t]. */
  readonly treeOffsets: number[][];
  readonly terms: LinearTerm[];
}

/** Which features feed the linear part: the dimension scores when named, else every feature (or none). */
function linearFeatureIndices(dataset: Dataset, fusion: FusionOptions): number[] {
  if (fusion.dimensionFeatures.length > 0) {
    const names = new Map(dataset.features.map((feature, j) => [feature.name, j]));
    return fusion.dimensionFeatures.map((name) => {
      const index = names.get(name);
      if (index === undefined) throw new TrainingError(`dimension feature ${name} is not among the features`);
      return index;
    });
  }
  return fusion.rawLinear ? dataset.features.map((_, j) => j) : [];
}

/**
 * The cross-fitted encoding: row i is encoded by the fold model that did not train on it. Leaf priors and base
 * margins are the calibrated boosted values, so the regression starts from the calibrated boosted model.
 */
function fusionSetup(dataset: Dataset, data: BinnedData, assignment: Uint8Array, boosters: Booster[], calibration: Calibration, options: TrainOptions): FusionSetup {
  const rows = data.rows;
  const trees = boosters[0].trees.length;
  const treeOffsets: number[][] = [];
  const priors: number[] = [];
  for (const booster of boosters) {
    treeOffsets.push(
      booster.trees.map((trainingTree) => {
        const from = priors.length;
        const { value, feature } = trainingTree.tree;
        for (let node = 0; node < value.length; node += 1) priors.push(feature[node] < 0 ? calibration.slope * value[node] : 0);
        return from;
      }),
    );
  }
  const leafIndex = new Int32Array(rows * trees);
  const base = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const k = assignment[i];
    base[i] = calibration.slope * boosters[k].baseMargin + calibration.intercept;
    for (let t = 0; t < trees; t += 1) leafIndex[i * trees + t] = treeOffsets[k][t] + leafOfBinnedRow(boosters[k].trees[t], data, i);
  }
  const terms = buildLinearTerms(dataset, linearFeatureIndices(dataset, options.fusion));
  const design: FusionDesign = {
    rows,
    trees,
    leafIndex,
    base,
    dense: linearDesign(terms, dataset.x),
    width: terms.length,
    leafPrior: Float64Array.from(priors),
  };
  return { design, treeOffsets, terms };
}

/** Splits the rows into two halves (stratified, seeded): a fusion is judged by fitting on one, scoring the other. */
function halves(y: Uint8Array, seed: number): [Int32Array, Int32Array] {
  const side = stratifiedFolds(y, 2, seed);
  const { inFold, outOfFold } = foldRows(side, 0);
  return [Int32Array.from(inFold), Int32Array.from(outOfFold)];
}

function candidate(y: Uint8Array, margins: Float64Array): Candidate {
  let loss = 0;
  for (let i = 0; i < y.length; i += 1) loss += logLossFromMargin(margins[i], y[i]);
  return { auc: auc(y, margins), logLoss: loss / y.length };
}

/** Platt scaling of the out-of-fold margins: the slope and intercept of a logistic regression on them. */
function calibrate(y: Uint8Array, margins: Float64Array): Calibration {
  const fit = fitLogisticNewton(new Matrix(margins.length, 1, Float64Array.from(margins)), y, { lambda: 1e-6 });
  // A slope that is not positive would turn the ranking round: keep the raw margins then.
  if (!(fit.weights[0] > 0) || !Number.isFinite(fit.intercept)) return { slope: 1, intercept: 0 };
  return { slope: fit.weights[0], intercept: fit.intercept };
}

interface JudgedFusion {
  readonly penalty: FusionPenalty;
  readonly margins: Float64Array;
  readonly candidate: Candidate;
  readonly start: FusionFit;
}

/** Fits on each half, scores the other half: out-of-sample margins of one penalty. */
function judgeFusion(design: FusionDesign, y: Uint8Array, [first, second]: [Int32Array, Int32Array], penalty: FusionPenalty, start?: FusionFit): JudgedFusion {
  const margins = new Float64Array(y.length);
  const fitFirst = fitFusion(design, y, first, penalty, start);
  const fitSecond = fitFusion(design, y, second, penalty, start);
  for (const row of second) margins[row] = fusionMargin(design, fitFirst, row);
  for (const row of first) margins[row] = fusionMargin(design, fitSecond, row);
  return { penalty, margins, candidate: candidate(y, margins), start: averageFits(fitFirst, fitSecond) };
}

/**
 * The fusion's penalties, searched in two steps on the nested halves: the linear penalty with the leaves at their
 * boosted values, then the leaf penalty with that linear penalty. Returns the best by AUC (null when the fusion has
 * nothing to fit: no linear terms and no leaf penalty).
 */
function searchFusion(setup: FusionSetup, y: Uint8Array, seed: number, fusion: FusionOptions): JudgedFusion | null {
  const split = halves(y, seed);
  let best: JudgedFusion | null = null;
  const better = (judged: JudgedFusion) => !best || judged.candidate.auc > best.candidate.auc;
  if (setup.design.width > 0) {
    for (const linear of fusion.linearPenalties) {
      const judged = judgeFusion(setup.design, y, split, { leaf: Number.POSITIVE_INFINITY, linear });
      if (better(judged)) best = judged;
    }
  }
  const linear = best ? best.penalty.linear : 0;
  const pinned: JudgedFusion | null = best;
  for (const leaf of fusion.leafPenalties) {
    const judged = judgeFusion(setup.design, y, split, { leaf, linear }, pinned?.start);
    if (better(judged)) best = judged;
  }
  return best;
}

/** The regression's weights laid out per fold model and tree, 0 on internal nodes. */
function fusionPart(setup: FusionSetup, boosters: Booster[], fit: FusionFit): FusionPart {
  return {
    intercept: fit.intercept,
    leafWeights: boosters.map((booster, k) =>
      booster.trees.map((trainingTree, t) => {
        const from = setup.treeOffsets[k][t];
        const { feature } = trainingTree.tree;
        const weights = fit.leafWeights.slice(from, from + feature.length);
        for (let node = 0; node < feature.length; node += 1) if (feature[node] >= 0) weights[node] = 0;
        return weights;
      }),
    ),
    terms: setup.terms,
    termWeights: Float64Array.from(fit.linearWeights),
  };
}

/**
 * Trains the engine on a dataset: quantile bins; k stratified folds, one boosted model per fold, grown together
 * with early stopping on the out-of-fold AUC; Platt scaling of the out-of-fold margins; then the fusion
 * (cross-fitted leaf encodings + linear terms → logistic regression) judged against the calibrated boosting out of
 * sample; the better one is the model.
 */
export function train(dataset: Dataset, input: TrainOptionsInput = {}): TrainResult {
  const started = Date.now();
  const options = resolveOptions(input);
  checkOptions(options);
  const { x, y } = dataset;
  if (x.rows !== y.length) throw new TrainingError(`${x.rows} rows of features but ${y.length} labels`);
  if (x.columns !== dataset.features.length) throw new TrainingError('the matrix and the feature list disagree');
  if (x.columns === 0) throw new TrainingError('no features to train on');
  const positives = countPositives(y);
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) throw new TrainingError('both classes are needed to train');
  // Every fold needs both classes.
  const folds = Math.min(options.folds, positives, negatives);
  if (folds < 2) throw new TrainingError('at least two rows of each class are needed to train');
  const effective: TrainOptions = { ...options, folds };
  const mapper = BinMapper.fit(x, dataset.features, options.maxBins);
  const data = binData(mapper, x);
  const assignment = stratifiedFolds(y, folds, options.seed);
  const { boosters, oofMargin } = boostFolds(data, y, assignment, effective);
  const calibration = calibrate(y, oofMargin);
  const calibrated = oofMargin.map((margin) => calibration.slope * margin + calibration.intercept);
  const gbdtCandidate = candidate(y, calibrated);
  const forests: Forest[] = boosters.map((booster) => ({ baseMargin: booster.baseMargin, trees: booster.trees.map((t) => t.tree) }));

  let kind: ModelKind = 'gbdt';
  let fusion: FusionPart | null = null;
  let fusionCandidate: (Candidate & { penalty: FusionPenalty }) | null = null;
  let outOfFold: Float64Array = calibrated;
  if (options.fusion.enabled) {
    const setup = fusionSetup(dataset, data, assignment, boosters, calibration, effective);
    const best = searchFusion(setup, y, options.seed + 1, options.fusion);
    if (best) {
      fusionCandidate = { ...best.candidate, penalty: best.penalty };
      if (best.candidate.auc >= gbdtCandidate.auc + options.fusion.minAucGain) {
        const all = new Int32Array(y.length);
        for (let i = 0; i < all.length; i += 1) all[i] = i;
        kind = 'fusion';
        outOfFold = best.margins;
        fusion = fusionPart(setup, boosters, fitFusion(setup.design, y, all, best.penalty, best.start));
      }
    }
  }
  const model = new ScoringModel({ features: dataset.features, forests, kind, calibration, fusion });
  const probabilities = outOfFold.map(sigmoid);
  return {
    model,
    options: effective,
    mapper,
    report: {
      rows: y.length,
      positives,
      folds,
      rounds: boosters[0].trees.length,
      model: kind,
      candidates: { gbdt: gbdtCandidate, fusion: fusionCandidate },
      validation: binaryMetrics(y, probabilities),
      outOfFold: probabilities,
      seconds: (Date.now() - started) / 1000,
    },
  };
}
