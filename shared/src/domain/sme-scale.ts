import { EnterpriseScale } from './enterprise';
import { findIndustry } from './industries';

/**
 * Scale of an enterprise by the 2011 SME classification (工信部联企业〔2011〕300号《中小企业划型标准规定》): per
 * industry, thresholds of headcount (从业人员), annual revenue (营业收入) and total assets (资产总额). Large,
 * medium and small must reach every threshold of their tier; an enterprise below any threshold of "small" is
 * micro. An unknown indicator is never guessed: the answer is a scale only when the known indicators settle it
 * (a headcount below the small threshold makes an enterprise micro whatever its revenue), otherwise none.
 */
export enum SmeIndicator {
  HEADCOUNT = 'HEADCOUNT',
  REVENUE = 'REVENUE',
  TOTAL_ASSETS = 'TOTAL_ASSETS',
}

export const SME_INDICATOR_LABELS: Record<SmeIndicator, string> = {
  [SmeIndicator.HEADCOUNT]: '从业人员',
  [SmeIndicator.REVENUE]: '营业收入',
  [SmeIndicator.TOTAL_ASSETS]: '资产总额',
};

/** The industries of the regulation, each with its own thresholds. */
export enum SmeIndustryClass {
  AGRICULTURE = 'AGRICULTURE',
  INDUSTRY = 'INDUSTRY',
  CONSTRUCTION = 'CONSTRUCTION',
  WHOLESALE = 'WHOLESALE',
  RETAIL = 'RETAIL',
  TRANSPORT = 'TRANSPORT',
  WAREHOUSING = 'WAREHOUSING',
  POSTAL = 'POSTAL',
  ACCOMMODATION = 'ACCOMMODATION',
  CATERING = 'CATERING',
  INFORMATION_TRANSMISSION = 'INFORMATION_TRANSMISSION',
  SOFTWARE_AND_IT_SERVICES = 'SOFTWARE_AND_IT_SERVICES',
  REAL_ESTATE_DEVELOPMENT = 'REAL_ESTATE_DEVELOPMENT',
  PROPERTY_MANAGEMENT = 'PROPERTY_MANAGEMENT',
  LEASING_AND_BUSINESS_SERVICES = 'LEASING_AND_BUSINESS_SERVICES',
  OTHER = 'OTHER',
}

/** The lowest value of each indicator a tier needs; revenue and assets in fen. */
type TierThresholds = Partial<Record<SmeIndicator, number>>;

interface ClassThresholds {
  large: TierThresholds;
  medium: TierThresholds;
  small: TierThresholds;
}

/** 万元 in fen. */
const WAN = 1_000_000;

const people = (large: number, medium: number, small: number) => ({ large, medium, small });
const wan = (large: number, medium: number, small: number) => ({ large: large * WAN, medium: medium * WAN, small: small * WAN });

function thresholds(indicators: Partial<Record<SmeIndicator, { large: number; medium: number; small: number }>>): ClassThresholds {
  const tier = (name: 'large' | 'medium' | 'small'): TierThresholds =>
    Object.fromEntries(Object.entries(indicators).map(([indicator, values]) => [indicator, values[name]]));
  return { large: tier('large'), medium: tier('medium'), small: tier('small') };
}

const { HEADCOUNT, REVENUE, TOTAL_ASSETS } = SmeIndicator;

