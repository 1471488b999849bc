import { CREDIT_GRADES, type CreditGrade, ENTERPRISE_SCALES, coversRegion, findIndustry, findRegion } from '@rongtong/shared';
import type { RankableProduct } from './ranking-types';

/** `minCreditRank` of a product without a (known) minimum grade: every grade rank is at most this. */
export const NO_CREDIT_MINIMUM = 255;

/**
 * A catalogue snapshot laid out for the ranking's hot loop: one typed array per number it reads, indexed like
 * `products`, which are in ascending order of minimum rate (so the ranking can stop once no later product could
 * score high enough). Build it once per snapshot; region, industry and scale pass masks are added as requests ask
 * for them.
 */
export class RankingIndex<P extends RankableProduct> {
  readonly size: number;
  readonly minAmountFen: Float64Array;
  readonly maxAmountFen: Float64Array;
  readonly minTermMonths: Float64Array;
  readonly maxTermMonths: Float64Array;
  readonly minRateBp: Float64Array;
  readonly minYearsInBusiness: Float64Array;
  readonly applyCount: Float64Array;
  /** Index of the minimum grade in CREDIT_GRADES (best first), or NO_CREDIT_MINIMUM. */
  readonly minCreditRank: Uint8Array;
  /** Every product passes: the mask of a condition the request does not check. */
  readonly everyProduct: Uint8Array;

  private readonly regionMasks = new Map<string, Uint8Array>();
  private readonly industryMasks = new Map<string, Uint8Array>();
  private readonly scaleMasks = new Map<string, Uint8Array>();

  readonly products: readonly P[];

  // One plain loop filling every column: TypedArray.from with a mapping function is several times slower.
  constructor(catalogue: readonly P[]) {
    const products = [...catalogue].sort((a, b) => a.minRateBp - b.minRateBp); // stable: equal rates keep their order
    this.products = products;
    const size = products.length;
    this.size = size;
    this.minAmountFen = new Float64Array(size);
    this.maxAmountFen = new Float64Array(size);
    this.minTermMonths = new Float64Array(size);
    this.maxTermMonths = new Float64Array(size);
    this.minRateBp = new Float64Array(size);
    this.minYearsInBusiness = new Float64Array(size);
    this.applyCount = new Float64Array(size);
    this.minCreditRank = new Uint8Array(size);
    for (let i = 0; i < size; i += 1) {
      const product = products[i];
      this.minAmountFen[i] = product.minAmountFen;
      this.maxAmountFen[i] = product.maxAmountFen;
      this.minTermMonths[i] = product.minTermMonths;
      this.maxTermMonths[i] = product.maxTermMonths;
      this.minRateBp[i] = product.minRateBp;
      this.minYearsInBusiness[i] = product.minYearsInBusiness;
      this.applyCount[i] = product.applyCount;
      this.minCreditRank[i] = minimumCreditRank(product.minCreditGrade);
    }
    this.everyProduct = new Uint8Array(size).fill(1);
  }

  /** 1 where the product accepts enterprises of `regionCode`. */
  regionMask(regionCode: string): Uint8Array {
    const isReal = findRegion(regionCode) !== undefined;
    return this.mask(this.regionMasks, regionCode, isReal, (product) => acceptsRegion(product, regionCode));
  }

  /** 1 where the product accepts enterprises of `industryCode` (a division or a section). */
  industryMask(industryCode: string): Uint8Array {
    const isReal = findIndustry(industryCode) !== undefined;
    return this.mask(this.industryMasks, industryCode, isReal, (product) => acceptsIndustry(product, industryCode));
  }

  /** 1 where the product accepts enterprises of `scale`. */
  scaleMask(scale: string): Uint8Array {
    const isReal = (ENTERPRISE_SCALES as readonly string[]).includes(scale);
    return this.mask(this.scaleMasks, scale, isReal, (product) => acceptsScale(product, scale));
  }

  /** Memoised only for real codes, so junk input cannot grow the index. */
  private mask(memo: Map<string, Uint8Array>, code: string, isReal: boolean, accepts: (product: P) => boolean): Uint8Array {
    const memoised = memo.get(code);
    if (memoised) return memoised;
    const mask = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i += 1) mask[i] = accepts(this.products[i]) ? 1 : 0;
    if (isReal) memo.set(code, mask);
    return mask;
  }
}

export function indexForRanking<P extends RankableProduct>(products: readonly P[]): RankingIndex<P> {
  return new RankingIndex(products);
}

/** A rank comparable with `creditGradeRank`; an empty or unknown minimum asks for nothing. */
function minimumCreditRank(minimum: string | null): number {
  const rank = minimum ? creditGradeRank(minimum) : -1;
  return rank < 0 ? NO_CREDIT_MINIMUM : rank;
}

/** Position in CREDIT_GRADES, best first; -1 for anything else (which, like meetsCreditGrade, meets every minimum). */
export function creditGradeRank(grade: CreditGrade | string): number {
  return (CREDIT_GRADES as readonly string[]).indexOf(grade);
}

/** Empty targets are open to every region. */
export function acceptsRegion(product: RankableProduct, regionCode: string): boolean {
  return product.targetRegionCodes.length === 0 || product.targetRegionCodes.some((code) => coversRegion(code, regionCode));
}

/** Empty targets are open to every industry; a division is accepted by products aimed at it or at its section. */
export function acceptsIndustry(product: RankableProduct, industryCode: string): boolean {
  if (product.targetIndustryCodes.length === 0) return true;
  const accepted = acceptedIndustryCodes(industryCode);
  return product.targetIndustryCodes.some((code) => accepted.includes(code));
}

const acceptedIndustryCache = new Map<string, readonly string[]>();

function acceptedIndustryCodes(industryCode: string): readonly string[] {
  let accepted = acceptedIndustryCache.get(industryCode);
  if (!accepted) {
    const match = findIndustry(industryCode);
    accepted = match ? [industryCode, match.section.code] : [industryCode];
    if (match) acceptedIndustryCache.set(industryCode, accepted); // only real codes: the cache stays bounded
  }
  return accepted;
}

/** Empty targets are open to every scale. */
export function acceptsScale(product: RankableProduct, scale: string): boolean {
  return product.targetScales.length === 0 || (product.targetScales as readonly string[]).includes(scale);
}
