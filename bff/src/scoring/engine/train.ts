import { BinMapper, MAX_BINS } from './binning';
import { countPositives, Matrix, type Dataset } from './dataset';
import { foldRows, stratifiedFolds } from './folds';
import { averageFits, fitFusion, fusionMargin, type FusionDesign, type FusionFit, type FusionPenalty } from './fusion';
import { startFoldTeam, LocalFoldTeam, type FoldModel, type FoldSpec } from './fold-team';
import { binData, binnedLeaf, sigmoid, type BinnedData, type GbdtParams } from './gbdt';
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
  /** An improvement of the metric smaller than this (AUC, or mean log-loss) does not renew the patience. */
  readonly earlyStoppingTolerance: number;
  readonly maxBins: number;
  readonly seed: number;
  /** Worker threads for the fold models: 0 = one per processor; small data always trains in one thread. */
  readonly threads: number;
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
  /** Penalties tried for the weights of the dimension scores, every tree weight at 1. */
  readonly linearPenalties: readonly number[];
  /** The same for raw features (many weak terms: one strong penalty served best). */
  readonly rawLinearPenalties: readonly number[];
  /** Penalties then tried for the tree weights (pulling towards 1), with the best linear one. */
  readonly treePenalties: readonly number[];
  /** The fusion is kept only when its out-of-fold AUC beats plain boosting by at least this. */
  readonly minAucGain: number;
}

