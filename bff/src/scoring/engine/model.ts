import type { CreditGrade } from '@rongtong/shared';
import type { FeatureSpec, Matrix } from './dataset';
import { sigmoid } from './gbdt';
import { termValue, type LinearTerm } from './linear';
import { DEFAULT_GRADE_BANDS, DEFAULT_SCORE_SCALE, gradeFromPd, scoreFromMargin, type GradeBand, type ScoreScale } from './scorecard';
import { CompiledForest, withLeafValues, type Tree } from './tree';
import { addTreeShap, expectedValue } from './treeshap';

/** One boosted model: its base margin (log-odds of the training positive rate) and its trees. */
export interface Forest {
  readonly baseMargin: number;
  readonly trees: readonly Tree[];
}

/**
 * The logistic regression of the fusion over the leaves of the forests and the linear terms. Margin =
 * intercept + calibration applied to the forests' mean base margin + (1/K) Σ leaf weights + Σ term weight × term.
 */
export interface FusionPart {
  readonly intercept: number;
  /** Per forest, per tree: the regression's weight of each node (leaves; 0 on internal nodes). */
  readonly leafWeights: readonly (readonly Float64Array[])[];
  readonly terms: readonly LinearTerm[];
  readonly termWeights: Float64Array;
}

/**
 * Platt scaling of the averaged forests: margin = slope × (mean base margin + (1/K) Σ leaf values) + intercept,
 * fitted on the out-of-fold margins (early stopping watches AUC, which leaves the raw margins overconfident).
 */
export interface Calibration {
  readonly slope: number;
  readonly intercept: number;
}

export const IDENTITY_CALIBRATION: Calibration = { slope: 1, intercept: 0 };

export type ModelKind = 'gbdt' | 'fusion';

/** A feature's share of one row's margin. */
export interface Contribution {
  readonly feature: string;
  /** Log-odds added to the margin (positive raises the probability of default). */
  readonly value: number;
}

export interface Explanation {
  /** The margin with no feature known (training average). */
  readonly expected: number;
  readonly margin: number;
  /** One entry per feature, in feature order; expected + Σ value = margin. */
  readonly contributions: readonly Contribution[];
}

export interface Score {
  readonly pd: number;
  readonly margin: number;
  readonly score: number;
  readonly grade: CreditGrade;
}

export interface ModelParts {
  readonly features: readonly FeatureSpec[];
  readonly forests: readonly Forest[];
  readonly kind: ModelKind;
  readonly calibration: Calibration;
  readonly fusion: FusionPart | null;
  readonly scale?: ScoreScale;
  readonly grades?: readonly GradeBand[];
}

/**
 * A trained model ready to score: the calibrated average of the fold forests (plain boosting), or the fusion's
 * regression over their leaves and the linear terms. Rows are given as values by feature index (NaN for missing,
 * category codes for categorical features).
 */
export class ScoringModel {
  readonly features: readonly FeatureSpec[];
  readonly forests: readonly Forest[];
  readonly kind: ModelKind;
  readonly calibration: Calibration;
  readonly fusion: FusionPart | null;
  readonly scale: ScoreScale;
  readonly grades: readonly GradeBand[];
  private readonly compiled: CompiledForest;
  private readonly effectiveTrees: readonly Tree[];
  private readonly treeScale: number;
  private readonly constant: number;
  private readonly expected: number;

  constructor(parts: ModelParts) {
    const { forests, kind, fusion, calibration } = parts;
    if (forests.length === 0) throw new RangeError('a model needs at least one forest');
    if (kind === 'fusion' && !fusion) throw new RangeError('a fusion model needs its regression');
    this.features = parts.features;
    this.forests = forests;
    this.kind = kind;
    this.calibration = calibration;
    this.fusion = kind === 'fusion' ? fusion : null;
    this.scale = parts.scale ?? DEFAULT_SCORE_SCALE;
    this.grades = parts.grades ?? DEFAULT_GRADE_BANDS;
    const regression = this.fusion;
    const meanBase = forests.reduce((sum, forest) => sum + forest.baseMargin, 0) / forests.length;
    if (regression) {
      this.effectiveTrees = forests.flatMap((forest, k) => forest.trees.map((tree, t) => withLeafValues(tree, regression.leafWeights[k][t] as Float64Array)));
      this.treeScale = 1 / forests.length;
      this.constant = regression.intercept + calibration.slope * meanBase + calibration.intercept;
    } else {
      this.effectiveTrees = forests.flatMap((forest) => forest.trees);
      this.treeScale = calibration.slope / forests.length;
      this.constant = calibration.slope * meanBase + calibration.intercept;
    }
    this.compiled = new CompiledForest(this.effectiveTrees, new Float64Array(this.effectiveTrees.length).fill(this.treeScale));
    this.expected = this.constant + this.effectiveTrees.reduce((sum, tree) => sum + expectedValue(tree) * this.treeScale, 0);
  }

