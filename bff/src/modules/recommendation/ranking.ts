import {
  CreditGrade,
  ENTERPRISE_SCALE_LABELS,
  type EnterpriseScale,
  GuaranteeMethod,
  findIndustry,
  findRegion,
  formatAmountCompact,
  formatRateBp,
  meetsCreditGrade,
} from '@rongtong/shared';

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
export const SCORE_WEIGHTS = { rate: 35, amount: 20, term: 15, preference: 20, popularity: 10 } as const;

export const LEGAL_RATE_CEILING_BP = 2400;
export const POPULARITY_SATURATION = 5000;
/** LOW_RATE: a minimum rate at or below 6.00 %. */
export const LOW_RATE_THRESHOLD_BP = 600;
/** HIGH_AMOUNT: a ceiling of at least 500万元. */
export const HIGH_AMOUNT_THRESHOLD_FEN = 500_000_000;
const MAX_NEAR_MISS_FAILURES = 2;

export function rankProducts<P extends RankableProduct>(
  request: RecommendationRequest,
  products: readonly P[],
): RankingResult<P> {
  const eligible: ScoredProduct<P>[] = [];
  const nearMisses: NearMiss<P>[] = [];
  for (const product of products) {
    const check = checkHardConditions(request, product);
    const scored = score(request, product, check.matched);
    if (check.reasons.length === 0) eligible.push(scored);
    else if (check.reasons.length <= MAX_NEAR_MISS_FAILURES) nearMisses.push({ ...scored, reasons: check.reasons });
  }
  eligible.sort(byScore);
  nearMisses.sort((a, b) => a.reasons.length - b.reasons.length || byScore(a, b));
  return { eligible, nearMisses };
}

function byScore(a: ScoredProduct<RankableProduct>, b: ScoredProduct<RankableProduct>): number {
  return b.score - a.score || a.product.minRateBp - b.product.minRateBp || a.product.id.localeCompare(b.product.id);
}

interface HardCheck {
  matched: string[];
  reasons: string[];
}

function checkHardConditions(request: RecommendationRequest, product: RankableProduct): HardCheck {
  const check: HardCheck = { matched: [], reasons: [] };
  checkAmount(request.amountFen, product, check);
  checkTerm(request.termMonths, product, check);
  const profile = request.profile ?? {};
  if (profile.regionCode) checkRegion(profile.regionCode, product, check);
  if (profile.industryCode) checkIndustry(profile.industryCode, product, check);
  if (profile.scale) checkScale(profile.scale, product, check);
  if (profile.yearsInBusiness != null) checkYears(profile.yearsInBusiness, product, check);
  if (profile.creditGrade) checkCreditGrade(profile.creditGrade, product, check);
  return check;
}

function checkAmount(amountFen: number, product: RankableProduct, check: HardCheck): void {
  if (amountFen > product.maxAmountFen) check.reasons.push('额度上限低于申请金额');
  else if (amountFen < product.minAmountFen) check.reasons.push(`申请金额低于起贷金额${formatAmountCompact(product.minAmountFen)}`);
  else check.matched.push(`额度覆盖${formatAmountCompact(amountFen)}`);
}

function checkTerm(termMonths: number, product: RankableProduct, check: HardCheck): void {
  if (termMonths >= product.minTermMonths && termMonths <= product.maxTermMonths) {
    check.matched.push(`期限满足${termMonths}个月`);
  } else {
    check.reasons.push(`期限不支持${termMonths}个月（${product.minTermMonths}–${product.maxTermMonths}个月）`);
  }
}

function checkRegion(regionCode: string, product: RankableProduct, check: HardCheck): void {
  if (product.targetRegionCodes.length === 0) return;
  if (product.targetRegionCodes.some((code) => coversRegion(code, regionCode))) {
    check.matched.push(`支持${findRegion(regionCode)?.name ?? '本地区'}企业`);
  } else {
    check.reasons.push('不支持本地区');
  }
}

/** GB/T 2260: 340000 covers 34xxxx, 341200 covers 3412xx, a county code covers only itself. */
export function coversRegion(target: string, regionCode: string): boolean {
  if (target.endsWith('0000')) return regionCode.startsWith(target.slice(0, 2));
  if (target.endsWith('00')) return regionCode.startsWith(target.slice(0, 4));
  return target === regionCode;
}

function checkIndustry(industryCode: string, product: RankableProduct, check: HardCheck): void {
  if (product.targetIndustryCodes.length === 0) return;
  const match = findIndustry(industryCode);
  const accepted = match ? [industryCode, match.section.code] : [industryCode];
  if (product.targetIndustryCodes.some((code) => accepted.includes(code))) {
    check.matched.push(`适用${match?.division?.name ?? match?.section.name ?? '本'}行业`);
  } else {
    check.reasons.push('不支持本行业');
  }
}

