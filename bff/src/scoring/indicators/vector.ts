import { CREDIT_DIMENSIONS, type CreditDimension, type CreditIndicatorId, type DataSource, type RegistrationStatus, type TaxCreditRating } from '@rongtong/shared';
import { basisFromSources, type BasisGapReason, type IndicatorBasis, type IndicatorSources, type RegisterProfileFacts } from './basis';
import {
  INDICATOR_DEFINITIONS,
  indicatorScore,
  type CategoricalIndicatorId,
  type IndicatorDefinition,
  type NumericIndicatorId,
} from './definitions';
import { basisFromTrainingRow, type TrainingSetRow } from './training-row';

/**
 * Whether an indicator could be computed: `AVAILABLE`; `MISSING` when a source (or a field, or months of a series)
 * it needs is not in the snapshot — `missing` names them; `UNDEFINED` when the data is there but the formula has no
 * value (a ratio over zero revenue, zero headcount or zero use the year before, an industry outside the SME
 * classification for the scale).
 */
export type IndicatorAvailability =
  | { status: 'AVAILABLE' }
  | { status: 'MISSING'; missing: { source: DataSource; reason: BasisGapReason }[] }
  | { status: 'UNDEFINED' };

export interface DimensionScore {
  /** 0–100, higher safer; NaN when none of its scored indicators is available. */
  score: number;
  /** Scored indicators available / scored indicators of the dimension, by weight (0–1). */
  coverage: number;
}

export interface IndicatorVector {
  /** `YYYY-MM`. */
  asOf: string;
  /** Numeric indicators; NaN when not available (see `availability`). */
  numeric: Record<NumericIndicatorId, number>;
  /** Categorical indicators; null when not available. */
  categorical: Record<CategoricalIndicatorId, string | null>;
  availability: Record<CreditIndicatorId, IndicatorAvailability>;
  /** The 0–100 score of each scored, available indicator (100 safest); NaN otherwise. Reason codes read these. */
  indicatorScores: Record<NumericIndicatorId, number>;
  /** The five dimension scores, the fusion's dimension inputs and the sub-scores people see. */
  dimensions: Record<CreditDimension, DimensionScore>;
  /** What a number alone does not say, for explanations. */
  details: { registrationStatus: RegistrationStatus | null; taxCreditRating: TaxCreditRating | null; industryCode: string | null };
}

/**
 * A dimension's score: 0.6 × the weighted mean of its available indicator scores + 0.4 × the lowest of them, so one
 * severe finding (a dishonest-debtor listing, arrears) pulls the dimension down rather than being averaged away.
 * Non-decreasing in every indicator score, hence monotone in every indicator in its direction.
 */
export const DIMENSION_MEAN_SHARE = 0.6;

function availabilityOf(definition: IndicatorDefinition, basis: IndicatorBasis): IndicatorAvailability | null {
  const missing: { source: DataSource; reason: BasisGapReason }[] = [];
  let undefinedField = false;
  for (const field of definition.basis) {
    if (basis[field] !== null) continue;
    const gap = basis.gaps[field];
    if (gap === undefined) undefinedField = true;
    else if (!missing.some((entry) => entry.source === gap.source && entry.reason === gap.reason)) missing.push({ ...gap });
  }
  if (missing.length > 0) return { status: 'MISSING', missing };
  if (undefinedField) return { status: 'UNDEFINED' };
  return null;
}

