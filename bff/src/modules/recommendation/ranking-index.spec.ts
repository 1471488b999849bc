import { CREDIT_GRADES, type CreditGrade, EnterpriseScale, GuaranteeMethod } from '@rongtong/shared';
import { rankProducts } from './ranking';
import { HARD_CONDITIONS, INDUSTRY, REGION, SCALE } from './ranking-conditions';
import { NO_CREDIT_MINIMUM, type RankingIndex, indexForRanking } from './ranking-index';
import { RankingPlan, Selection, scoreOf, selectCandidates } from './ranking-selection';
import {
  type EnterpriseProfile,
  MAX_NEAR_MISS_FAILURES,
  type RankableProduct,
  RecommendationPreference,
  type RankingLimits,
  type RankingResult,
  type RecommendationRequest,
} from './ranking-types';

/** The hot loop's failure count of every product of `index` for `request`, and the score of those it keeps. */
function scan<P extends RankableProduct>(request: RecommendationRequest, index: RankingIndex<P>): { failures: number[]; scores: (number | null)[] } {
  const plan = new RankingPlan(request, index);
  selectCandidates(plan, new Selection(plan, undefined), new Selection(plan, undefined));
  const failures = Array.from(plan.failures.subarray(0, index.size));
  return { failures, scores: failures.map((count, i) => (count > MAX_NEAR_MISS_FAILURES ? null : plan.scores[i])) };
}

/** How many products of `index` (in its order) the hot loop looks at before it stops. */
function examinedProducts<P extends RankableProduct>(request: RecommendationRequest, index: RankingIndex<P>, limits: RankingLimits): number {
  const plan = new RankingPlan(request, index);
  return selectCandidates(plan, new Selection(plan, limits.eligible), new Selection(plan, limits.nearMisses));
}
const WAN = 1_000_000;

/** mulberry32: a small deterministic PRNG, so a failing case can be replayed. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const chance = (probability: number) => next() < probability;
  const subset = <T>(values: readonly T[]): T[] => values.filter(() => chance(0.4));
  return { pick, chance, subset, integer: (below: number) => Math.floor(next() * below) };
}
type Random = ReturnType<typeof randomSource>;

const REGION_TARGETS = [[], [], ['340000'], ['341200'], ['341202'], ['341203', '340100'], ['340100'], ['341200', '341282'], ['990000']];
const INDUSTRY_TARGETS = [[], [], ['C'], ['39'], ['A', '13'], ['C', '39'], ['F', 'G'], ['ZZ']];
const SCALE_TARGETS: EnterpriseScale[][] = [[], [], [EnterpriseScale.SMALL], [EnterpriseScale.MICRO, EnterpriseScale.MEDIUM], [EnterpriseScale.LARGE]];
const MIN_GRADES = [null, null, '', 'AAA', 'BBB', 'BB', 'C', 'XYZ'];
/** Amounts and terms on and around the requested ones, so every boundary comparison is exercised. */
const AMOUNTS = [WAN, 50 * WAN, 100 * WAN, 200 * WAN, 499 * WAN, 500 * WAN, 1000 * WAN, 5000 * WAN];
const TERMS = [1, 6, 11, 12, 13, 24, 36, 60];
const RATES = [200, 350, 450, 599, 600, 601, 900, 1500, 2400, 3000];

function randomProduct(random: Random, id: number): RankableProduct {
  const minAmountFen = random.pick(AMOUNTS);
  const minTermMonths = random.pick(TERMS);
  return {
    id: `p${String((id * 7919) % 1000).padStart(3, '0')}`,
    guaranteeMethods: random.subset(Object.values(GuaranteeMethod)),
    minAmountFen,
    maxAmountFen: random.chance(0.2) ? minAmountFen : Math.max(minAmountFen, random.pick(AMOUNTS)),
    minTermMonths,
    maxTermMonths: Math.max(minTermMonths, random.pick(TERMS)),
    minRateBp: random.pick(RATES),
    targetRegionCodes: random.pick(REGION_TARGETS),
    targetIndustryCodes: random.pick(INDUSTRY_TARGETS),
    targetScales: random.pick(SCALE_TARGETS),
    minYearsInBusiness: random.integer(6) - 1,
    minCreditGrade: random.pick(MIN_GRADES),
    onlineApply: random.chance(0.5),
    applyCount: random.pick([0, 1, 250, 4999, 5000, 7000, random.integer(5000)]),
  };
}

