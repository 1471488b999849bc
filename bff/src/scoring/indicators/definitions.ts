import {
  CREDIT_INDICATOR_IDS,
  CREDIT_INDICATOR_TEXTS,
  EnterpriseScale,
  findIndustry,
  industryRiskLevel,
  type CreditDimension,
  type CreditIndicatorId,
  type TaxCreditRating,
} from '@rongtong/shared';
import type { BasisField, IndicatorBasis } from './basis';

/** Which way an indicator points: a higher value is safer, riskier, or neither (a category). */
export type IndicatorDirection = 'HIGHER_SAFER' | 'HIGHER_RISKIER' | 'NONE';

/**
 * The monotone map from an indicator's value to a 0–100 score (100 safest): t(v) is v or log10(1 + max(0, v)); the
 * score is 100 × (t(v) − t(worst)) / (t(best) − t(worst)) clamped to [0, 100]. `weight` is its share in the
 * dimension's score.
 */
export interface IndicatorScoring {
  transform: 'LINEAR' | 'LOG10';
  worst: number;
  best: number;
  weight: number;
}

export type CategoricalIndicatorId = 'industrySection' | 'regionCode';
export type NumericIndicatorId = Exclude<CreditIndicatorId, CategoricalIndicatorId>;

interface DefinitionBase {
  dimension: CreditDimension;
  /** The basis fields it is computed from: any of them unknown makes it missing. */
  basis: readonly BasisField[];
  /** The training-set column holding it, when one does. */
  trainingColumn: string | null;
}

export interface NumericIndicatorDefinition extends DefinitionBase {
  id: NumericIndicatorId;
  kind: 'numeric';
  direction: Exclude<IndicatorDirection, 'NONE'>;
  /** The value from a basis whose `basis` fields are all known; null when the formula is undefined (a zero denominator). */
  compute(basis: IndicatorBasis): number | null;
  /** Absent: a model feature only, not part of the dimension score (redundant with a scored one, or no clear direction alone). */
  scoring: IndicatorScoring | null;
}

export interface CategoricalIndicatorDefinition extends DefinitionBase {
  id: CategoricalIndicatorId;
  kind: 'categorical';
  direction: 'NONE';
  compute(basis: IndicatorBasis): string | null;
  scoring: null;
}

export type IndicatorDefinition = NumericIndicatorDefinition | CategoricalIndicatorDefinition;

const TAX_RATING_RANK: Record<TaxCreditRating, number> = { A: 1, B: 2, M: 3, C: 4, D: 5 };
const SCALE_RANK: Record<EnterpriseScale, number> = {
  [EnterpriseScale.MICRO]: 1,
  [EnterpriseScale.SMALL]: 2,
  [EnterpriseScale.MEDIUM]: 3,
  [EnterpriseScale.LARGE]: 4,
};

/** a / b, null when b is 0. Basis fields named in `basis` are known when `compute` runs. */
function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

function known<T>(value: T | null): T {
  if (value === null) throw new Error('indicator computed from an unknown basis field');
  return value;
}

const linear = (worst: number, best: number, weight: number): IndicatorScoring => ({ transform: 'LINEAR', worst, best, weight });
const log10 = (worst: number, best: number, weight: number): IndicatorScoring => ({ transform: 'LOG10', worst, best, weight });

type NumericSpec = Omit<NumericIndicatorDefinition, 'id' | 'kind' | 'dimension'>;
type CategoricalSpec = Omit<CategoricalIndicatorDefinition, 'id' | 'kind' | 'dimension' | 'direction' | 'scoring'>;

