import {
  CreditGrade,
  ENTERPRISE_SCALE_LABELS,
  type EnterpriseScale,
  GuaranteeMethod,
  findIndustry,
  findRegion,
  formatAmountCompact,
  industryName,
  formatRateBp,
  meetsCreditGrade,
} from '@rongtong/shared';
import {
  RankingIndex,
  acceptsIndustry,
  acceptsRegion,
  acceptsScale,
  creditGradeRank,
  indexForRanking,
} from './ranking-index';

export { RankingIndex, indexForRanking } from './ranking-index';

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
// Exported by name rather than with `export const`: the CommonJS output would otherwise read them in the hot loop
// from this module's exports object, which V8 keeps in slow dictionary mode.
export { HIGH_AMOUNT_THRESHOLD_FEN, LEGAL_RATE_CEILING_BP, LOW_RATE_THRESHOLD_BP, POPULARITY_SATURATION, SCORE_WEIGHTS };

/** How many of each list to describe; a recommendation shows only the best few of thousands. */
export interface RankingLimits {
  eligible?: number;
  nearMisses?: number;
}

/**
 * Two passes: every product is checked and scored with numbers only (typed arrays of a RankingIndex, nothing
 * allocated per product), then the conditions and reasons (the costly strings) are written for the products that
 * make the lists. Pass the catalogue's cached index; an array is indexed on the fly.
 */
export function rankProducts<P extends RankableProduct>(
  request: RecommendationRequest,
  catalogue: readonly P[] | RankingIndex<P>,
  limits: RankingLimits = {},
): RankingResult<P> {
  const index = catalogue instanceof RankingIndex ? catalogue : indexForRanking(catalogue);
  const plan = new RankingPlan(request, index);
  const eligible = new Selection(plan, limits.eligible);
  const nearMisses = new Selection(plan, limits.nearMisses);
  selectCandidates(plan, eligible, nearMisses);
  const wording = new RequestWording(request);
  return {
    eligible: eligible.ranked().map((i) => wording.describe(index.products[i], plan.scores[i])),
    nearMisses: nearMisses.ranked().map((i) => wording.describeNearMiss(index.products[i], plan.scores[i])),
  };
}

/**
 * The hot loop: HARD_CONDITIONS' `passes` counted on numbers and masks, then scoreOf, for the products in ascending
 * order of minimum rate. The columns are read into locals first, so that V8 keeps them in registers instead of
 * reloading them through the plan after each call into a Selection. Only candidates that can still make a list are
 * scored, and the loop stops once neither list could take a product scoring `scoreCeiling` (every later product
 * scores at most that, its rate fit being no better).
 */
function selectCandidates(plan: RankingPlan<RankableProduct>, eligible: Selection, nearMisses: Selection): number {
  const { request, regionMask, industryMask, scaleMask, checksYears, yearsInBusiness, creditRank, scores, failures: failureColumn } = plan;
  const { preferenceMatches, preferenceFitByBits } = plan;
  const { size, minAmountFen, maxAmountFen, minTermMonths, maxTermMonths, minYearsInBusiness, minCreditRank, minRateBp, applyCount } = plan.index;
  const { amountFen, termMonths } = request;
  for (let i = 0; i < size; i += 1) {
    let failures = 3 - regionMask[i] - industryMask[i] - scaleMask[i];
    if (!(amountFen <= maxAmountFen[i] && amountFen >= minAmountFen[i])) failures += 1;
    if (!(termMonths >= minTermMonths[i] && termMonths <= maxTermMonths[i])) failures += 1;
    const minYears = minYearsInBusiness[i];
    if (checksYears && !(minYears <= 0 || yearsInBusiness >= minYears)) failures += 1;
    if (creditRank > minCreditRank[i]) failures += 1;
    failureColumn[i] = failures;
    if ((i & STOP_CHECK_INTERVAL_MASK) === 0 && !admitsAnyScoring(eligible, nearMisses, scoreCeiling(request, minRateBp[i]))) return i;
    if (failures > MAX_NEAR_MISS_FAILURES) continue;
    const selection = failures === 0 ? eligible : nearMisses;
    if (selection.isClosedTo(failures)) continue;
    // Stored rather than returned: a double returned from a call V8 does not inline is boxed on the heap.
    scores[i] = weightedScore(request, minRateBp[i], maxAmountFen[i], maxTermMonths[i], preferenceFitByBits[preferenceMatches[i]], applyCount[i]);
    selection.offer(i);
  }
  return size;
}