function randomProfile(random: Random): EnterpriseProfile | null | undefined {
  if (random.chance(0.15)) return random.pick([null, undefined, {}]);
  const maybe = <T>(values: readonly T[]) => (random.chance(0.3) ? random.pick([null, undefined]) : random.pick(values));
  return {
    regionCode: maybe(['341202', '341203', '340102', '341282', '', '999999', '34']),
    industryCode: maybe(['39', 'C', 'A', '13', 'F', '', 'ZZ', '9x']),
    scale: maybe([...Object.values(EnterpriseScale), '' as EnterpriseScale]),
    yearsInBusiness: maybe([-1, 0, 1, 2, 3, 5]),
    creditGrade: maybe([...CREDIT_GRADES, '' as CreditGrade]),
  };
}

function randomRequest(random: Random): RecommendationRequest {
  const preferences = random.subset(Object.values(RecommendationPreference));
  if (random.chance(0.2)) preferences.push(RecommendationPreference.LOW_RATE); // a repeated choice counts twice
  return {
    amountFen: random.pick(AMOUNTS),
    termMonths: random.pick(TERMS),
    preferences,
    expectedRateBp: random.pick([null, undefined, 0, -5, 450, 600, 900]),
    profile: randomProfile(random),
  };
}

const random = randomSource(20_240_601);
const catalogue = Array.from({ length: 500 }, (_, id) => randomProduct(random, id));
const requests = Array.from({ length: 60 }, () => randomRequest(random));
const catalogueIds = catalogue.map((product) => product.id);
const index = indexForRanking(catalogue);
/** The catalogue in the index's order, ascending minimum rate. */
const ordered = index.products;

/** The hard conditions a product fails, one product at a time, with the readable definitions. */
function failuresOf(request: RecommendationRequest, product: RankableProduct): number {
  return HARD_CONDITIONS.filter((condition) => condition.applies(request) && !condition.passes(request, product)).length;
}

const ids = (result: RankingResult<RankableProduct>) => ({
  eligible: result.eligible.map((entry) => [entry.product.id, entry.score]),
  nearMisses: result.nearMisses.map((entry) => [entry.product.id, entry.score]),
});

describe('indexForRanking', () => {
  it('orders the products by ascending minimum rate, equal rates in catalogue order, leaving the catalogue as it was', () => {
    const byRate = catalogue
      .map((product, position) => ({ product, position }))
      .sort((a, b) => a.product.minRateBp - b.product.minRateBp || a.position - b.position)
      .map(({ product }) => product);
    expect(ordered).toEqual(byRate);
    expect(ordered.every((product, i) => product === byRate[i])).toBe(true);
    expect(catalogue.map((product) => product.id)).toEqual(catalogueIds);
  });

  it('lays out the numbers of every product', () => {
    ordered.forEach((product, i) => {
      expect([index.minAmountFen[i], index.maxAmountFen[i], index.minTermMonths[i], index.maxTermMonths[i]]).toEqual([
        product.minAmountFen,
        product.maxAmountFen,
        product.minTermMonths,
        product.maxTermMonths,
      ]);
      const grade = product.minCreditGrade;
      expect(index.minCreditRank[i]).toBe(grade && CREDIT_GRADES.includes(grade as CreditGrade) ? CREDIT_GRADES.indexOf(grade as CreditGrade) : NO_CREDIT_MINIMUM);
    });
  });

  it('region, industry and scale masks give exactly what the conditions give', () => {
    const masks = [
      { condition: REGION, mask: (code: string) => index.regionMask(code), profile: (code: string) => ({ regionCode: code }) },
      { condition: INDUSTRY, mask: (code: string) => index.industryMask(code), profile: (code: string) => ({ industryCode: code }) },
      { condition: SCALE, mask: (code: string) => index.scaleMask(code), profile: (code: string) => ({ scale: code as EnterpriseScale }) },
    ];
    const codes = ['341202', '341200', '340000', '340100', '34', '999999', '39', '13', 'C', 'A', 'ZZ', '9x', ...Object.values(EnterpriseScale)];
    for (const { condition, mask, profile } of masks) {
      for (const code of codes) {
        const request: RecommendationRequest = { amountFen: WAN, termMonths: 12, preferences: [], profile: profile(code) };
        expect(Array.from(mask(code))).toEqual(ordered.map((product) => (condition.passes(request, product) ? 1 : 0)));
      }
    }
  });

  it('keeps the masks of real codes and recomputes those of unknown codes', () => {
    const fresh = indexForRanking(catalogue);
    expect(fresh.regionMask('341202')).toBe(fresh.regionMask('341202'));
    expect(fresh.industryMask('39')).toBe(fresh.industryMask('39'));
    expect(fresh.scaleMask(EnterpriseScale.SMALL)).toBe(fresh.scaleMask(EnterpriseScale.SMALL));
    expect(fresh.regionMask('341299')).not.toBe(fresh.regionMask('341299'));
    expect(fresh.industryMask('9x')).not.toBe(fresh.industryMask('9x'));
    expect(fresh.scaleMask('HUGE')).not.toBe(fresh.scaleMask('HUGE'));
  });
});