export const DEFAULT_GBDT_PARAMS: GbdtParams = {
  learningRate: 0.1,
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
  maxRounds: 50,
  earlyStoppingRounds: 30,
  earlyStoppingMetric: 'auc',
  earlyStoppingTolerance: 1e-4,
  maxBins: MAX_BINS,
  seed: 42,
  threads: 0,
  fusion: {
    enabled: true,
    dimensionFeatures: [],
    rawLinear: true,
    linearPenalties: [20, 200],
    rawLinearPenalties: [200],
    treePenalties: [5],
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
  /** Threads the fold models grew on. */
  readonly threads: number;
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
    [Number.isInteger(options.threads) && options.threads >= 0, 'threads must be a non-negative integer'],
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
interface FoldBoosting {
  readonly models: FoldModel[];
  readonly oofMargin: Float64Array;
  readonly threads: number;
}

/** Rounds a threaded team grows between two looks at the out-of-fold metric (a few may be grown past the stop). */
const THREADED_BLOCK = 5;

/**
 * The fold models, grown side by side (over worker threads when there is more than one) and cut together at the
 * round with the best out-of-fold metric; patience runs out when no round has improved it by the tolerance for
 * `earlyStoppingRounds` rounds.
 */
function boostFolds(data: BinnedData, y: Uint8Array, assignment: Uint8Array, options: TrainOptions): FoldBoosting {
  const seeds = mulberry32(options.seed ^ 0x5bd1e995);
  const folds: FoldSpec[] = [];
  for (let k = 0; k < options.folds; k += 1) {
    const { inFold, outOfFold } = foldRows(assignment, k);
    folds.push({ trainRows: Int32Array.from(outOfFold), heldOut: Int32Array.from(inFold), seed: Math.floor(seeds() * 2 ** 32) });
  }
  const team = startFoldTeam(data, y, options.gbdt, folds, options.threads);
  const block = team instanceof LocalFoldTeam ? 1 : THREADED_BLOCK;
  try {
    let bestLoss = Number.POSITIVE_INFINITY;
    let bestRound = 0;
    let lastGain = Number.POSITIVE_INFINITY;
    let lastGainRound = 0;
    let round = 0;
    let stopped = false;
    let bestMargin: Float64Array = new Float64Array(data.rows);
    while (!stopped && round < options.maxRounds) {
      for (const oof of team.grow(Math.min(block, options.maxRounds - round))) {
        round += 1;
        const loss = stoppingLoss(options.earlyStoppingMetric, y, oof);
        if (round === 1 || loss < bestLoss) {
          bestLoss = loss;
          bestRound = round;
          bestMargin = oof;
        }
        if (round === 1 || loss < lastGain - options.earlyStoppingTolerance) {
          lastGain = loss;
          lastGainRound = round;
        } else if (round - lastGainRound >= options.earlyStoppingRounds) {
          stopped = true;
          break;
        }
      }
    }
    return { models: team.finish(Math.max(1, bestRound)), oofMargin: bestMargin, threads: team.threads };
  } finally {
    team.close();
  }
}

interface FusionSetup {
  readonly design: FusionDesign;
  readonly terms: LinearTerm[];
}

/** Which features feed the linear part: the dimension scores when named, else every feature (or none). */
function linearFeatureIndices(dataset: Dataset, fusion: FusionOptions): number[] {
  if (fusion.dimensionFeatures.length > 0) {
    const names = new Map(dataset.features.map((feature, j) => [feature.name, j]));
    return fusion.dimensionFeatures.map((name) => {
      const index = names.get(name);
      if (index === undefined) throw new TrainingError(`维度得分列 "${name}" 不在特征中`);
      return index;
    });
  }
  return fusion.rawLinear ? dataset.features.map((_, j) => j) : [];
}

/** Rounds per stage of the fusion: one regression weight for each five consecutive rounds. */
export const ROUNDS_PER_STAGE = 5;

/**
 * The cross-fitted encoding: row i, stage s, is the calibrated sum of the values of the leaves it reaches in the
 * stage's rounds of the fold model that did not train on it; its base margin is that model's, calibrated.
 */
function fusionSetup(dataset: Dataset, data: BinnedData, assignment: Uint8Array, boosters: readonly FoldModel[], calibration: Calibration, options: TrainOptions): FusionSetup {
  const rows = data.rows;
  const rounds = boosters[0].trees.length;
  const stages = Math.ceil(rounds / ROUNDS_PER_STAGE);
  const treeValues = new Float32Array(rows * stages);
  const base = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const booster = boosters[assignment[i]];
    base[i] = calibration.slope * booster.baseMargin + calibration.intercept;
    for (let t = 0; t < rounds; t += 1) {
      const trainingTree = booster.trees[t];
      treeValues[i * stages + Math.floor(t / ROUNDS_PER_STAGE)] += calibration.slope * trainingTree.tree.value[binnedLeaf(trainingTree, data, i)];
    }
  }
  const terms = buildLinearTerms(dataset, linearFeatureIndices(dataset, options.fusion));
  return { design: { rows, trees: stages, treeValues, base, dense: Float32Array.from(linearDesign(terms, dataset.x)), width: terms.length }, terms };
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

const SEARCH_ITERATIONS = 40;

interface JudgedFusion {
  readonly penalty: FusionPenalty;
  readonly margins: Float64Array;
  readonly candidate: Candidate;
  readonly start: FusionFit;
}

/** Fits on each half, scores the other half: out-of-sample margins of one penalty. */
function judgeFusion(design: FusionDesign, y: Uint8Array, [first, second]: [Int32Array, Int32Array], penalty: FusionPenalty, start?: FusionFit): JudgedFusion {
  const margins = new Float64Array(y.length);
  // The search only ranks penalties: fewer iterations than the final fit.
  const fitFirst = fitFusion(design, y, first, penalty, start, SEARCH_ITERATIONS);
  const fitSecond = fitFusion(design, y, second, penalty, start, SEARCH_ITERATIONS);
  for (const row of second) margins[row] = fusionMargin(design, fitFirst, row);
  for (const row of first) margins[row] = fusionMargin(design, fitSecond, row);
  return { penalty, margins, candidate: candidate(y, margins), start: averageFits(fitFirst, fitSecond) };
}

/**
 * The fusion's penalties, searched in two steps on the nested halves: the linear penalty with every tree weight at
 * 1, then the tree penalty with that linear penalty. Returns the best by AUC.
 */
function searchFusion(design: FusionDesign, y: Uint8Array, seed: number, fusion: FusionOptions): JudgedFusion {
  const split = halves(y, seed);
  const better = (a: JudgedFusion, b: JudgedFusion) => (b.candidate.auc > a.candidate.auc ? b : a);
  // Without linear terms the first step has nothing to fit but the intercept.
  const grid = fusion.dimensionFeatures.length > 0 ? fusion.linearPenalties : fusion.rawLinearPenalties;
  const linearPenalties = design.width > 0 && grid.length > 0 ? grid : [1];
  let pinned = judgeFusion(design, y, split, { tree: Number.POSITIVE_INFINITY, linear: linearPenalties[0] });
  for (const linear of linearPenalties.slice(1)) {
    pinned = better(pinned, judgeFusion(design, y, split, { tree: Number.POSITIVE_INFINITY, linear }, pinned.start));
  }
  let best = pinned;
  for (const tree of fusion.treePenalties) {
    best = better(best, judgeFusion(design, y, split, { tree, linear: pinned.penalty.linear }, pinned.start));
  }
  return best;
}

/**
 * Trains the engine on a dataset: quantile bins; k stratified folds, one boosted model per fold, grown side by side
 * and stopped together at the round with the best out-of-fold AUC; Platt scaling of the out-of-fold margins; the
 * fusion (cross-fitted leaf encodings + linear terms → logistic regression) judged against the calibrated boosting
 * out of sample. The model is the average of the fold models (each row's out-of-fold score came from the one that
 * never saw it), plain or through the fusion's regression, whichever validated better.
 */
export function train(dataset: Dataset, input: TrainOptionsInput = {}): TrainResult {
  const started = Date.now();
  const options = resolveOptions(input);
  checkOptions(options);
  const { x, y } = dataset;
  if (x.rows !== y.length) throw new TrainingError(`特征有 ${x.rows} 行，标签有 ${y.length} 行`);
  if (x.columns !== dataset.features.length) throw new TrainingError('特征矩阵与特征列表不一致');
  if (x.columns === 0) throw new TrainingError('没有可用于训练的特征');
  const positives = countPositives(y);
  const negatives = y.length - positives;
  // Every fold needs both classes.
  const folds = Math.min(options.folds, positives, negatives);
  if (folds < 2) throw new TrainingError(`违约和未违约两类各至少需要 2 行（现有 ${positives} 行违约、${negatives} 行未违约）`);
  const effective: TrainOptions = { ...options, folds };
  // Named dimension scores must exist before any work is done.
  linearFeatureIndices(dataset, options.fusion);
  const mapper = BinMapper.fit(x, dataset.features, options.maxBins);
  const data = binData(mapper, x);
  const assignment = stratifiedFolds(y, folds, options.seed);
  const { models: boosters, oofMargin, threads } = boostFolds(data, y, assignment, effective);
  const rounds = boosters[0].trees.length;
  const calibration = calibrate(y, oofMargin);
  const calibrated = oofMargin.map((margin) => calibration.slope * margin + calibration.intercept);
  const gbdtCandidate = candidate(y, calibrated);

  let fusionJudged: JudgedFusion | null = null;
  let setup: FusionSetup | null = null;
  if (options.fusion.enabled) {
    setup = fusionSetup(dataset, data, assignment, boosters, calibration, effective);
    fusionJudged = searchFusion(setup.design, y, options.seed + 1, options.fusion);
  }
  const useFusion = setup !== null && fusionJudged !== null && fusionJudged.candidate.auc >= gbdtCandidate.auc + options.fusion.minAucGain;

  const forests: Forest[] = boosters.map((booster) => ({ baseMargin: booster.baseMargin, trees: booster.trees.map((t) => t.tree) }));
  let fusion: FusionPart | null = null;
  if (useFusion && setup && fusionJudged) {
    const all = new Int32Array(y.length);
    for (let i = 0; i < all.length; i += 1) all[i] = i;
    const fit = fitFusion(setup.design, y, all, fusionJudged.penalty, fusionJudged.start);
    // Every round of a stage takes the stage's weight.
    const treeWeights = Float64Array.from({ length: rounds }, (_, t) => fit.treeWeights[Math.floor(t / ROUNDS_PER_STAGE)]);
    fusion = { intercept: fit.intercept, treeWeights, terms: setup.terms, termWeights: fit.linearWeights };
  }
  const kind: ModelKind = fusion ? 'fusion' : 'gbdt';
  const model = new ScoringModel({ features: dataset.features, forests, kind, calibration, fusion });
  const probabilities = (fusion && fusionJudged ? fusionJudged.margins : calibrated).map(sigmoid);
  return {
    model,
    options: effective,
    mapper,
    report: {
      rows: y.length,
      positives,
      folds,
      rounds,
      threads,
      model: kind,
      candidates: { gbdt: gbdtCandidate, fusion: fusionJudged ? { ...fusionJudged.candidate, penalty: fusionJudged.penalty } : null },
      validation: binaryMetrics(y, probabilities),
      outOfFold: probabilities,
      seconds: (Date.now() - started) / 1000,
    },
  };
}
