import type { BinMapper, FeatureBinning } from './binning';
import type { FeatureSpec } from './dataset';
import type { LinearTerm } from './linear';
import { binShares, quantileEdges, type BinaryMetrics } from './metrics';
import { ScoringModel, type Calibration, type Forest, type FusionPart, type ModelKind } from './model';
import type { DroppedColumn } from './prepare';
import { pointsFromMargin, validateGradeBands, validateScoreScale, type GradeBand, type ScoreScale } from './scorecard';
import type { Candidate, TrainOptions, TrainResult } from './train';
import type { Tree } from './tree';

export const ARTIFACT_FORMAT = 'rongtong-credit-model';
export const ARTIFACT_FORMAT_VERSION = 1;

/** A tree in the artifact: parallel arrays; null thresholds on leaves and categorical splits. */
export interface SerializedTree {
  readonly feature: number[];
  readonly threshold: (number | null)[];
  readonly left: number[];
  readonly right: number[];
  readonly defaultLeft: number[];
  readonly value: number[];
  readonly cover: number[];
  /** Categorical splits by node: the codes going left and every code the split knows. */
  readonly categories: Record<string, { readonly left: number[]; readonly known: number[] }>;
}

export interface ArtifactMetrics {
  /** Out-of-fold metrics of the model kept, on the training rows. */
  readonly validation: BinaryMetrics;
  /** The fusion's penalty on tree weights is null when they stayed at 1 (an infinite penalty). */
  readonly candidates: { readonly gbdt: Candidate; readonly fusion: (Candidate & { readonly penalty: { readonly tree: number | null; readonly linear: number } }) | null };
  readonly folds: number;
  readonly rounds: number;
  readonly trainingSeconds: number;
}

/**
 * Everything to score with and to audit a model: see README "Artifact format". Version 1; a reader refuses any
 * other format or version.
 */
export interface ModelArtifact {
  readonly format: typeof ARTIFACT_FORMAT;
  readonly formatVersion: typeof ARTIFACT_FORMAT_VERSION;
  readonly createdAt: string;
  /** Which candidate won on the out-of-fold comparison. */
  readonly model: ModelKind;
  readonly target: { readonly column: string; readonly positive: string };
  readonly features: readonly FeatureSpec[];
  readonly droppedColumns: readonly DroppedColumn[];
  readonly parameters: TrainOptions;
  /** Bin bounds per feature (numeric: upper bounds; categorical: the codes binned), for drift checks. */
  readonly binning: readonly FeatureBinning[];
  readonly calibration: Calibration;
  /** The fold models, averaged (the same number of trees each). */
  readonly forests: readonly { readonly baseMargin: number; readonly trees: readonly SerializedTree[] }[];
  readonly fusion: {
    readonly intercept: number;
    readonly treeWeights: readonly number[];
    readonly terms: readonly LinearTerm[];
    readonly termWeights: readonly number[];
  } | null;
  readonly scoreScale: ScoreScale;
  readonly grades: readonly GradeBand[];
  readonly metrics: ArtifactMetrics;
  /** The training rows' out-of-fold score distribution: decile edges and shares, the baseline for PSI. */
  readonly scoreBaseline: { readonly edges: readonly number[]; readonly shares: readonly number[] };
  readonly trainingData: { readonly sha256: string; readonly rows: number; readonly positives: number; readonly file?: string };
}

export class ArtifactError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactError';
  }
}

export function serializeTree(tree: Tree): SerializedTree {
  const categories: Record<string, { left: number[]; known: number[] }> = {};
  tree.leftCategories.forEach((left, node) => {
    if (left) categories[String(node)] = { left: [...left], known: [...(tree.knownCategories[node] ?? [])] };
  });
  return {
    feature: Array.from(tree.feature),
    threshold: Array.from(tree.threshold, (value) => (Number.isNaN(value) ? null : value)),
    left: Array.from(tree.left),
    right: Array.from(tree.right),
    defaultLeft: Array.from(tree.defaultLeft),
    value: Array.from(tree.value),
    cover: Array.from(tree.cover),
    categories,
  };
}

function fail(path: string, message: string): never {
  throw new ArtifactError(`${path}: ${message}`);
}

function numberArray(value: unknown, path: string, length?: number): number[] {
  if (!Array.isArray(value)) fail(path, 'expected an array');
  if (length !== undefined && value.length !== length) fail(path, `expected ${length} entries, found ${value.length}`);
  value.forEach((entry, i) => {
    if (typeof entry !== 'number' || !Number.isFinite(entry)) fail(`${path}[${i}]`, 'expected a finite number');
  });
  return value as number[];
}

