import { type CreditGrade, type EnterpriseScale, GuaranteeMethod } from '@rongtong/shared';

/* What the recommendation ranking works with: the preferences and their labels, the request and product shapes, the
 * result types, the weights and thresholds, and what each preference means. */

/** The preferences a user may pick in the 产品推荐 wizard. */
export enum RecommendationPreference {
  LOW_RATE = 'LOW_RATE',
  HIGH_AMOUNT = 'HIGH_AMOUNT',
  FAST = 'FAST',
  NO_COLLATERAL = 'NO_COLLATERAL',
  ONLINE = 'ONLINE',
}

export const RECOMMENDATION_PREFERENCE_LABELS: Record<RecommendationPreference, string> = {
  [RecommendationPreference.LOW_RATE]: '低利率',
  [RecommendationPreference.HIGH_AMOUNT]: '高额度',
  [RecommendationPreference.FAST]: '放款快',
  [RecommendationPreference.NO_COLLATERAL]: '免抵押',
  [RecommendationPreference.ONLINE]: '纯线上',
};

export interface EnterpriseProfile {
  regionCode?: string | null;
  /** GB/T 4754 division code ('39') or section code ('C'). */
  industryCode?: string | null;
  scale?: EnterpriseScale | null;
  yearsInBusiness?: number | null;
  creditGrade?: CreditGrade | null;
}

export interface RecommendationRequest {
  amountFen: number;
  termMonths: number;
  preferences: readonly RecommendationPreference[];
  expectedRateBp?: number | null;
  profile?: EnterpriseProfile | null;
}

/** A published product as the ranking sees it; empty target lists mean "open to all". */
export interface RankableProduct {
  id: string;
  guaranteeMethods: readonly GuaranteeMethod[];
  minAmountFen: number;
  maxAmountFen: number;
  minTermMonths: number;
  maxTermMonths: number;
  minRateBp: number;
  targetRegionCodes: readonly string[];
  targetIndustryCodes: readonly string[];
  targetScales: readonly EnterpriseScale[];
  minYearsInBusiness: number;
  minCreditGrade: string | null;
  onlineApply: boolean;
  applyCount: number;
}

export interface ScoredProduct<P extends RankableProduct> {
  product: P;
  score: number;
  matchedConditions: string[];
  matchedPreferences: RecommendationPreference[];
}

export interface NearMiss<P extends RankableProduct> extends ScoredProduct<P> {
  reasons: string[];
}

export interface RankingResult<P extends RankableProduct> {
  eligible: ScoredProduct<P>[];
  nearMisses: NearMiss<P>[];
}

/**
 * Score, 0–100, one decimal:
 *   score = 35·rateFit + 20·amountFit + 15·termFit + 20·preferenceFit + 10·popularity
 * rateFit       with an expected rate e: 1 when minRate ≤ e, else max(0, 1 − (minRate − e) / e);
 *               without one: max(0, 1 − minRate / 2400) (2400 bp = 24 %, the legal ceiling).
 * amountFit     min(1, maxAmount / (2 · amount)) — room above the requested amount (0.5 when the
 *               amount is exactly the ceiling, 1 from twice the amount).
 * termFit       min(1, maxTerm / (2 · term)), likewise for the term.
 * preferenceFit matched preferences / chosen preferences (0 when none chosen).
 * popularity    min(1, applyCount / 5000).
 * Ties: lower minimum rate first, then id. Near misses fail one or two hard conditions (amount, term,
 * region, industry, scale, years in business, credit grade); products failing more are not shown.
 */
const SCORE_WEIGHTS = { rate: 35, amount: 20, term: 15, preference: 20, popularity: 10 } as const;

const LEGAL_RATE_CEILING_BP = 2400;
const POPULARITY_SATURATION = 5000;
/** LOW_RATE: a minimum rate at or below 6.00 %. */
const LOW_RATE_THRESHOLD_BP = 600;
/** HIGH_AMOUNT: a ceiling of at least 500万元. */
const HIGH_AMOUNT_THRESHOLD_FEN = 500_000_000;
const MAX_NEAR_MISS_FAILURES = 2;
const { CREDIT, GUARANTEE } = GuaranteeMethod;
// Exported by name rather than with `export const`: the CommonJS output would otherwise read them from this module's
// exports object, even where this module uses them.
export {
  HIGH_AMOUNT_THRESHOLD_FEN,
  LEGAL_RATE_CEILING_BP,
  LOW_RATE_THRESHOLD_BP,
  MAX_NEAR_MISS_FAILURES,
  POPULARITY_SATURATION,
  SCORE_WEIGHTS,
};

/** How many of each list to describe; a recommendation shows only the best few of thousands. */
export interface RankingLimits {
  eligible?: number;
  nearMisses?: number;
}

/** What each preference means, by the thresholds above. */
export function matchesPreference(preference: RecommendationPreference, product: RankableProduct): boolean {
  switch (preference) {
    case RecommendationPreference.LOW_RATE:
      return product.minRateBp <= LOW_RATE_THRESHOLD_BP;
    case RecommendationPreference.HIGH_AMOUNT:
      return product.maxAmountFen >= HIGH_AMOUNT_THRESHOLD_FEN;
    case RecommendationPreference.FAST:
      // No appraisal of collateral and no branch visit: online credit loans are the fastest to pay out.
      return product.onlineApply && product.guaranteeMethods.includes(CREDIT);
    case RecommendationPreference.NO_COLLATERAL:
      return isCollateralFree(product);
    case RecommendationPreference.ONLINE:
      return product.onlineApply;
  }
}

export function isCollateralFree(product: RankableProduct): boolean {
  return product.guaranteeMethods.some((method) => method === CREDIT || method === GUARANTEE);
}
