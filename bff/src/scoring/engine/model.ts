import type { CreditGrade } from '@rongtong/shared';
import type { FeatureSpec, Matrix } from './dataset';
import { sigmoid } from './gbdt';
import { addLinearTerms, termValue, type LinearTerm } from './linear';
import { DEFAULT_GRADE_BANDS, DEFAULT_SCORE_SCALE, gradeFromPd, scoreFromMargin, type GradeBand, type ScoreScale } from './scorecard';
import { CompiledForest, treeDepth, type Tree } from './tree';
import { addTreeShap, expectedValue } from './treeshap';

/** The boosted model: its base margin (log-odds of the training positive rate) and its trees. */
export interface Forest {
  readonly baseMargin: number;
  readonly trees: readonly Tree[];
}

/**
 * Platt scaling of the averaged forests: margin = slope × mean over forests of (base margin + Σ leaf values) +
 * intercept, fitted on the out-of-fold margins (early stopping watches AUC, which leaves them overconfident).
 */
export interface Calibration {
  readonly slope: number;
  readonly intercept: number;
}

/**
 * The fusion's logistic regression over the trees' leaf values and the linear terms: margin = intercept +
 * calibrated mean base margin + Σ_t treeWeight_t × slope × mean over forests of tree t's leaf value + Σ termWeight ×
 * term. Tree t of every forest is the same boosting round, and shares its weight.
 */
export interface FusionPart {
  readonly intercept: number;
  readonly treeWeights: Float64Array;
  readonly terms: readonly LinearTerm[];
  readonly termWeights: Float64Array;
}

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

/** What a model is made of (the score scale and grade bands default to DEFAULT_SCORE_SCALE and DEFAULT_GRADE_BANDS). */
export type ModelParts = Pick<ScoringModel, 'features' | 'forests' | 'kind' | 'calibration' | 'fusion'> & Partial<Pick<ScoringModel, 'scale' | 'grades'>>;

/**
 * A trained model ready to score: the calibrated average of the fold forests (plain boosting), or the fusion's
 * regression over their trees and the linear terms. Rows are given as values by feature index (NaN for missing,
 * category codes for categorical features).
 */
export class ScoringModel {
  readonly features: readonly FeatureSpec[];
  /** The fold models, averaged; every forest has the same number of trees. */
  readonly forests: readonly Forest[];
  readonly kind: ModelKind;
  readonly calibration: Calibration;
  readonly fusion: FusionPart | null;
  readonly scale: ScoreScale;
  readonly grades: readonly GradeBand[];
  private readonly compiled: CompiledForest;
  private readonly trees: readonly Tree[];
  private readonly depths: Int32Array;
  /** Each tree's leaf values times what the model multiplies them by (1/forests, calibration slope, fusion weight). */
  private readonly treeScales: Float64Array;
  private readonly constant: number;
  private readonly expected: number;

  constructor(parts: ModelParts) {
    const { forests, kind, fusion, calibration } = parts;
    if (forests.length === 0) throw new RangeError('a model needs at least one forest');
    const rounds = forests[0].trees.length;
    if (forests.some((forest) => forest.trees.length !== rounds)) throw new RangeError('every forest needs the same number of trees');
    if (kind === 'fusion' && !fusion) throw new RangeError('a fusion model needs its regression');
    if (fusion && fusion.treeWeights.length !== rounds) throw new RangeError('one fusion weight per round expected');
    this.features = parts.features;
    this.forests = forests;
    this.kind = kind;
    this.calibration = calibration;
    this.fusion = kind === 'fusion' ? fusion : null;
    this.scale = parts.scale ?? DEFAULT_SCORE_SCALE;
    this.grades = parts.grades ?? DEFAULT_GRADE_BANDS;
    const regression = this.fusion;
    this.trees = forests.flatMap((forest) => forest.trees);
    this.depths = Int32Array.from(this.trees, (tree) => treeDepth(tree));
    this.treeScales = new Float64Array(this.trees.length);
    forests.forEach((forest, k) =>
      forest.trees.forEach((_, t) => {
        this.treeScales[k * rounds + t] = (calibration.slope * (regression ? regression.treeWeights[t] : 1)) / forests.length;
      }),
    );
    const meanBase = forests.reduce((sum, forest) => sum + forest.baseMargin, 0) / forests.length;
    this.constant = (regression ? regression.intercept : 0) + calibration.slope * meanBase + calibration.intercept;
    this.compiled = new CompiledForest(this.trees, this.treeScales);
    this.expected = this.constant + this.trees.reduce((sum, tree, t) => sum + expectedValue(tree) * this.treeScales[t], 0);
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
    if (this.fusion) addLinearTerms(this.fusion.terms, this.fusion.termWeights, x, out);
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
    this.trees.forEach((tree, t) => addTreeShap(tree, row, phi, this.treeScales[t], this.depths[t]));
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
