import {
  CreditGrade,
  ENTERPRISE_SCALE_LABELS,
  type EnterpriseScale,
  GuaranteeMethod,
  findIndustry,
  findRegion,
  formatAmountCompact,
  formatRateBp,
  industryName,
  meetsCreditGrade,
} from '@rongtong/shared';
import { acceptsIndustry, acceptsRegion, acceptsScale } from './ranking-index';
import {
  type EnterpriseProfile,
  type NearMiss,
  type RankableProduct,
  type RecommendationRequest,
  type ScoredProduct,
  isCollateralFree,
  matchesPreference,
} from './ranking-types';

/* The hard conditions of the recommendation ranking and the Chinese words shown for them: what a product met, why a
 * near miss fell short, and the soft conditions worth telling (rate within expectation, no collateral, online). */

const { CREDIT } = GuaranteeMethod;

/**
 * A hard condition of a product: whether it applies to the request at all, whether the product passes, and
 * its words for one request (`wording`), which say what to tell the user either way.
 */
export interface HardCondition {
  applies(request: RecommendationRequest): boolean;
  passes(request: RecommendationRequest, product: RankableProduct): boolean;
  wording(request: RecommendationRequest): ConditionWording;
}

/**
 * A condition's words for one request; what depends on the request alone is written once, not once per product.
 * `matched` returns null when a pass is not worth mentioning, e.g. a product open to every region.
 */
export interface ConditionWording {
  matched(product: RankableProduct): string | null;
  failed(product: RankableProduct): string;
}

const always =
  (text: string) =>
  (): string =>
    text;

export const profileOf = (request: RecommendationRequest): EnterpriseProfile => request.profile ?? {};

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

export const REGION: HardCondition = {
  applies: (request) => Boolean(profileOf(request).regionCode),
  passes: (request, product) => acceptsRegion(product, profileOf(request).regionCode as string),
  wording: (request) => {
    const text = `支持${findRegion(profileOf(request).regionCode as string)?.name ?? '本地区'}企业`;
    return { matched: (product) => (product.targetRegionCodes.length === 0 ? null : text), failed: always('不支持本地区') };
  },
};

export const INDUSTRY: HardCondition = {
  applies: (request) => Boolean(profileOf(request).industryCode),
  passes: (request, product) => acceptsIndustry(product, profileOf(request).industryCode as string),
  wording: (request) => {
    const code = profileOf(request).industryCode as string;
    const text = `适用${findIndustry(code) ? industryName(code) : '本'}行业`;
    return { matched: (product) => (product.targetIndustryCodes.length === 0 ? null : text), failed: always('不支持本行业') };
  },
};

export const SCALE: HardCondition = {
  applies: (request) => Boolean(profileOf(request).scale),
  passes: (request, product) => acceptsScale(product, profileOf(request).scale as EnterpriseScale),
  wording: (request) => {
    const label = ENTERPRISE_SCALE_LABELS[profileOf(request).scale as EnterpriseScale];
    const text = `面向${label}企业`;
    return { matched: (product) => (product.targetScales.length === 0 ? null : text), failed: always(`不面向${label}企业`) };
  },
};

export const YEARS: HardCondition = {
  applies: (request) => profileOf(request).yearsInBusiness != null,
  passes: (request, product) => product.minYearsInBusiness <= 0 || (profileOf(request).yearsInBusiness as number) >= product.minYearsInBusiness,
  wording: () => ({
    matched: (product) => (product.minYearsInBusiness <= 0 ? null : `成立满${product.minYearsInBusiness}年`),
    failed: (product) => `成立年限不足${product.minYearsInBusiness}年`,
  }),
};

export const CREDIT_GRADE: HardCondition = {
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
export const HARD_CONDITIONS: readonly HardCondition[] = [AMOUNT, TERM, REGION, INDUSTRY, SCALE, YEARS, CREDIT_GRADE];

function isCreditGrade(value: string): value is CreditGrade {
  return (Object.values(CreditGrade) as string[]).includes(value);
}

/** What the shown products of one request are told: its applicable conditions, worded once. */
export class RequestWording {
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