/** The stop condition is checked every 32 products: it costs about as much as scoring one. */
const STOP_CHECK_INTERVAL_MASK = 31;

/**
 * The best score a product of minimum rate `minRateBp` could reach: every other fit at its maximum, 1, by the same
 * arithmetic in the same order, so it is never below a real score (floating-point addition, multiplication by a
 * positive weight and rounding are all monotonic).
 */
function scoreCeiling(request: RecommendationRequest, minRateBp: number): number {
  return scoreOfFits(rateFit(minRateBp, request.expectedRateBp), 1, 1, 1, 1);
}

/** Whether either list could still take a product that scores at most `ceiling`. */
function admitsAnyScoring(eligible: Selection, nearMisses: Selection, ceiling: number): boolean {
  return !eligible.isClosedBelow(0, ceiling) || !nearMisses.isClosedBelow(1, ceiling);
}

/** Working columns of the hot loop, reused by every call: the ranking is synchronous, so calls never overlap. */
let scratchScores = new Float64Array(0);
let scratchFailures = new Uint8Array(0);

function scratchColumns(size: number): { scores: Float64Array; failures: Uint8Array } {
  if (scratchScores.length < size) {
    scratchScores = new Float64Array(size);
    scratchFailures = new Uint8Array(size);
  }
  return { scores: scratchScores, failures: scratchFailures };
}

/** One request resolved against an index: what the hot loop compares each product's numbers and masks with. */
class RankingPlan<P extends RankableProduct> {
  readonly products: readonly P[];
  readonly regionMask: Uint8Array;
  readonly industryMask: Uint8Array;
  readonly scaleMask: Uint8Array;
  readonly checksYears: boolean;
  readonly yearsInBusiness: number;
  /** -1 when the request gives no grade: it then meets every minimum. */
  readonly creditRank: number;
  readonly preferenceMatches: Uint8Array;
  /** The preference fit of a product, by its preferenceMatches bits. */
  readonly preferenceFitByBits: Float64Array;
  readonly scores: Float64Array;
  readonly failures: Uint8Array;

  constructor(
    readonly request: RecommendationRequest,
    readonly index: RankingIndex<P>,
  ) {
    const profile = profileOf(request);
    this.products = index.products;
    this.regionMask = REGION.applies(request) ? index.regionMask(profile.regionCode as string) : index.everyProduct;
    this.industryMask = INDUSTRY.applies(request) ? index.industryMask(profile.industryCode as string) : index.everyProduct;
    this.scaleMask = SCALE.applies(request) ? index.scaleMask(profile.scale as string) : index.everyProduct;
    this.checksYears = YEARS.applies(request);
    this.yearsInBusiness = profile.yearsInBusiness ?? 0;
    this.creditRank = CREDIT_GRADE.applies(request) ? creditGradeRank(profile.creditGrade as CreditGrade) : -1;
    this.preferenceMatches = preferenceMatchesOf(index);
    this.preferenceFitByBits = preferenceFitByBits(request.preferences);
    ({ scores: this.scores, failures: this.failures } = scratchColumns(index.size));
  }
}

/** Bit k stands for PREFERENCES[k]. */
const PREFERENCES = Object.values(RecommendationPreference);

const preferenceMatchesByIndex = new WeakMap<RankingIndex<RankableProduct>, Uint8Array>();

/** Per product of the index, the bits of the preferences it matches; evaluated once per catalogue snapshot. */
function preferenceMatchesOf(index: RankingIndex<RankableProduct>): Uint8Array {
  let matches = preferenceMatchesByIndex.get(index);
  if (!matches) {
    matches = new Uint8Array(index.size);
    for (let i = 0; i < index.size; i += 1) matches[i] = preferenceBitsOf(index.products[i]);
    preferenceMatchesByIndex.set(index, matches);
  }
  return matches;
}

function preferenceBitsOf(product: RankableProduct): number {
  let bits = 0;
  for (let bit = 0; bit < PREFERENCES.length; bit += 1) if (matchesPreference(PREFERENCES[bit], product)) bits |= 1 << bit;
  return bits;
}