export function deserializeTree(input: unknown, features: readonly FeatureSpec[], path: string): Tree {
  if (typeof input !== 'object' || input === null) fail(path, 'expected a tree');
  const raw = input as Record<string, unknown>;
  const feature = numberArray(raw.feature, `${path}.feature`);
  const nodes = feature.length;
  if (nodes === 0) fail(path, 'a tree has at least one node');
  const left = numberArray(raw.left, `${path}.left`, nodes);
  const right = numberArray(raw.right, `${path}.right`, nodes);
  const defaultLeft = numberArray(raw.defaultLeft, `${path}.defaultLeft`, nodes);
  const value = numberArray(raw.value, `${path}.value`, nodes);
  const cover = numberArray(raw.cover, `${path}.cover`, nodes);
  if (!Array.isArray(raw.threshold) || raw.threshold.length !== nodes) fail(`${path}.threshold`, `expected ${nodes} entries`);
  const threshold = (raw.threshold as unknown[]).map((entry, i) => {
    if (entry === null) return Number.NaN;
    if (typeof entry !== 'number' || !Number.isFinite(entry)) fail(`${path}.threshold[${i}]`, 'expected a number or null');
    return entry;
  });
  const categories = (raw.categories ?? {}) as Record<string, { left?: unknown; known?: unknown }>;
  if (typeof categories !== 'object') fail(`${path}.categories`, 'expected an object');
  const leftCategories: (number[] | null)[] = new Array<number[] | null>(nodes).fill(null);
  const knownCategories: (number[] | null)[] = new Array<number[] | null>(nodes).fill(null);
  for (const [key, entry] of Object.entries(categories)) {
    const node = Number(key);
    if (!Number.isInteger(node) || node < 0 || node >= nodes) fail(`${path}.categories`, `node ${key} out of range`);
    leftCategories[node] = numberArray(entry.left, `${path}.categories.${key}.left`);
    knownCategories[node] = numberArray(entry.known, `${path}.categories.${key}.known`);
  }
  // Structure: children after their parent (so no cycles), every node reached once, splits on real features.
  const reached = new Uint8Array(nodes);
  reached[0] = 1;
  for (let node = 0; node < nodes; node += 1) {
    const f = feature[node];
    if (f === -1) continue;
    if (!Number.isInteger(f) || f < 0 || f >= features.length) fail(`${path}.feature[${node}]`, `no feature ${f}`);
    for (const child of [left[node], right[node]]) {
      if (!Number.isInteger(child) || child <= node || child >= nodes || reached[child]) fail(`${path}`, `node ${node} has a bad child ${child}`);
      reached[child] = 1;
    }
    const spec = features[f];
    if (spec.kind === 'categorical' && !leftCategories[node]) fail(`${path}`, `categorical split at node ${node} without categories`);
    if (spec.kind === 'numeric' && Number.isNaN(threshold[node])) fail(`${path}`, `numeric split at node ${node} without a threshold`);
  }
  if (reached.some((flag) => flag === 0)) fail(path, 'unreachable nodes');
  return {
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    leftCategories,
    knownCategories,
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    defaultLeft: Uint8Array.from(defaultLeft),
    value: Float64Array.from(value),
    cover: Float64Array.from(cover),
  };
}

export interface ArtifactInput {
  readonly model: ScoringModel;
  readonly target: { readonly column: string; readonly positive: string };
  readonly droppedColumns: readonly DroppedColumn[];
  readonly parameters: TrainOptions;
  readonly mapper: BinMapper;
  readonly metrics: ArtifactMetrics;
  readonly scoreBaseline: ModelArtifact['scoreBaseline'];
  readonly trainingData: ModelArtifact['trainingData'];
  readonly createdAt?: Date;
}

export function toArtifact(input: ArtifactInput): ModelArtifact {
  const { model } = input;
  return {
    format: ARTIFACT_FORMAT,
    formatVersion: ARTIFACT_FORMAT_VERSION,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    model: model.kind,
    target: input.target,
    features: model.features,
    droppedColumns: input.droppedColumns,
    parameters: input.parameters,
    binning: input.mapper.binnings,
    calibration: model.calibration,
    forests: model.forests.map((forest) => ({ baseMargin: forest.baseMargin, trees: forest.trees.map(serializeTree) })),
    fusion: model.fusion
      ? {
          intercept: model.fusion.intercept,
          treeWeights: Array.from(model.fusion.treeWeights),
          terms: model.fusion.terms,
          termWeights: Array.from(model.fusion.termWeights),
        }
      : null,
    scoreScale: model.scale,
    grades: model.grades,
    metrics: input.metrics,
    scoreBaseline: input.scoreBaseline,
    trainingData: input.trainingData,
  };
}

/** The artifact of a training run: its model, metrics, score baseline and the data it came from. */
export function buildArtifact(
  result: TrainResult,
  meta: Pick<ArtifactInput, 'target' | 'droppedColumns' | 'trainingData' | 'createdAt'>,
): ModelArtifact {
  const { model, report } = result;
  const scores = report.outOfFold.map((p) => pointsFromMargin(Math.log(p / (1 - p)), model.scale));
  const edges = quantileEdges(scores, 10);
  const fusion = report.candidates.fusion;
  return toArtifact({
    ...meta,
    model,
    parameters: result.options,
    mapper: result.mapper,
    metrics: {
      validation: report.validation,
      candidates: {
        gbdt: report.candidates.gbdt,
        fusion: fusion
          ? { auc: fusion.auc, logLoss: fusion.logLoss, penalty: { tree: Number.isFinite(fusion.penalty.tree) ? fusion.penalty.tree : null, linear: fusion.penalty.linear } }
          : null,
      },
      folds: report.folds,
      rounds: report.rounds,
      trainingSeconds: report.seconds,
    },
    scoreBaseline: { edges, shares: binShares(scores, edges) },
  });
}