/** The indicator vector of a basis: the one definition training and live scoring share. */
export function indicatorsFromBasis(basis: IndicatorBasis): IndicatorVector {
  const numeric = {} as Record<NumericIndicatorId, number>;
  const categorical = {} as Record<CategoricalIndicatorId, string | null>;
  const availability = {} as Record<CreditIndicatorId, IndicatorAvailability>;
  const indicatorScores = {} as Record<NumericIndicatorId, number>;
  const sums = new Map<CreditDimension, { weighted: number; available: number; total: number; lowest: number }>(
    CREDIT_DIMENSIONS.map((dimension) => [dimension, { weighted: 0, available: 0, total: 0, lowest: Number.POSITIVE_INFINITY }]),
  );

  for (const definition of INDICATOR_DEFINITIONS) {
    const blocked = availabilityOf(definition, basis);
    if (definition.kind === 'categorical') {
      const value = blocked === null ? definition.compute(basis) : null;
      categorical[definition.id] = value;
      availability[definition.id] = blocked ?? (value === null ? { status: 'UNDEFINED' } : { status: 'AVAILABLE' });
      continue;
    }
    const computed = blocked === null ? definition.compute(basis) : null;
    const value = computed === null || !Number.isFinite(computed) ? Number.NaN : computed;
    numeric[definition.id] = value;
    availability[definition.id] = blocked ?? (Number.isNaN(value) ? { status: 'UNDEFINED' } : { status: 'AVAILABLE' });
    const scoring = definition.scoring;
    indicatorScores[definition.id] = scoring === null ? Number.NaN : indicatorScore(value, scoring);
    if (scoring === null) continue;
    const sum = sums.get(definition.dimension);
    if (sum === undefined) continue;
    sum.total += scoring.weight;
    const score = indicatorScores[definition.id];
    if (Number.isNaN(score)) continue;
    sum.weighted += scoring.weight * score;
    sum.available += scoring.weight;
    sum.lowest = Math.min(sum.lowest, score);
  }

  const dimensions = {} as Record<CreditDimension, DimensionScore>;
  for (const dimension of CREDIT_DIMENSIONS) {
    const sum = sums.get(dimension) ?? { weighted: 0, available: 0, total: 0, lowest: Number.NaN };
    const score =
      sum.available === 0 ? Number.NaN : DIMENSION_MEAN_SHARE * (sum.weighted / sum.available) + (1 - DIMENSION_MEAN_SHARE) * sum.lowest;
    dimensions[dimension] = { score, coverage: sum.total === 0 ? 0 : sum.available / sum.total };
  }

  return {
    asOf: basis.asOf,
    numeric,
    categorical,
    availability,
    indicatorScores,
    dimensions,
    details: { registrationStatus: basis.registrationStatus, taxCreditRating: basis.taxCreditRating, industryCode: basis.industryCode },
  };
}

/** Indicators from the normalised records of a consented snapshot, the as-of date and the register profile. */
export function indicatorsFromSources(sources: IndicatorSources, asOf: string, profile: RegisterProfileFacts | null): IndicatorVector {
  return indicatorsFromBasis(basisFromSources(sources, asOf, profile));
}

/** Indicators from a row of the synthetic training set: the same numbers live scoring gets for that enterprise. */
export function indicatorsFromTrainingRow(row: TrainingSetRow): IndicatorVector {
  return indicatorsFromBasis(basisFromTrainingRow(row));
}

/** The model's columns: every indicator, then the five dimension scores, in a fixed order. */
export const INDICATOR_FEATURE_COLUMNS: readonly string[] = [
  ...INDICATOR_DEFINITIONS.map((definition) => definition.id),
  ...CREDIT_DIMENSIONS.map((dimension) => dimensionColumn(dimension)),
];

export function dimensionColumn(dimension: CreditDimension): string {
  return `dimension_${dimension.toLowerCase()}`;
}

/**
 * One table row of a vector in `INDICATOR_FEATURE_COLUMNS` order: numbers (NaN missing), category strings (null
 * missing) — what a training file written from the training set and a live score both feed the engine.
 */
export function indicatorFeatureRow(vector: IndicatorVector): (number | string | null)[] {
  const row: (number | string | null)[] = [];
  for (const definition of INDICATOR_DEFINITIONS) {
    row.push(definition.kind === 'categorical' ? vector.categorical[definition.id] : vector.numeric[definition.id]);
  }
  for (const dimension of CREDIT_DIMENSIONS) row.push(vector.dimensions[dimension].score);
  return row;
}