/** A preference chosen twice counts twice, as in scoreOf; one that is not a preference matches nothing. */
function preferenceFitByBits(preferences: readonly RecommendationPreference[]): Float64Array {
  const bitOf = preferences.map((preference) => PREFERENCES.indexOf(preference));
  const fit = new Float64Array(1 << PREFERENCES.length);
  for (let bits = 0; bits < fit.length; bits += 1) {
    let met = 0;
    for (const bit of bitOf) if (bit >= 0 && (bits & (1 << bit)) !== 0) met += 1;
    fit[bits] = shareOfPreferencesMet(met, preferences.length);
  }
  return fit;
}

/**
 * The first `limit` product indexes in ranking order (fewer failures, higher score, lower minimum rate, id), kept
 * sorted by binary insertion into a preallocated array; without a limit, all of them, sorted at the end.
 */
class Selection {
  private readonly limit: number | undefined;
  private readonly indexes: Int32Array;
  private count = 0;

  constructor(
    private readonly plan: RankingPlan<RankableProduct>,
    limit: number | undefined,
  ) {
    const size = plan.products.length;
    // A limit that is not below the candidates (incl. NaN) sorts all; a fractional one rounds down.
    this.limit = limit === undefined || !(limit < size) ? undefined : Math.max(0, Math.floor(limit));
    this.indexes = new Int32Array(this.limit ?? size);
  }

  /** Whether no product failing `failures` conditions can make it any more, whatever its score: it need not be scored. */
  isClosedTo(failures: number): boolean {
    if (this.count !== this.limit) return false;
    return this.limit === 0 || failures > this.plan.failures[this.indexes[this.limit - 1]];
  }

  /**
   * Whether no product failing at least `failures` conditions and scoring at most `ceiling` can make it any more.
   * A tie with the last kept score is not ruled out (the rate and id could still decide for the newcomer).
   */
  isClosedBelow(failures: number, ceiling: number): boolean {
    if (this.count !== this.limit) return false;
    if (this.limit === 0) return true;
    const last = this.indexes[this.limit - 1];
    const lastFailures = this.plan.failures[last];
    return failures > lastFailures || (failures === lastFailures && ceiling < this.plan.scores[last]);
  }

  offer(i: number): void {
    if (this.limit === undefined) {
      this.indexes[this.count++] = i;
      return;
    }
    if (this.count === this.limit && (this.limit === 0 || this.compare(i, this.indexes[this.limit - 1]) >= 0)) return;
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.indexes[middle], i) <= 0) low = middle + 1;
      else high = middle;
    }
    this.indexes.copyWithin(low + 1, low, Math.min(this.count, this.limit - 1));
    this.indexes[low] = i;
    if (this.count < this.limit) this.count += 1;
  }

  ranked(): number[] {
    const ranked = this.indexes.subarray(0, this.count);
    if (this.limit === undefined) ranked.sort((a, b) => this.compare(a, b));
    return Array.from(ranked);
  }

  /** -1, 0 or 1 (small integers, never a boxed double); a NaN difference falls through to the next key, as `||` did. */
  private compare(a: number, b: number): number {
    const { plan } = this;
    const byFailures = plan.failures[a] - plan.failures[b];
    if (byFailures !== 0) return byFailures < 0 ? -1 : 1;
    const byScore = plan.scores[b] - plan.scores[a];
    if (byScore) return byScore < 0 ? -1 : 1;
    const byRate = plan.index.minRateBp[a] - plan.index.minRateBp[b];
    if (byRate) return byRate < 0 ? -1 : 1;
    return compareIds(plan.products[a].id, plan.products[b].id);
  }
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * A hard condition of a product: whether it applies to the request at all, whether the product passes, and
 * its words for one request (`wording`), which say what to tell the user either way.
 */
interface HardCondition {
  applies(request: RecommendationRequest): boolean;
  passes(request: RecommendationRequest, product: RankableProduct): boolean;
  wording(request: RecommendationRequest): ConditionWording;
}

/**
 * A condition's words for one request; what depends on the request alone is written once, not once per product.
 * `matched` returns null when a pass is not worth mentioning, e.g. a product open to every region.
 */
interface ConditionWording {
  matched(product: RankableProduct): string | null;
  failed(product: RankableProduct): string;
}

const always =
  (text: string) =>
  (): string =>
    text;

const profileOf = (request: RecommendationRequest): EnterpriseProfile => request.profile ?? {};

const AMOUNT: HardCondition = {
  applies: () => true,
  passes: ({ amountFen }, product) => amountFen <= product.maxAmountFen && amountFen >= product.minAmountFen,
  wording: ({ amountFen }) => ({
    matched: always(`额度覆盖${formatAmountCompact(amountFen)}`),
    failed: (product) =>
      amountFen > product.maxAmountFen ? '额度上限低于申请金额' : `申请金额低于起贷金额${formatAmountCompact(product.minAmountFen)}`,
  }),
};

