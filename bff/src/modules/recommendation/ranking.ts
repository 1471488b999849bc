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
/** Read once: the ranking tests them for every product of the catalogue. */
const { CREDIT, GUARANTEE } = GuaranteeMethod;

export const SCORE_WEIGHTS = { rate: 35, amount: 20, term: 15, preference: 20, popularity: 10 } as const;

export const LEGAL_RATE_CEILING_BP = 2400;
export const POPULARITY_SATURATION = 5000;
/** LOW_RATE: a minimum rate at or below 6.00 %. */
export const LOW_RATE_THRESHOLD_BP = 600;
/** HIGH_AMOUNT: a ceiling of at least 500万元. */
export const HIGH_AMOUNT_THRESHOLD_FEN = 500_000_000;
const MAX_NEAR_MISS_FAILURES = 2;

/** How many of each list to describe; a recommendation shows only the best few of thousands. */
export interface RankingLimits {
  eligible?: number;
  nearMisses?: number;
}

interface Candidate<P extends RankableProduct> {
  product: P;
  score: number;
  failures: number;
}

/**
 * Two passes: every product is checked and scored with numbers only, then the conditions and reasons (the
 * costly strings) are written for the products that make the lists.
 */
export function rankProducts<P extends RankableProduct>(
  request: RecommendationRequest,
  products: readonly P[],
  limits: RankingLimits = {},
): RankingResult<P> {
  const conditions = HARD_CONDITIONS.filter((condition) => condition.applies(request));
  const eligible: Candidate<P>[] = [];
  const nearMisses: Candidate<P>[] = [];
  for (const product of products) {
    let failures = 0;
    for (const condition of conditions) if (!condition.passes(request, product)) failures += 1;
    if (failures > MAX_NEAR_MISS_FAILURES) continue;
    const candidate = { product, score: scoreOf(request, product), failures };
    (failures === 0 ? eligible : nearMisses).push(candidate);
  }
  const describe = (candidate: Candidate<P>) => described(request, candidate, conditions);
  const byFailuresThenScore = (a: Candidate<P>, b: Candidate<P>) => a.failures - b.failures || byScore(a, b);
  return {
    eligible: best(eligible, limits.eligible, byScore).map(describe),
    nearMisses: best(nearMisses, limits.nearMisses, byFailuresThenScore).map((candidate) => ({
      ...describe(candidate),
      reasons: conditions.filter((condition) => !condition.passes(request, candidate.product)).map((condition) => condition.failed(request, candidate.product)),
    })),
  };
}

