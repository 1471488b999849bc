import type { CreditGrade } from '@rongtong/shared';
import { CREDIT_GRADE, INDUSTRY, REGION, SCALE, YEARS, profileOf } from './ranking-conditions';
import { type RankingIndex, creditGradeRank } from './ranking-index';
import * as terms from './ranking-types';
import { type RankableProduct, RecommendationPreference, type RecommendationRequest, matchesPreference } from './ranking-types';

/* The fast selection of the recommendation ranking: the score, and the hot loop that checks and scores every product
 * of a RankingIndex with numbers only, keeping the best few of each list (Selection). */

// Module-local copies of the weights and thresholds the hot loop reads: an imported binding compiles (CommonJS) to a
// property read on the other module's exports object, once per product.
const SCORE_WEIGHTS = terms.SCORE_WEIGHTS;
const LEGAL_RATE_CEILING_BP = terms.LEGAL_RATE_CEILING_BP;
const POPULARITY_SATURATION = terms.POPULARITY_SATURATION;
const MAX_NEAR_MISS_FAILURES = terms.MAX_NEAR_MISS_FAILURES;

/**
 * The hot loop: HARD_CONDITIONS' `passes` counted on numbers and masks, then scoreOf, for the products in ascending
 * order of minimum rate. The columns are read into locals first, so that V8 keeps them in registers instead of
 * reloading them through the plan after each call into a Selection. Only candidates that can still make a list are
 * scored, and the loop stops once neither list could take a product scoring `scoreCeiling` (every later product
 * scores at most that, its rate fit being no better).
 */
export function selectCandidates(plan: RankingPlan<RankableProduct>, eligible: Selection, nearMisses: Selection): number {
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
export class RankingPlan<P extends RankableProduct> {
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
export class Selection {
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

/** The documented score of one product, read from the product itself: the definition the hot loop must match. */
export function scoreOf(request: RecommendationRequest, product: RankableProduct): number {
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

export function rateFit(minRateBp: number, expectedRateBp: number | null | undefined): number {
  if (expectedRateBp == null || expectedRateBp <= 0) return Math.max(0, 1 - minRateBp / LEGAL_RATE_CEILING_BP);
  if (minRateBp <= expectedRateBp) return 1;
  return Math.max(0, 1 - (minRateBp - expectedRateBp) / expectedRateBp);
}