const TERM: HardCondition = {
  applies: () => true,
  passes: ({ termMonths }, product) => termMonths >= product.minTermMonths && termMonths <= product.maxTermMonths,
  wording: ({ termMonths }) => ({
    matched: always(`期限满足${termMonths}个月`),
    failed: (product) => `期限不支持${termMonths}个月（${product.minTermMonths}–${product.maxTermMonths}个月）`,
  }),
};

const REGION: HardCondition = {
  applies: (request) => Boolean(profileOf(request).regionCode),
  passes: (request, product) => acceptsRegion(product, profileOf(request).regionCode as string),
  wording: (request) => {
    const text = `支持${findRegion(profileOf(request).regionCode as string)?.name ?? '本地区'}企业`;
    return { matched: (product) => (product.targetRegionCodes.length === 0 ? null : text), failed: always('不支持本地区') };
  },
};

const INDUSTRY: HardCondition = {
  applies: (request) => Boolean(profileOf(request).industryCode),
  passes: (request, product) => acceptsIndustry(product, profileOf(request).industryCode as string),
  wording: (request) => {
    const code = profileOf(request).industryCode as string;
    const text = `适用${findIndustry(code) ? industryName(code) : '本'}行业`;
    return { matched: (product) => (product.targetIndustryCodes.length === 0 ? null : text), failed: always('不支持本行业') };
  },
};

const SCALE: HardCondition = {
  applies: (request) => Boolean(profileOf(request).scale),
  passes: (request, product) => acceptsScale(product, profileOf(request).scale as EnterpriseScale),
  wording: (request) => {
    const label = ENTERPRISE_SCALE_LABELS[profileOf(request).scale as EnterpriseScale];
    const text = `面向${label}企业`;
    return { matched: (product) => (product.targetScales.length === 0 ? null : text), failed: always(`不面向${label}企业`) };
  },
};

const YEARS: HardCondition = {
  applies: (request) => profileOf(request).yearsInBusiness != null,
  passes: (request, product) => product.minYearsInBusiness <= 0 || (profileOf(request).yearsInBusiness as number) >= product.minYearsInBusiness,
  wording: () => ({
    matched: (product) => (product.minYearsInBusiness <= 0 ? null : `成立满${product.minYearsInBusiness}年`),
    failed: (product) => `成立年限不足${product.minYearsInBusiness}年`,
  }),
};

const CREDIT_GRADE: HardCondition = {
  applies: (request) => Boolean(profileOf(request).creditGrade),
  passes: (request, product) => {
    const minimum = product.minCreditGrade;
    return !minimum || !isCreditGrade(minimum) || meetsCreditGrade(profileOf(request).creditGrade as CreditGrade, minimum);
  },
  wording: () => ({
    matched: (product) => {
      const minimum = product.minCreditGrade;
      return minimum && isCreditGrade(minimum) ? `信用等级达到${minimum}` : null;
    },
    failed: always('信用等级低于要求'),
  }),
};

/** In the order their conditions and reasons are listed. */
const HARD_CONDITIONS: readonly HardCondition[] = [AMOUNT, TERM, REGION, INDUSTRY, SCALE, YEARS, CREDIT_GRADE];

function isCreditGrade(value: string): value is CreditGrade {
  return (Object.values(CreditGrade) as string[]).includes(value);
}

/** The documented score of one product, read from the product itself: the definition the hot loop must match. */
function scoreOf(request: RecommendationRequest, product: RankableProduct): number {
  let matchedPreferences = 0;
  for (const preference of request.preferences) if (matchesPreference(preference, product)) matchedPreferences += 1;
  const fit = shareOfPreferencesMet(matchedPreferences, request.preferences.length);
  return weightedScore(request, product.minRateBp, product.maxAmountFen, product.maxTermMonths, fit, product.applyCount);
}

function shareOfPreferencesMet(matchedPreferences: number, chosenPreferences: number): number {
  return chosenPreferences === 0 ? 0 : matchedPreferences / chosenPreferences;
}

