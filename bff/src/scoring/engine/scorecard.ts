import { CreditGrade } from '@rongtong/shared';

/**
 * Points scale: score = offset + factor × ln(good:bad odds), factor = PDO / ln 2, offset = basePoints − factor ×
 * ln(baseOdds). With the defaults an enterprise at 50:1 odds (PD ≈ 1.96 %) scores 600 and every doubling of the
 * odds adds 40 points; scores are rounded and kept within [minScore, maxScore].
 */
export interface ScoreScale {
  readonly basePoints: number;
  /** Good:bad odds that score `basePoints`. */
  readonly baseOdds: number;
  /** Points to double the odds. */
  readonly pdo: number;
  readonly minScore: number;
  readonly maxScore: number;
}

export const DEFAULT_SCORE_SCALE: ScoreScale = { basePoints: 600, baseOdds: 50, pdo: 40, minScore: 300, maxScore: 900 };

/** A grade and the highest probability of default it admits; the last band has maxPd 1. */
export interface GradeBand {
  readonly grade: CreditGrade;
  readonly maxPd: number;
}

/**
 * Grades by probability of default over 12 months, best first. The cut-offs double roughly at every notch, as
 * agency default rates do: AAA ≤ 0.3 %, AA ≤ 0.6 %, A ≤ 1.2 %, BBB ≤ 2.5 %, BB ≤ 5 %, B ≤ 10 %, CCC ≤ 20 %,
 * CC ≤ 35 %, C above.
 */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: CreditGrade.AAA, maxPd: 0.003 },
  { grade: CreditGrade.AA, maxPd: 0.006 },
  { grade: CreditGrade.A, maxPd: 0.012 },
  { grade: CreditGrade.BBB, maxPd: 0.025 },
  { grade: CreditGrade.BB, maxPd: 0.05 },
  { grade: CreditGrade.B, maxPd: 0.1 },
  { grade: CreditGrade.CCC, maxPd: 0.2 },
  { grade: CreditGrade.CC, maxPd: 0.35 },
  { grade: CreditGrade.C, maxPd: 1 },
];

export function validateScoreScale(scale: ScoreScale): void {
  if (!(scale.baseOdds > 0) || !Number.isFinite(scale.baseOdds)) throw new RangeError('baseOdds must be a positive number');
  if (!(scale.pdo > 0) || !Number.isFinite(scale.pdo)) throw new RangeError('pdo must be a positive number');
  if (!Number.isFinite(scale.basePoints)) throw new RangeError('basePoints must be a number');
  if (!(scale.minScore < scale.maxScore)) throw new RangeError('minScore must be below maxScore');
}

export function validateGradeBands(bands: readonly GradeBand[]): void {
  if (bands.length === 0 || bands[bands.length - 1].maxPd !== 1) throw new RangeError('the last grade band must end at PD 1');
  for (let i = 1; i < bands.length; i += 1) {
    if (!(bands[i].maxPd > bands[i - 1].maxPd)) throw new RangeError('grade bands must have increasing maxPd');
  }
}

/** The unrounded, unclamped points of a margin (log-odds of default). */
export function pointsFromMargin(margin: number, scale: ScoreScale = DEFAULT_SCORE_SCALE): number {
  const factor = scale.pdo / Math.LN2;
  const offset = scale.basePoints - factor * Math.log(scale.baseOdds);
  // ln(good:bad odds) = −margin.
  return offset - factor * margin;
}

/** The score of a margin: rounded, within [minScore, maxScore]. */
export function scoreFromMargin(margin: number, scale: ScoreScale = DEFAULT_SCORE_SCALE): number {
  return Math.min(scale.maxScore, Math.max(scale.minScore, Math.round(pointsFromMargin(margin, scale))));
}

/** The probability of default a score stands for (the inverse of the scale, before rounding). */
export function pdFromScore(score: number, scale: ScoreScale = DEFAULT_SCORE_SCALE): number {
  const factor = scale.pdo / Math.LN2;
  const offset = scale.basePoints - factor * Math.log(scale.baseOdds);
  const margin = (offset - score) / factor;
  return 1 / (1 + Math.exp(-margin));
}

export function gradeFromPd(pd: number, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): CreditGrade {
  for (const band of bands) if (pd <= band.maxPd) return band.grade;
  return bands[bands.length - 1].grade;
}
