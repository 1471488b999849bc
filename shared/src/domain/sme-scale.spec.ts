import { EnterpriseScale } from './enterprise';
import { INDUSTRY_SECTIONS } from './industries';
import { classifySmeScale, SME_THRESHOLDS, SmeIndicator, SmeIndustryClass, smeIndustryClasses } from './sme-scale';

const WAN = 1_000_000;
const { LARGE, MEDIUM, SMALL, MICRO } = EnterpriseScale;

/** A division of each industry of the regulation. */
const DIVISION: Record<SmeIndustryClass, string | null> = {
  [SmeIndustryClass.AGRICULTURE]: '01',
  [SmeIndustryClass.INDUSTRY]: '39',
  [SmeIndustryClass.CONSTRUCTION]: '47',
  [SmeIndustryClass.WHOLESALE]: '51',
  [SmeIndustryClass.RETAIL]: '52',
  [SmeIndustryClass.TRANSPORT]: '54',
  [SmeIndustryClass.WAREHOUSING]: '59',
  [SmeIndustryClass.POSTAL]: '60',
  [SmeIndustryClass.ACCOMMODATION]: '61',
  [SmeIndustryClass.CATERING]: '62',
  [SmeIndustryClass.INFORMATION_TRANSMISSION]: '64',
  [SmeIndustryClass.SOFTWARE_AND_IT_SERVICES]: '65',
  // Only reachable through division 70, together with two others.
  [SmeIndustryClass.REAL_ESTATE_DEVELOPMENT]: null,
  [SmeIndustryClass.PROPERTY_MANAGEMENT]: null,
  [SmeIndustryClass.LEASING_AND_BUSINESS_SERVICES]: '72',
  [SmeIndustryClass.OTHER]: '74',
};

function scaleOf(industryCode: string, headcount: number | null, revenueWan: number | null, assetsWan: number | null = null) {
  return classifySmeScale({
    industryCode,
    headcount,
    revenueFen: revenueWan === null ? null : revenueWan * WAN,
    totalAssetsFen: assetsWan === null ? null : assetsWan * WAN,
  }).scale;
}