describe('the indexed ranking on seeded-random catalogues', () => {
  it('counts failures and scores every product as the per-product definitions do', () => {
    for (const request of requests) {
      const { failures, scores } = scan(request, index);
      expect(failures).toEqual(ordered.map((product) => failuresOf(request, product)));
      const scored = ordered.map((product, i) => (failures[i] > 2 ? null : scoreOf(request, product)));
      expect(scores).toEqual(scored);
    }
  });

  it('orders both lists by the documented ties: failures, score, lower minimum rate, then id', () => {
    for (const request of requests) {
      const reference = catalogue
        .map((product) => ({ product, failures: failuresOf(request, product), score: scoreOf(request, product) }))
        .filter((entry) => entry.failures <= 2)
        .sort(
          (a, b) =>
            a.failures - b.failures ||
            b.score - a.score ||
            a.product.minRateBp - b.product.minRateBp ||
            (a.product.id < b.product.id ? -1 : a.product.id > b.product.id ? 1 : 0),
        )
        .map((entry) => [entry.product.id, entry.score, entry.failures]);
      const result = rankProducts(request, index);
      expect(ids(result)).toEqual({
        eligible: reference.filter(([, , failures]) => failures === 0).map(([id, score]) => [id, score]),
        nearMisses: reference.filter(([, , failures]) => failures !== 0).map(([id, score]) => [id, score]),
      });
    }
  });

  it('with limits, gives the unlimited ranking cut to the limits', () => {
    const limitsToTry = [
      { eligible: 20, nearMisses: 10 },
      { eligible: 1, nearMisses: 0 },
      { eligible: 0, nearMisses: 3 },
      { eligible: 2.5, nearMisses: 10_000 },
      { nearMisses: 7 },
    ];
    for (const request of requests) {
      const full = rankProducts(request, index);
      for (const limits of limitsToTry) {
        const limited = rankProducts(request, index, limits);
        expect(limited.eligible).toEqual(full.eligible.slice(0, limits.eligible === undefined ? undefined : Math.max(0, Math.floor(limits.eligible))));
        expect(limited.nearMisses).toEqual(full.nearMisses.slice(0, limits.nearMisses));
      }
    }
  });

  it('stops early once no product of a higher rate could make either list, with the same result', () => {
    const limits = { eligible: 20, nearMisses: 10 };
    const examined = requests.map((request) => examinedProducts(request, index, limits));
    expect(examined.filter((count) => count < index.size).length).toBeGreaterThan(0); // 6 of these 60 requests
    for (const request of requests) {
      const full = rankProducts(request, index);
      expect(rankProducts(request, index, limits)).toEqual({ eligible: full.eligible.slice(0, 20), nearMisses: full.nearMisses.slice(0, 10) });
    }
  });

  it('ranks an array exactly as its index, whichever catalogue was ranked before', () => {
    const small = catalogue.slice(0, 37);
    const smallIndex = indexForRanking(small);
    for (const request of requests.slice(0, 10)) {
      const limits = { eligible: 5, nearMisses: 5 };
      expect(rankProducts(request, index, limits)).toEqual(rankProducts(request, catalogue, limits));
      expect(rankProducts(request, smallIndex, limits)).toEqual(rankProducts(request, small, limits));
    }
  });
});