function weightedScore(
  request: RecommendationRequest,
  minRateBp: number,
  maxAmountFen: number,
  maxTermMonths: number,
  preferenceFit: number,
  applyCount: number,
): number {
  return scoreOfFits(
    rateFit(minRateBp, request.expectedRateBp),
    Math.min(1, maxAmountFen / (2 * request.amountFen)),
    Math.min(1, maxTermMonths / (2 * request.termMonths)),
    preferenceFit,
    Math.min(1, applyCount / POPULARITY_SATURATION),
  );
}

/** Every fit is at most 1. */
function scoreOfFits(rate: number, amount: number, term: number, preference: number, popularity: number): number {
  const total =
    SCORE_WEIGHTS.rate * rate +
    SCORE_WEIGHTS.amount * amount +
    SCORE_WEIGHTS.term * term +
    SCORE_WEIGHTS.preference * preference +
    SCORE_WEIGHTS.popularity * popularity;
  return Math.round(total * 10) / 10;
}

/** What the shown products of one request are told: its applicable conditions, worded once. */
class RequestWording {
  private readonly conditions: readonly { condition: HardCondition; wording: ConditionWording }[];
  private readonly rateWithinExpectation: string | null;

  constructor(private readonly request: RecommendationRequest) {
    this.conditions = HARD_CONDITIONS.filter((condition) => condition.applies(request)).map((condition) => ({
      condition,
      wording: condition.wording(request),
    }));
    const expected = request.expectedRateBp;
    this.rateWithinExpectation = expected != null && expected > 0 ? `起，不高于期望${formatRateBp(expected)}` : null;
  }

  describe<P extends RankableProduct>(product: P, score: number): ScoredProduct<P> {
    const matchedConditions: string[] = [];
    for (const { condition, wording } of this.conditions) {
      if (!condition.passes(this.request, product)) continue;
      const text = wording.matched(product);
      if (text !== null) matchedConditions.push(text);
    }
    this.pushSoftConditions(product, matchedConditions);
    const matchedPreferences = this.request.preferences.filter((preference) => matchesPreference(preference, product));
    return { product, score, matchedConditions, matchedPreferences };
  }

  describeNearMiss<P extends RankableProduct>(product: P, score: number): NearMiss<P> {
    const reasons: string[] = [];
    for (const { condition, wording } of this.conditions) if (!condition.passes(this.request, product)) reasons.push(wording.failed(product));
    return { ...this.describe(product, score), reasons };
  }

  private pushSoftConditions(product: RankableProduct, conditions: string[]): void {
    const expected = this.request.expectedRateBp;
    if (this.rateWithinExpectation !== null && product.minRateBp <= (expected as number)) {
      conditions.push(`利率${formatRateBp(product.minRateBp)}${this.rateWithinExpectation}`);
    }
    if (product.guaranteeMethods.includes(CREDIT)) conditions.push('信用贷款，免抵押');
    else if (isCollateralFree(product)) conditions.push('保证担保，免抵押');
    if (product.onlineApply) conditions.push('支持纯线上申请');
  }
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

/** Whole years from `establishedOn` (YYYY-MM-DD) to `today`; an anniversary not yet reached does not count. */
export function yearsInBusiness(establishedOn: string, today: Date): number {
  const [year, month, day] = establishedOn.split('-').map(Number);
  let years = today.getUTCFullYear() - year;
  const beforeAnniversary =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  if (beforeAnniversary) years -= 1;
  return Math.max(0, years);
}

/** For the equivalence tests only: the per-product definitions and the hot loop's per-product steps. */
export const rankingInternalsForTests = {
  HARD_CONDITIONS,
  REGION,
  INDUSTRY,
  SCALE,
  scoreOf,
  /** The hot loop's failure count of every product of `index` for `request`, and the score of those it keeps. */
  scan<P extends RankableProduct>(request: RecommendationRequest, index: RankingIndex<P>): { failures: number[]; scores: (number | null)[] } {
    const plan = new RankingPlan(request, index);
    selectCandidates(plan, new Selection(plan, undefined), new Selection(plan, undefined));
    const failures = Array.from(plan.failures.subarray(0, index.size));
    return { failures, scores: failures.map((count, i) => (count > MAX_NEAR_MISS_FAILURES ? null : plan.scores[i])) };
  },
  /** How many products of `index` (in its order) the hot loop looks at before it stops. */
  examinedProducts<P extends RankableProduct>(request: RecommendationRequest, index: RankingIndex<P>, limits: RankingLimits): number {
    const plan = new RankingPlan(request, index);
    return selectCandidates(plan, new Selection(plan, limits.eligible), new Selection(plan, limits.nearMisses));
  },
};