describe('2011 SME classification (工信部联企业〔2011〕300号)', () => {
  it('has the thresholds of the regulation, industry by industry (people; 万元)', () => {
    const rows = Object.fromEntries(
      Object.entries(SME_THRESHOLDS).map(([industryClass, table]) => [
        industryClass,
        [table.large, table.medium, table.small].map((tier) =>
          Object.entries(tier)
            .map(([indicator, value]) => `${indicator[0]}${indicator === SmeIndicator.HEADCOUNT ? value : value / WAN}`)
            .join(' '),
        ),
      ]),
    );
    expect(rows).toEqual({
      AGRICULTURE: ['R20000', 'R500', 'R50'],
      INDUSTRY: ['H1000 R40000', 'H300 R2000', 'H20 R300'],
      CONSTRUCTION: ['R80000 T80000', 'R6000 T5000', 'R300 T300'],
      WHOLESALE: ['H200 R40000', 'H20 R5000', 'H5 R1000'],
      RETAIL: ['H300 R20000', 'H50 R500', 'H10 R100'],
      TRANSPORT: ['H1000 R30000', 'H300 R3000', 'H20 R200'],
      WAREHOUSING: ['H200 R30000', 'H100 R1000', 'H20 R100'],
      POSTAL: ['H1000 R30000', 'H300 R2000', 'H20 R100'],
      ACCOMMODATION: ['H300 R10000', 'H100 R2000', 'H10 R100'],
      CATERING: ['H300 R10000', 'H100 R2000', 'H10 R100'],
      INFORMATION_TRANSMISSION: ['H2000 R100000', 'H100 R1000', 'H10 R100'],
      SOFTWARE_AND_IT_SERVICES: ['H300 R10000', 'H100 R1000', 'H10 R50'],
      REAL_ESTATE_DEVELOPMENT: ['R200000 T10000', 'R1000 T5000', 'R100 T2000'],
      PROPERTY_MANAGEMENT: ['H1000 R5000', 'H300 R1000', 'H100 R500'],
      LEASING_AND_BUSINESS_SERVICES: ['H300 T120000', 'H100 T8000', 'H10 T100'],
      OTHER: ['H300', 'H100', 'H10'],
    });
  });

  describe.each(Object.values(SmeIndustryClass).filter((industryClass) => DIVISION[industryClass] !== null))('%s', (industryClass) => {
    const code = DIVISION[industryClass] as string;
    const table = SME_THRESHOLDS[industryClass];
    const tiers: Array<[EnterpriseScale, Partial<Record<SmeIndicator, number>>]> = [
      [LARGE, table.large],
      [MEDIUM, table.medium],
      [SMALL, table.small],
    ];
    const at = (tier: Partial<Record<SmeIndicator, number>>, change: Partial<Record<SmeIndicator, number>> = {}) =>
      classifySmeScale({
        industryCode: code,
        headcount: (tier[SmeIndicator.HEADCOUNT] ?? 0) + (change[SmeIndicator.HEADCOUNT] ?? 0),
        revenueFen: (tier[SmeIndicator.REVENUE] ?? 0) + (change[SmeIndicator.REVENUE] ?? 0),
        totalAssetsFen: (tier[SmeIndicator.TOTAL_ASSETS] ?? 0) + (change[SmeIndicator.TOTAL_ASSETS] ?? 0),
      }).scale;

    it.each(tiers)('reaches %s exactly at every threshold (及以上)', (scale, tier) => {
      expect(at(tier)).toBe(scale);
    });

    it.each(tiers)('falls below %s when any one indicator is one unit short (以下)', (scale, tier) => {
      const below = [LARGE, MEDIUM, SMALL, MICRO][[LARGE, MEDIUM, SMALL].indexOf(scale) + 1];
      for (const indicator of Object.keys(tier) as SmeIndicator[]) {
        expect(at(tier, { [indicator]: -1 })).toBe(below);
      }
    });
  });

  it('makes an industrial enterprise micro when either indicator is below the small threshold', () => {
    expect(scaleOf('39', 19, 100_000)).toBe(MICRO);
    expect(scaleOf('39', 5000, 299)).toBe(MICRO);
    expect(scaleOf('39', 20, 300)).toBe(SMALL);
    expect(scaleOf('39', 999, 100_000)).toBe(MEDIUM);
    expect(scaleOf('39', 1000, 40_000)).toBe(LARGE);
  });

  it('never guesses an unknown indicator, but uses a known one that settles the scale', () => {
    expect(classifySmeScale({ industryCode: '39', headcount: 150, revenueFen: null })).toEqual({
      scale: null,
      reason: 'INSUFFICIENT_DATA',
      missing: [SmeIndicator.REVENUE],
    });
    expect(classifySmeScale({ industryCode: '39', headcount: 12, revenueFen: null })).toEqual({ scale: MICRO, basis: [SmeIndicator.HEADCOUNT] });
    expect(classifySmeScale({ industryCode: '39', headcount: null, revenueFen: 100 * WAN })).toEqual({ scale: MICRO, basis: [SmeIndicator.REVENUE] });
    expect(classifySmeScale({ industryCode: '39' }).scale).toBeNull();
    expect(classifySmeScale({ industryCode: '39', headcount: Number.NaN, revenueFen: 100 * WAN }).scale).toBe(MICRO);
    // Construction needs total assets, which no source supplies: only a revenue below 300万元 settles it.
    expect(scaleOf('47', 50, 299)).toBe(MICRO);
    expect(classifySmeScale({ industryCode: '47', headcount: 50, revenueFen: 5_000 * WAN })).toEqual({
      scale: null,
      reason: 'INSUFFICIENT_DATA',
      missing: [SmeIndicator.TOTAL_ASSETS],
    });
  });

  it('classifies agriculture by revenue and "other" industries by headcount alone', () => {
    expect(scaleOf('01', null, 20_000)).toBe(LARGE);
    expect(scaleOf('01', 5, 49)).toBe(MICRO);
    expect(scaleOf('74', 300, null)).toBe(LARGE);
    expect(scaleOf('74', 9, null)).toBe(MICRO);
  });

  it('answers for division 70 only when development, property management and "other" agree', () => {
    expect(smeIndustryClasses('70')).toEqual([
      SmeIndustryClass.REAL_ESTATE_DEVELOPMENT,
      SmeIndustryClass.PROPERTY_MANAGEMENT,
      SmeIndustryClass.OTHER,
    ]);
    // Revenue below 100万元 and fewer than 10 people: micro in all three.
    expect(classifySmeScale({ industryCode: '70', headcount: 8, revenueFen: 90 * WAN })).toEqual({
      scale: MICRO,
      basis: [SmeIndicator.REVENUE, SmeIndicator.HEADCOUNT],
    });
    // Development needs total assets.
    expect(classifySmeScale({ industryCode: '70', headcount: 400, revenueFen: 3_000 * WAN })).toEqual({
      scale: null,
      reason: 'INSUFFICIENT_DATA',
      missing: [SmeIndicator.TOTAL_ASSETS],
    });
    // All three known and they disagree (development and property management medium, other large).
    expect(classifySmeScale({ industryCode: '70', headcount: 300, revenueFen: 1_000 * WAN, totalAssetsFen: 6_000 * WAN })).toEqual({
      scale: null,
      reason: 'AMBIGUOUS_INDUSTRY',
      missing: [],
    });
  });

  it('covers every division but railway, finance, public administration and international organisations', () => {
    const uncovered = INDUSTRY_SECTIONS.flatMap((section) => section.divisions)
      .map((division) => division.code)
      .filter((code) => smeIndustryClasses(code).length === 0);
    expect(uncovered).toEqual(['53', '66', '67', '68', '69', '91', '92', '93', '94', '95', '96', '97']);
    expect(classifySmeScale({ industryCode: '66', headcount: 5, revenueFen: WAN })).toEqual({ scale: null, reason: 'NOT_COVERED', missing: [] });
  });

  it('needs a division: a section letter, an unknown code or none is not classified', () => {
    for (const industryCode of ['C', '98', '', null]) {
      expect(classifySmeScale({ industryCode, headcount: 5, revenueFen: WAN })).toEqual({ scale: null, reason: 'UNKNOWN_INDUSTRY', missing: [] });
    }
  });
});