/** Article 4 of the regulation, item by item (一 … 十六). */
export const SME_THRESHOLDS: Readonly<Record<SmeIndustryClass, ClassThresholds>> = {
  [SmeIndustryClass.AGRICULTURE]: thresholds({ [REVENUE]: wan(20000, 500, 50) }),
  [SmeIndustryClass.INDUSTRY]: thresholds({ [HEADCOUNT]: people(1000, 300, 20), [REVENUE]: wan(40000, 2000, 300) }),
  [SmeIndustryClass.CONSTRUCTION]: thresholds({ [REVENUE]: wan(80000, 6000, 300), [TOTAL_ASSETS]: wan(80000, 5000, 300) }),
  [SmeIndustryClass.WHOLESALE]: thresholds({ [HEADCOUNT]: people(200, 20, 5), [REVENUE]: wan(40000, 5000, 1000) }),
  [SmeIndustryClass.RETAIL]: thresholds({ [HEADCOUNT]: people(300, 50, 10), [REVENUE]: wan(20000, 500, 100) }),
  [SmeIndustryClass.TRANSPORT]: thresholds({ [HEADCOUNT]: people(1000, 300, 20), [REVENUE]: wan(30000, 3000, 200) }),
  [SmeIndustryClass.WAREHOUSING]: thresholds({ [HEADCOUNT]: people(200, 100, 20), [REVENUE]: wan(30000, 1000, 100) }),
  [SmeIndustryClass.POSTAL]: thresholds({ [HEADCOUNT]: people(1000, 300, 20), [REVENUE]: wan(30000, 2000, 100) }),
  [SmeIndustryClass.ACCOMMODATION]: thresholds({ [HEADCOUNT]: people(300, 100, 10), [REVENUE]: wan(10000, 2000, 100) }),
  [SmeIndustryClass.CATERING]: thresholds({ [HEADCOUNT]: people(300, 100, 10), [REVENUE]: wan(10000, 2000, 100) }),
  [SmeIndustryClass.INFORMATION_TRANSMISSION]: thresholds({ [HEADCOUNT]: people(2000, 100, 10), [REVENUE]: wan(100000, 1000, 100) }),
  [SmeIndustryClass.SOFTWARE_AND_IT_SERVICES]: thresholds({ [HEADCOUNT]: people(300, 100, 10), [REVENUE]: wan(10000, 1000, 50) }),
  [SmeIndustryClass.REAL_ESTATE_DEVELOPMENT]: thresholds({ [REVENUE]: wan(200000, 1000, 100), [TOTAL_ASSETS]: wan(10000, 5000, 2000) }),
  [SmeIndustryClass.PROPERTY_MANAGEMENT]: thresholds({ [HEADCOUNT]: people(1000, 300, 100), [REVENUE]: wan(5000, 1000, 500) }),
  [SmeIndustryClass.LEASING_AND_BUSINESS_SERVICES]: thresholds({ [HEADCOUNT]: people(300, 100, 10), [TOTAL_ASSETS]: wan(120000, 8000, 100) }),
  [SmeIndustryClass.OTHER]: thresholds({ [HEADCOUNT]: people(300, 100, 10) }),
};

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * GB/T 4754-2017 divisions → the regulation's industries. Not covered: railway transport (53, excluded from
 * 交通运输业), finance (66–69, classified by its own 2015 standard), public administration and international
 * organisations (91–97). Division 70 (房地产业) holds development (7010), property management (7020) and, as
 * "other", agency and the rest; a division alone does not say which, so all three are tried.
 */
const DIVISION_CLASSES: ReadonlyMap<string, readonly SmeIndustryClass[]> = new Map([
  ...range(1, 5).map((d) => [d, [SmeIndustryClass.AGRICULTURE]] as const),
  ...range(6, 46).map((d) => [d, [SmeIndustryClass.INDUSTRY]] as const),
  ...range(47, 50).map((d) => [d, [SmeIndustryClass.CONSTRUCTION]] as const),
  [51, [SmeIndustryClass.WHOLESALE]] as const,
  [52, [SmeIndustryClass.RETAIL]] as const,
  ...range(54, 58).map((d) => [d, [SmeIndustryClass.TRANSPORT]] as const),
  [59, [SmeIndustryClass.WAREHOUSING]] as const,
  [60, [SmeIndustryClass.POSTAL]] as const,
  [61, [SmeIndustryClass.ACCOMMODATION]] as const,
  [62, [SmeIndustryClass.CATERING]] as const,
  [63, [SmeIndustryClass.INFORMATION_TRANSMISSION]] as const,
  [64, [SmeIndustryClass.INFORMATION_TRANSMISSION]] as const,
  [65, [SmeIndustryClass.SOFTWARE_AND_IT_SERVICES]] as const,
  [70, [SmeIndustryClass.REAL_ESTATE_DEVELOPMENT, SmeIndustryClass.PROPERTY_MANAGEMENT, SmeIndustryClass.OTHER]] as const,
  [71, [SmeIndustryClass.LEASING_AND_BUSINESS_SERVICES]] as const,
  [72, [SmeIndustryClass.LEASING_AND_BUSINESS_SERVICES]] as const,
  ...range(73, 90).map((d) => [d, [SmeIndustryClass.OTHER]] as const),
].map(([division, classes]) => [String(division).padStart(2, '0'), classes]));