function checkScale(scale: EnterpriseScale, product: RankableProduct, check: HardCheck): void {
  if (product.targetScales.length === 0) return;
  if (product.targetScales.includes(scale)) check.matched.push(`面向${ENTERPRISE_SCALE_LABELS[scale]}企业`);
  else check.reasons.push(`不面向${ENTERPRISE_SCALE_LABELS[scale]}企业`);
}

function checkYears(years: number, product: RankableProduct, check: HardCheck): void {
  if (product.minYearsInBusiness <= 0) return;
  if (years >= product.minYearsInBusiness) check.matched.push(`成立满${product.minYearsInBusiness}年`);
  else check.reasons.push(`成立年限不足${product.minYearsInBusiness}年`);
}

function checkCreditGrade(grade: CreditGrade, product: RankableProduct, check: HardCheck): void {
  const minimum = product.minCreditGrade;
  if (!minimum || !isCreditGrade(minimum)) return;
  if (meetsCreditGrade(grade, minimum)) check.matched.push(`信用等级达到${minimum}`);
  else check.reasons.push('信用等级低于要求');
}

function isCreditGrade(value: string): value is CreditGrade {
  return (Object.values(CreditGrade) as string[]).includes(value);
}

function score<P extends RankableProduct>(request: RecommendationRequest, product: P, hardMatched: string[]): ScoredProduct<P> {
  const matchedPreferences = request.preferences.filter((preference) => matchesPreference(preference, product));
  const preferenceFit = request.preferences.length === 0 ? 0 : matchedPreferences.length / request.preferences.length;
  const total =
    SCORE_WEIGHTS.rate * rateFit(product.minRateBp, request.expectedRateBp) +
    SCORE_WEIGHTS.amount * Math.min(1, product.maxAmountFen / (2 * request.amountFen)) +
    SCORE_WEIGHTS.term * Math.min(1, product.maxTermMonths / (2 * request.termMonths)) +
    SCORE_WEIGHTS.preference * preferenceFit +
    SCORE_WEIGHTS.popularity * Math.min(1, product.applyCount / POPULARITY_SATURATION);
  return {
    product,
    score: Math.round(total * 10) / 10,
    matchedConditions: [...hardMatched, ...softConditions(request, product)],
    matchedPreferences,
  };
}

export function rateFit(minRateBp: number, expectedRateBp: number | null | undefined): number {
  if (expectedRateBp == null || expectedRateBp <= 0) return Math.max(0, 1 - minRateBp / LEGAL_RATE_CEILING_BP);
  if (minRateBp <= expectedRateBp) return 1;
  return Math.max(0, 1 - (minRateBp - expectedRateBp) / expectedRateBp);
}

export function matchesPreference(preference: RecommendationPreference, product: RankableProduct): boolean {
  switch (preference) {
    case RecommendationPreference.LOW_RATE:
      return product.minRateBp <= LOW_RATE_THRESHOLD_BP;
    case RecommendationPreference.HIGH_AMOUNT:
      return product.maxAmountFen >= HIGH_AMOUNT_THRESHOLD_FEN;
    case RecommendationPreference.FAST:
      // No appraisal of collateral and no branch visit: online credit loans are the fastest to pay out.
      return product.onlineApply && product.guaranteeMethods.includes(GuaranteeMethod.CREDIT);
    case RecommendationPreference.NO_COLLATERAL:
      return isCollateralFree(product);
    case RecommendationPreference.ONLINE:
      return product.onlineApply;
  }
}

function isCollateralFree(product: RankableProduct): boolean {
  return product.guaranteeMethods.some((method) => method === GuaranteeMethod.CREDIT || method === GuaranteeMethod.GUARANTEE);
}

function softConditions(request: RecommendationRequest, product: RankableProduct): string[] {
  const conditions: string[] = [];
  const expected = request.expectedRateBp;
  if (expected != null && expected > 0 && product.minRateBp <= expected) {
    conditions.push(`利率${formatRateBp(product.minRateBp)}起，不高于期望${formatRateBp(expected)}`);
  }
  if (product.guaranteeMethods.includes(GuaranteeMethod.CREDIT)) conditions.push('信用贷款，免抵押');
  else if (isCollateralFree(product)) conditions.push('保证担保，免抵押');
  if (product.onlineApply) conditions.push('支持纯线上申请');
  return conditions;
}

/** Whole years from `establishedOn` (YYYY-MM-DD) to `today`; an anniversary not yet reached does not count. */
export function yearsInBusiness(establishedOn: string, today: Date): number {
  const [year, month, day] = establishedOn.split('-').map(Number);
  let years = today.getUTCFullYear() - year;
  const beforeAnniversary =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  if (beforeAnniversary) years -= 1;
  return Math.max(0, years);
}