/** Amounts of money are in fen: 1e6 fen = 1万元, 1e8 = 100万元, 1e10 = 1亿元. */
const NUMERIC: Record<NumericIndicatorId, NumericSpec> = {
  // 营运能力
  revenue12mFen: {
    basis: ['revenue12mFen'], trainingColumn: 'revenue_12m_fen', direction: 'HIGHER_SAFER',
    compute: (b) => b.revenue12mFen, scoring: log10(1e6, 1e10, 2),
  },
  revenueLastYearFen: {
    basis: ['revenueLastYearFen'], trainingColumn: 'revenue_last_year_fen', direction: 'HIGHER_SAFER',
    compute: (b) => b.revenueLastYearFen, scoring: null,
  },
  revenueCv12m: {
    basis: ['revenueCv12m'], trainingColumn: 'revenue_cv_12m', direction: 'HIGHER_RISKIER',
    compute: (b) => b.revenueCv12m, scoring: linear(0.6, 0.1, 1),
  },
  capitalTurnover: {
    basis: ['revenue12mFen', 'registeredCapitalFen'], trainingColumn: null, direction: 'HIGHER_SAFER',
    compute: (b) => ratio(b.revenue12mFen, b.registeredCapitalFen), scoring: log10(0, 5, 0.5),
  },
  revenuePerEmployeeFen: {
    basis: ['revenue12mFen', 'headcountNow'], trainingColumn: null, direction: 'HIGHER_SAFER',
    compute: (b) => ratio(b.revenue12mFen, b.headcountNow), scoring: log10(1e6, 1e8, 0.5),
  },
  electricity12mKwh: {
    basis: ['electricity12mKwh'], trainingColumn: 'electricity_12m_kwh', direction: 'HIGHER_SAFER',
    compute: (b) => b.electricity12mKwh, scoring: log10(100, 1e6, 1),
  },
  water12mTonnes: {
    basis: ['water12mTonnes'], trainingColumn: 'water_12m_tonnes', direction: 'HIGHER_SAFER',
    compute: (b) => b.water12mTonnes, scoring: null,
  },
  headcountNow: {
    basis: ['headcountNow'], trainingColumn: 'headcount_now', direction: 'HIGHER_SAFER',
    compute: (b) => b.headcountNow, scoring: log10(0, 300, 1),
  },
  housingFundCoverage: {
    basis: ['headcountNow', 'housingFundContributorsNow'], trainingColumn: 'housing_fund_coverage', direction: 'HIGHER_SAFER',
    compute: (b) => ratio(b.housingFundContributorsNow, b.headcountNow), scoring: linear(0, 1, 1),
  },
  ageYears: {
    basis: ['ageYears'], trainingColumn: 'age_years', direction: 'HIGHER_SAFER',
    compute: (b) => b.ageYears, scoring: log10(0, 20, 1.5),
  },
  scaleRank: {
    basis: ['scale'], trainingColumn: null, direction: 'HIGHER_SAFER',
    compute: (b) => (b.scale === null ? null : SCALE_RANK[b.scale]), scoring: linear(1, 4, 1),
  },
  // 偿债能力
  taxPaid12mFen: {
    basis: ['taxPaid12mFen'], trainingColumn: 'tax_paid_12m_fen', direction: 'HIGHER_SAFER',
    compute: (b) => b.taxPaid12mFen, scoring: log10(1e5, 1e8, 1),
  },
  taxToRevenue12m: {
    basis: ['taxPaid12mFen', 'revenue12mFen'], trainingColumn: 'tax_to_revenue_12m', direction: 'HIGHER_SAFER',
    compute: (b) => ratio(b.taxPaid12mFen, b.revenue12mFen), scoring: linear(0, 0.04, 1.5),
  },
  taxArrearsFen: {
    basis: ['taxArrearsFen'], trainingColumn: 'tax_arrears_fen', direction: 'HIGHER_RISKIER',
    compute: (b) => b.taxArrearsFen, scoring: log10(1e7, 0, 1),
  },
  taxArrearsToRevenue: {
    basis: ['taxArrearsFen', 'revenue12mFen'], trainingColumn: null, direction: 'HIGHER_RISKIER',
    compute: (b) => ratio(b.taxArrearsFen, b.revenue12mFen), scoring: linear(0.05, 0, 2),
  },
  knownLiabilitiesFen: {
    basis: ['taxArrearsFen', 'enforcementActiveAmountFen'], trainingColumn: null, direction: 'HIGHER_RISKIER',
    compute: (b) => known(b.taxArrearsFen) + known(b.enforcementActiveAmountFen), scoring: log10(1e8, 0, 1),
  },
  knownLiabilitiesToRevenue: {
    basis: ['taxArrearsFen', 'enforcementActiveAmountFen', 'revenue12mFen'], trainingColumn: null, direction: 'HIGHER_RISKIER',
    compute: (b) => ratio(known(b.taxArrearsFen) + known(b.enforcementActiveAmountFen), b.revenue12mFen), scoring: linear(0.2, 0, 2),
  },
  registeredCapitalFen: {
    basis: ['registeredCapitalFen'], trainingColumn: 'registered_capital_fen', direction: 'HIGHER_SAFER',
    compute: (b) => b.registeredCapitalFen, scoring: log10(1e6, 1e10, 0.5),
  },
  // 发展能力
  revenueGrowth12m: {
    basis: ['revenue12mFen', 'revenuePrev12mFen'], trainingColumn: 'revenue_growth_12m', direction: 'HIGHER_SAFER',
    compute: (b) => growth(b.revenue12mFen, b.revenuePrev12mFen), scoring: linear(-0.3, 0.2, 2),
  },
  taxGrowth12m: {
    basis: ['taxPaid12mFen', 'taxPaidPrev12mFen'], trainingColumn: null, direction: 'HIGHER_SAFER',
    compute: (b) => growth(b.taxPaid12mFen, b.taxPaidPrev12mFen), scoring: linear(-0.4, 0.2, 1),
  },
  headcountChange12m: {
    basis: ['headcountNow', 'headcount12mAgo'], trainingColumn: 'headcount_change_12m', direction: 'HIGHER_SAFER',
    compute: (b) => known(b.headcountNow) - known(b.headcount12mAgo), scoring: null,
  },
  headcountGrowth12m: {
    basis: ['headcountNow', 'headcount12mAgo'], trainingColumn: null, direction: 'HIGHER_SAFER',
    compute: (b) => growth(b.headcountNow, b.headcount12mAgo), scoring: linear(-0.3, 0.2, 1),
  },
  electricityGrowth12m: {
    basis: ['electricityGrowth12m'], trainingColumn: 'electricity_growth_12m', direction: 'HIGHER_SAFER',
    compute: (b) => b.electricityGrowth12m, scoring: linear(-0.3, 0.2, 1),
  },
  // 行业展望
  industryRiskLevel: {
    basis: ['industryCode'], trainingColumn: null, direction: 'HIGHER_RISKIER',
    compute: (b) => industryRiskLevel(known(b.industryCode)), scoring: linear(5, 1, 1),
  },
  // 公共记录
  casesAsDefendant5y: {
    basis: ['casesAsDefendant5y'], trainingColumn: 'cases_as_defendant_5y', direction: 'HIGHER_RISKIER',
    compute: (b) => b.casesAsDefendant5y, scoring: linear(5, 0, 1),
  },
  casesPending: {
    basis: ['casesPending'], trainingColumn: 'cases_pending', direction: 'HIGHER_RISKIER',
    compute: (b) => b.casesPending, scoring: linear(3, 0, 0.5),
  },
  defendantAmount5yFen: {
    basis: ['defendantAmount5yFen'], trainingColumn: 'defendant_amount_5y_fen', direction: 'HIGHER_RISKIER',
    compute: (b) => b.defendantAmount5yFen, scoring: null,
  },
  enforcements5y: {
    basis: ['enforcements5y'], trainingColumn: 'enforcements_5y', direction: 'HIGHER_RISKIER',
    compute: (b) => b.enforcements5y, scoring: linear(3, 0, 1),
  },
  enforcementsActive: {
    basis: ['enforcementsActive'], trainingColumn: 'enforcements_active', direction: 'HIGHER_RISKIER',
    compute: (b) => b.enforcementsActive, scoring: linear(2, 0, 2),
  },
  enforcementActiveAmountFen: {
    basis: ['enforcementActiveAmountFen'], trainingColumn: 'enforcement_active_amount_fen', direction: 'HIGHER_RISKIER',
    compute: (b) => b.enforcementActiveAmountFen, scoring: null,
  },
  dishonestDebtor: {
    basis: ['dishonestDebtor'], trainingColumn: 'dishonest_debtor', direction: 'HIGHER_RISKIER',
    compute: (b) => (known(b.dishonestDebtor) ? 1 : 0), scoring: linear(1, 0, 3),
  },
  penalties3y: {
    basis: ['penalties3y'], trainingColumn: 'penalties_3y', direction: 'HIGHER_RISKIER',
    compute: (b) => b.penalties3y, scoring: linear(4, 0, 0.5),
  },
  penaltyAmount3yFen: {
    basis: ['penaltyAmount3yFen'], trainingColumn: 'penalty_amount_3y_fen', direction: 'HIGHER_RISKIER',
    compute: (b) => b.penaltyAmount3yFen, scoring: null,
  },
  taxCreditRatingRank: {
    basis: ['taxCreditRating'], trainingColumn: 'tax_credit_rating', direction: 'HIGHER_RISKIER',
    compute: (b) => TAX_RATING_RANK[known(b.taxCreditRating)], scoring: linear(5, 1, 2),
  },
  registrationAbnormal: {
    basis: ['registrationStatus'], trainingColumn: 'registration_status', direction: 'HIGHER_RISKIER',
    compute: (b) => (known(b.registrationStatus) === 'IN_OPERATION' ? 0 : 1), scoring: linear(1, 0, 3),
  },
};