/** The regulation's industries a GB/T 4754 division may fall in: none when it is not covered or unknown. */
export function smeIndustryClasses(industryCode: string): readonly SmeIndustryClass[] {
  return DIVISION_CLASSES.get(industryCode) ?? [];
}

/** What is known of an enterprise; null (or absent) means unknown, never zero. */
export interface SmeIndicators {
  industryCode: string | null;
  headcount?: number | null;
  revenueFen?: number | null;
  totalAssetsFen?: number | null;
}

export type SmeUnclassifiedReason =
  /** No industry, or a code that is not a GB/T 4754 division. */
  | 'UNKNOWN_INDUSTRY'
  /** An industry the regulation does not cover (finance, railway transport, public administration). */
  | 'NOT_COVERED'
  /** An indicator the known ones do not settle is unknown (`missing` names them). */
  | 'INSUFFICIENT_DATA'
  /** The division (70) spans industries with different thresholds, and they give different scales. */
  | 'AMBIGUOUS_INDUSTRY';

export type SmeClassification =
  | { scale: EnterpriseScale; basis: SmeIndicator[] }
  | { scale: null; reason: SmeUnclassifiedReason; missing: SmeIndicator[] };

type Reach = 'YES' | 'NO' | 'UNKNOWN';

function valueOf(indicators: SmeIndicators, indicator: SmeIndicator): number | null {
  const value =
    indicator === HEADCOUNT ? indicators.headcount : indicator === REVENUE ? indicators.revenueFen : indicators.totalAssetsFen;
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/** A tier is reached when every indicator reaches its threshold; one below is enough to miss it. */
function reaches(tier: TierThresholds, indicators: SmeIndicators): Reach {
  let unknown = false;
  for (const [indicator, minimum] of Object.entries(tier) as Array<[SmeIndicator, number]>) {
    const value = valueOf(indicators, indicator);
    if (value === null) unknown = true;
    else if (value < minimum) return 'NO';
  }
  return unknown ? 'UNKNOWN' : 'YES';
}

function classifyIn(industryClass: SmeIndustryClass, indicators: SmeIndicators): SmeClassification {
  const table = SME_THRESHOLDS[industryClass];
  const used = Object.keys(table.small) as SmeIndicator[];
  const known = used.filter((indicator) => valueOf(indicators, indicator) !== null);
  const missing = used.filter((indicator) => valueOf(indicators, indicator) === null);
  const tiers: Array<[EnterpriseScale, TierThresholds]> = [
    [EnterpriseScale.LARGE, table.large],
    [EnterpriseScale.MEDIUM, table.medium],
    [EnterpriseScale.SMALL, table.small],
  ];
  for (const [scale, tier] of tiers) {
    const reach = reaches(tier, indicators);
    if (reach === 'YES') return { scale, basis: known };
    if (reach === 'UNKNOWN') return { scale: null, reason: 'INSUFFICIENT_DATA', missing };
  }
  return { scale: EnterpriseScale.MICRO, basis: known };
}

/** The enterprise's scale by the 2011 classification, or why there is none. */
export function classifySmeScale(indicators: SmeIndicators): SmeClassification {
  const code = indicators.industryCode;
  if (code === null || findIndustry(code)?.division === undefined) return { scale: null, reason: 'UNKNOWN_INDUSTRY', missing: [] };
  const classes = smeIndustryClasses(code);
  if (classes.length === 0) return { scale: null, reason: 'NOT_COVERED', missing: [] };
  const results = classes.map((industryClass) => classifyIn(industryClass, indicators));
  const first = results[0];
  if (first.scale !== null && results.every((result) => result.scale === first.scale)) {
    return { scale: first.scale, basis: [...new Set(results.flatMap((result) => (result.scale === null ? [] : result.basis)))] };
  }
  const missing = [...new Set(results.flatMap((result) => (result.scale === null ? result.missing : [])))];
  return { scale: null, reason: missing.length > 0 ? 'INSUFFICIENT_DATA' : 'AMBIGUOUS_INDUSTRY', missing };
}