function checkFeatures(input: unknown): FeatureSpec[] {
  if (!Array.isArray(input) || input.length === 0) fail('features', 'expected a non-empty array');
  return input.map((entry: unknown, j) => {
    const spec = entry as Partial<FeatureSpec> & { categories?: unknown };
    if (typeof spec?.name !== 'string') fail(`features[${j}].name`, 'expected a string');
    if (spec.kind === 'numeric') return { name: spec.name, kind: 'numeric' };
    if (spec.kind === 'categorical') {
      if (!Array.isArray(spec.categories) || spec.categories.some((category) => typeof category !== 'string')) fail(`features[${j}].categories`, 'expected strings');
      return { name: spec.name, kind: 'categorical', categories: spec.categories as string[] };
    }
    return fail(`features[${j}].kind`, 'expected numeric or categorical');
  });
}

function checkTerms(input: unknown, features: readonly FeatureSpec[]): LinearTerm[] {
  if (!Array.isArray(input)) fail('fusion.terms', 'expected an array');
  return input.map((entry: unknown, t) => {
    const term = entry as LinearTerm;
    const path = `fusion.terms[${t}]`;
    if (!Number.isInteger(term?.feature) || term.feature < 0 || term.feature >= features.length) fail(`${path}.feature`, 'no such feature');
    if (!['value', 'missing', 'category'].includes(term.kind)) fail(`${path}.kind`, 'expected value, missing or category');
    numberArray([term.center, term.scale], `${path}.center/scale`);
    if (!(term.scale > 0)) fail(`${path}.scale`, 'expected a positive number');
    if (term.kind === 'value') numberArray([term.low, term.high], `${path}.low/high`);
    if (term.kind === 'category') numberArray([term.code], `${path}.code`);
    return term;
  });
}

/** Reads an artifact (parsed JSON) back into a model, checking its shape; throws ArtifactError naming the field. */
export function modelFromArtifact(input: unknown): ScoringModel {
  if (typeof input !== 'object' || input === null) fail('artifact', 'expected an object');
  const artifact = input as ModelArtifact;
  if (artifact.format !== ARTIFACT_FORMAT) fail('format', `expected ${ARTIFACT_FORMAT}`);
  if (artifact.formatVersion !== ARTIFACT_FORMAT_VERSION) fail('formatVersion', `version ${String(artifact.formatVersion)} is not supported (expected ${ARTIFACT_FORMAT_VERSION})`);
  if (artifact.model !== 'gbdt' && artifact.model !== 'fusion') fail('model', 'expected gbdt or fusion');
  const features = checkFeatures(artifact.features);
  if (!Array.isArray(artifact.forests) || artifact.forests.length === 0) fail('forests', 'expected a non-empty array');
  const forests: Forest[] = artifact.forests.map((raw: unknown, k: number) => {
    const forest = raw as ModelArtifact['forests'][number];
    if (typeof forest !== 'object' || forest === null) fail(`forests[${k}]`, 'expected an object');
    numberArray([forest.baseMargin], `forests[${k}].baseMargin`);
    if (!Array.isArray(forest.trees) || forest.trees.length === 0) fail(`forests[${k}].trees`, 'expected a non-empty array');
    if (forest.trees.length !== artifact.forests[0].trees.length) fail(`forests[${k}].trees`, 'every forest needs the same number of trees');
    return { baseMargin: forest.baseMargin, trees: forest.trees.map((tree: unknown, t: number) => deserializeTree(tree, features, `forests[${k}].trees[${t}]`)) };
  });
  const [slope, intercept] = numberArray([artifact.calibration?.slope, artifact.calibration?.intercept], 'calibration');
  let fusion: FusionPart | null = null;
  if (artifact.model === 'fusion') {
    const raw = artifact.fusion;
    if (!raw) fail('fusion', 'a fusion model needs its regression');
    numberArray([raw.intercept], 'fusion.intercept');
    const treeWeights = Float64Array.from(numberArray(raw.treeWeights, 'fusion.treeWeights', forests[0].trees.length));
    const terms = checkTerms(raw.terms, features);
    const termWeights = Float64Array.from(numberArray(raw.termWeights, 'fusion.termWeights', terms.length));
    fusion = { intercept: raw.intercept, treeWeights, terms, termWeights };
  }
  const scale = artifact.scoreScale;
  const grades = artifact.grades;
  try {
    validateScoreScale(scale);
    validateGradeBands(grades);
  } catch (error) {
    fail('scoreScale/grades', (error as Error).message);
  }
  return new ScoringModel({ features, forests, kind: artifact.model, calibration: { slope, intercept }, fusion, scale, grades });
}