/** The first `limit` items in `compare` order, without sorting all of them (binary insertion into a short list). */
export function best<T>(items: readonly T[], limit: number | undefined, compare: (a: T, b: T) => number): T[] {
  if (limit === undefined || limit >= items.length) return [...items].sort(compare);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === limit && compare(item, top[limit - 1]) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(top[middle], item) <= 0) low = middle + 1;
      else high = middle;
    }
    top.splice(low, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

function byScore(a: Candidate<RankableProduct>, b: Candidate<RankableProduct>): number {
  return b.score - a.score || a.product.minRateBp - b.product.minRateBp || compareIds(a.product.id, b.product.id);
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * A hard condition of a product: whether it applies to the request at all, whether the product passes, and
 * what to tell the user either way (`matched` returns null when a pass is not worth mentioning, e.g. a
 * product open to every region).
 */
interface HardCondition {
  applies(request: RecommendationRequest): boolean;
  passes(request: RecommendationRequest, product: RankableProduct): boolean;
  matched(request: RecommendationRequest, product: RankableProduct): string | null;
  failed(request: RecommendationRequest, product: RankableProduct): string;
}

const profileOf = (request: RecommendationRequest): EnterpriseProfile => request.profile ?? {};

const AMOUNT: HardCondition = {
  applies: () => true,
  passes: ({ amountFen }, product) => amountFen <= product.maxAmountFen && amountFen >= product.minAmountFen,
  matched: ({ amountFen }) => `额度覆盖${formatAmountCompact(amountFen)}`,
  failed: ({ amountFen }, product) =>
    amountFen > product.maxAmountFen ? '额度上限低于申请金额' : `申请金额低于起贷金额${formatAmountCompact(product.minAmountFen)}`,
};

const TERM: HardCondition = {
  applies: () => true,
  passes: ({ termMonths }, product) => termMonths >= product.minTermMonths && termMonths <= product.maxTermMonths,
  matched: ({ termMonths }) => `期限满足${termMonths}个月`,
  failed: ({ termMonths }, product) => `期限不支持${termMonths}个月（${product.minTermMonths}–${product.maxTermMonths}个月）`,
};

const REGION: HardCondition = {
  applies: (request) => Boolean(profileOf(request).regionCode),
  passes: (request, product) => {
    const regionCode = profileOf(request).regionCode as string;
    return product.targetRegionCodes.length === 0 || product.targetRegionCodes.some((code) => coversRegion(code, regionCode));
  },
  matched: (request, product) => {
    if (product.targetRegionCodes.length === 0) return null;
    return `支持${findRegion(profileOf(request).regionCode as string)?.name ?? '本地区'}企业`;
  },
  failed: () => '不支持本地区',
};

const acceptedIndustryCache = new Map<string, readonly string[]>();

/** A division code is accepted by products aimed at it or at its section (looked up once per code, not per product). */
function acceptedIndustryCodes(industryCode: string): readonly string[] {
  let accepted = acceptedIndustryCache.get(industryCode);
  if (!accepted) {
    const match = findIndustry(industryCode);
    accepted = match ? [industryCode, match.section.code] : [industryCode];
    if (match) acceptedIndustryCache.set(industryCode, accepted); // only real codes: the cache stays bounded
  }
  return accepted;
}

const INDUSTRY: HardCondition = {
  applies: (request) => Boolean(profileOf(request).industryCode),
  passes: (request, product) => {
    if (product.targetIndustryCodes.length === 0) return true;
    const accepted = acceptedIndustryCodes(profileOf(request).industryCode as string);
    return product.targetIndustryCodes.some((code) => accepted.includes(code));
  },
  matched: (request, product) => {
    if (product.targetIndustryCodes.length === 0) return null;
    const match = findIndustry(profileOf(request).industryCode as string);
    return `适用${match?.division?.name ?? match?.section.name ?? '本'}行业`;
  },
  failed: () => '不支持本行业',
};

const SCALE: HardCondition = {
  applies: (request) => Boolean(profileOf(request).scale),
  passes: (request, product) => product.targetScales.length === 0 || product.targetScales.includes(profileOf(request).scale as EnterpriseScale),
  matched: (request, product) =>
    product.targetScales.length === 0 ? null : `面向${ENTERPRISE_SCALE_LABELS[profileOf(request).scale as EnterpriseScale]}企业`,
  failed: (request) => `不面向${ENTERPRISE_SCALE_LABELS[profileOf(request).scale as EnterpriseScale]}企业`,
};

const YEARS: HardCondition = {
  applies: (request) => profileOf(request).yearsInBusiness != null,
  passes: (request, product) => product.minYearsInBusiness <= 0 || (profileOf(request).yearsInBusiness as number) >= product.minYearsInBusiness,
  matched: (_request, product) => (product.minYearsInBusiness <= 0 ? null : `成立满${product.minYearsInBusiness}年`),
  failed: (_request, product) => `成立年限不足${product.minYearsInBusiness}年`,
};

const CREDIT_GRADE: HardCondition = {
  applies: (request) => Boolean(profileOf(request).creditGrade),
  passes: (request, product) => {
    const minimum = product.minCreditGrade;
    return !minimum || !isCreditGrade(minimum) || meetsCreditGrade(profileOf(request).creditGrade as CreditGrade, minimum);
  },
  matched: (_request, product) => {
    const minimum = product.minCreditGrade;
    return minimum && isCreditGrade(minimum) ? `信用等级达到${minimum}` : null;
  },
  failed: () => '信用等级低于要求',
};

/** In the order their conditions and reasons are listed. */
const HARD_CONDITIONS: readonly HardCondition[] = [AMOUNT, TERM, REGION, INDUSTRY, SCALE, YEARS, CREDIT_GRADE];

/** GB/T 2260: 340000 covers 34xxxx, 341200 covers 3412xx, a county code covers only itself. */
export function coversRegion(target: string, regionCode: string): boolean {
  if (target.endsWith('0000')) return regionCode.startsWith(target.slice(0, 2));
  if (target.endsWith('00')) return regionCode.startsWith(target.slice(0, 4));
  return target === regionCode;
}

function isCreditGrade(value: string): value is CreditGrade {
  return (Object.values(CreditGrade) as string[]).includes(value);
}

function scoreOf(request: RecommendationRequest, product: RankableProduct): number {
  let matchedPreferences = 0;
  for (const preference of request.preferences) if (matchesPreference(preference, product)) matchedPreferences += 1;
  const preferenceFit = request.preferences.length === 0 ? 0 : matchedPreferences / request.preferences.length;
  const total =
    SCORE_WEIGHTS.rate * rateFit(product.minRateBp, request.expectedRateBp) +
    SCORE_WEIGHTS.amount * Math.min(1, product.maxAmountFen / (2 * request.amountFen)) +
    SCORE_WEIGHTS.term * Math.min(1, product.maxTermMonths / (2 * request.termMonths)) +
    SCORE_WEIGHTS.preference * preferenceFit +
    SCORE_WEIGHTS.popularity * Math.min(1, product.applyCount / POPULARITY_SATURATION);
  return Math.round(total * 10) / 10;
}

function described<P extends RankableProduct>(
  request: RecommendationRequest,
  { product, score }: Candidate<P>,
  conditions: readonly HardCondition[],
): ScoredProduct<P> {
  const hardMatched = conditions
    .filter((condition) => condition.passes(request, product))
    .map((condition) => condition.matched(request, product))
    .filter((text): text is string => text !== null);
  return {
    product,
    score,
    matchedConditions: [...hardMatched, ...softConditions(request, product)],
    matchedPreferences: request.preferences.filter((preference) => matchesPreference(preference, product)),
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
      return product.onlineApply && product.guaranteeMethods.includes(CREDIT);
    case RecommendationPreference.NO_COLLATERAL:
      return isCollateralFree(product);
    case RecommendationPreference.ONLINE:
      return product.onlineApply;
  }
}

function isCollateralFree(product: RankableProduct): boolean {
  return product.guaranteeMethods.some((method) => method === CREDIT || method === GUARANTEE);
}

function softConditions(request: RecommendationRequest, product: RankableProduct): string[] {
  const conditions: string[] = [];
  const expected = request.expectedRateBp;
  if (expected != null && expected > 0 && product.minRateBp <= expected) {
    conditions.push(`利率${formatRateBp(product.minRateBp)}起，不高于期望${formatRateBp(expected)}`);
  }
  if (product.guaranteeMethods.includes(CREDIT)) conditions.push('信用贷款，免抵押');
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