const CATEGORICAL: Record<CategoricalIndicatorId, CategoricalSpec> = {
  industrySection: {
    basis: ['industryCode'], trainingColumn: 'industry_section',
    compute: (b) => findIndustry(known(b.industryCode))?.section.code ?? null,
  },
  regionCode: {
    basis: ['regionCode'], trainingColumn: 'region_code',
    compute: (b) => b.regionCode,
  },
};

/** Growth of the last 12 months on the 12 before; null when the 12 before are 0. */
function growth(current: number | null, previous: number | null): number | null {
  const rate = ratio(current, previous);
  return rate === null ? null : rate - 1;
}

function isCategorical(id: CreditIndicatorId): id is CategoricalIndicatorId {
  return id in CATEGORICAL;
}

/** Every indicator in vector order (CREDIT_INDICATOR_IDS), with its dimension from shared. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = CREDIT_INDICATOR_IDS.map((id): IndicatorDefinition => {
  const dimension = CREDIT_INDICATOR_TEXTS[id].dimension;
  if (isCategorical(id)) return { id, kind: 'categorical', dimension, direction: 'NONE', scoring: null, ...CATEGORICAL[id] };
  return { id, kind: 'numeric', dimension, ...NUMERIC[id] };
});

/** The 0–100 score of a value under its scoring (100 safest); NaN for NaN. */
export function indicatorScore(value: number, scoring: IndicatorScoring): number {
  if (Number.isNaN(value)) return Number.NaN;
  const t = scoring.transform === 'LOG10' ? (v: number) => Math.log10(1 + Math.max(0, v)) : (v: number) => v;
  const share = (t(value) - t(scoring.worst)) / (t(scoring.best) - t(scoring.worst));
  return 100 * Math.min(1, Math.max(0, share));
}