  get treeCount(): number {
    return this.compiled.treeCount;
  }

  private linearMargin(row: ArrayLike<number>): number {
    if (!this.fusion) return 0;
    const { terms, termWeights } = this.fusion;
    let sum = 0;
    for (let t = 0; t < terms.length; t += 1) sum += termWeights[t] * termValue(terms[t], row[terms[t].feature]);
    return sum;
  }

  /** Log-odds of default of one row. */
  margin(row: ArrayLike<number>): number {
    const values = row instanceof Float64Array ? row : Float64Array.from(row);
    return this.constant + this.compiled.predictRow(values) + this.linearMargin(values);
  }

  probability(row: ArrayLike<number>): number {
    return sigmoid(this.margin(row));
  }

  /** Log-odds of every row of a matrix whose columns are the model's features. */
  marginBatch(x: Matrix): Float64Array {
    if (x.columns !== this.features.length) throw new RangeError(`expected ${this.features.length} columns, got ${x.columns}`);
    const out = new Float64Array(x.rows).fill(this.constant);
    this.compiled.addColumnMajor(x.data, x.rows, x.columns, out);
    if (this.fusion) {
      const { terms, termWeights } = this.fusion;
      terms.forEach((term, t) => {
        const column = x.column(term.feature);
        const weight = termWeights[t];
        for (let i = 0; i < x.rows; i += 1) out[i] += weight * termValue(term, column[i]);
      });
    }
    return out;
  }

  probabilityBatch(x: Matrix): Float64Array {
    return this.marginBatch(x).map(sigmoid);
  }

  /** Probability of default, points, grade. */
  score(row: ArrayLike<number>): Score {
    const margin = this.margin(row);
    const pd = sigmoid(margin);
    return { pd, margin, score: scoreFromMargin(margin, this.scale), grade: gradeFromPd(pd, this.grades) };
  }

  /**
   * Each feature's share of the margin: TreeSHAP over the trees as scored (fusion leaf weights included) plus,
   * for the fusion, each linear term's weight × standardised value (0 at the training mean).
   */
  explain(row: ArrayLike<number>): Explanation {
    const phi = new Float64Array(this.features.length);
    for (const tree of this.effectiveTrees) addTreeShap(tree, row, phi, this.treeScale);
    if (this.fusion) {
      const { terms, termWeights } = this.fusion;
      terms.forEach((term, t) => (phi[term.feature] += termWeights[t] * termValue(term, row[term.feature])));
    }
    return {
      expected: this.expected,
      margin: this.margin(row),
      contributions: this.features.map((feature, j) => ({ feature: feature.name, value: phi[j] })),
    };
  }

  /** The features that raise this row's probability of default most, largest first (at most `count`). */
  reasonCodes(row: ArrayLike<number>, count = 4): Contribution[] {
    return this.explain(row)
      .contributions.filter((contribution) => contribution.value > 0)
      .sort((a, b) => b.value - a.value || a.feature.localeCompare(b.feature))
      .slice(0, count);
  }
}

/** A value as a caller may hand it over for one feature. */
export type RecordValue = string | number | boolean | null | undefined;

/**
 * One row in the model's feature order from named values: numbers as they are, numeric text parsed, categories
 * by label (an unknown category or an absent value is missing, and follows each split's default way). A value
 * that cannot be a number for a numeric feature is an error naming the feature.
 */
export function encodeRecord(features: readonly FeatureSpec[], record: Readonly<Record<string, RecordValue>>): Float64Array {
  const row = new Float64Array(features.length);
  features.forEach((feature, j) => {
    const value = record[feature.name];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      row[j] = Number.NaN;
    } else if (feature.kind === 'categorical') {
      const code = feature.categories.indexOf(String(value));
      row[j] = code < 0 ? Number.NaN : code;
    } else {
      const number = typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : Number(value.trim());
      if (!Number.isFinite(number)) throw new RangeError(`feature ${feature.name}: ${String(value)} is not a finite number`);
      row[j] = number;
    }
  });
  return row;
}
