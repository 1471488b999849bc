import { CreditGrade, EnterpriseScale, GuaranteeMethod } from '@rongtong/shared';
import { rankProducts, yearsInBusiness } from './ranking';
import { rateFit } from './ranking-selection';
import { type RankableProduct, RecommendationPreference as Pref, type RecommendationRequest, matchesPreference } from './ranking-types';

const WAN = 1_000_000; // fen in 1万元

function product(id: string, overrides: Partial<RankableProduct> = {}): RankableProduct {
  return {
    id,
    guaranteeMethods: [GuaranteeMethod.CREDIT],
    minAmountFen: 10 * WAN,
    maxAmountFen: 300 * WAN,
    minTermMonths: 1,
    maxTermMonths: 36,
    minRateBp: 400,
    targetRegionCodes: [],
    targetIndustryCodes: [],
    targetScales: [],
    minYearsInBusiness: 0,
    minCreditGrade: null,
    onlineApply: true,
    applyCount: 250,
    ...overrides,
  };
}

const request: RecommendationRequest = {
  amountFen: 100 * WAN,
  termMonths: 12,
  preferences: [Pref.LOW_RATE, Pref.NO_COLLATERAL],
  expectedRateBp: 500,
};

describe('rankProducts', () => {
  // A: 35·1 + 20·1 + 15·1 + 20·(2/2) + 10·(250/5000)                          = 90.5
  // B: 35·1 + 20·1 + 15·(60/24→1) + 20·(1/2) + 10·(1000/5000)                   = 82
  // C: 35·(1 − 200/500) + 20·(100/200) + 15·(12/24) + 20·(1/2) + 10·(50/5000)  = 21 + 10 + 7.5 + 10 + 0.1 = 48.6
  const a = product('a');
  const b = product('b', {
    guaranteeMethods: [GuaranteeMethod.MORTGAGE],
    minAmountFen: 50 * WAN,
    maxAmountFen: 1000 * WAN,
    minTermMonths: 12,
    maxTermMonths: 60,
    minRateBp: 450,
    onlineApply: false,
    applyCount: 1000,
  });
  const c = product('c', {
    guaranteeMethods: [GuaranteeMethod.GUARANTEE],
    minAmountFen: WAN,
    maxAmountFen: 100 * WAN,
    minTermMonths: 3,
    maxTermMonths: 12,
    minRateBp: 700,
    applyCount: 50,
  });

  it('ranks eligible products by the documented score', () => {
    const result = rankProducts(request, [c, b, a]);
    expect(result.eligible.map((entry) => [entry.product.id, entry.score])).toEqual([
      ['a', 90.5],
      ['b', 82],
      ['c', 48.6],
    ]);
    expect(result.nearMisses).toEqual([]);
  });

  it('lists the matched conditions and preferences', () => {
    const [first, second, third] = rankProducts(request, [a, b, c]).eligible;
    expect(first.matchedConditions).toEqual([
      '额度覆盖100万元',
      '期限满足12个月',
      '利率4.00%起，不高于期望5.00%',
      '信用贷款，免抵押',
      '支持纯线上申请',
    ]);
    expect(first.matchedPreferences).toEqual([Pref.LOW_RATE, Pref.NO_COLLATERAL]);
    expect(second.matchedConditions).toEqual(['额度覆盖100万元', '期限满足12个月', '利率4.50%起，不高于期望5.00%']);
    expect(second.matchedPreferences).toEqual([Pref.LOW_RATE]);
    expect(third.matchedConditions).toEqual(['额度覆盖100万元', '期限满足12个月', '保证担保，免抵押', '支持纯线上申请']);
  });

  it('scores the rate against the legal ceiling without an expected rate and with no preferences', () => {
    // 35·(1 − 600/2400) + 20·1 + 15·1 + 0 + 10·(250/5000) = 26.25 + 35.5 = 61.75 → 61.8
    const result = rankProducts({ amountFen: 100 * WAN, termMonths: 12, preferences: [] }, [product('x', { minRateBp: 600 })]);
    expect(result.eligible[0].score).toBe(61.8);
  });

  it('breaks ties by the lower rate, then by id', () => {
    const result = rankProducts(request, [product('z', { minRateBp: 450 }), product('y'), product('x')]);
    expect(result.eligible.map((entry) => entry.product.id)).toEqual(['x', 'y', 'z']);
  });

  it('explains amount and term near misses', () => {
    const result = rankProducts(request, [
      product('low-ceiling', { maxAmountFen: 50 * WAN }),
      product('high-floor', { minAmountFen: 200 * WAN, maxAmountFen: 1000 * WAN }),
      product('long-term', { minTermMonths: 24, maxTermMonths: 60 }),
    ]);
    expect(result.eligible).toEqual([]);
    expect(Object.fromEntries(result.nearMisses.map((entry) => [entry.product.id, entry.reasons]))).toEqual({
      'low-ceiling': ['额度上限低于申请金额'],
      'high-floor': ['申请金额低于起贷金额200万元'],
      'long-term': ['期限不支持12个月（24–60个月）'],
    });
  });

  describe('with an enterprise profile', () => {
    const withProfile: RecommendationRequest = {
      ...request,
      profile: {
        regionCode: '341202',
        industryCode: '39',
        scale: EnterpriseScale.SMALL,
        yearsInBusiness: 1,
        creditGrade: CreditGrade.BB,
      },
    };

    it('gives every profile rejection reason, shows one- and two-failure near misses first, hides the rest', () => {
      const result = rankProducts(withProfile, [
        product('young-and-weak', { minYearsInBusiness: 2, minCreditGrade: CreditGrade.BBB }),
        product('hefei', { targetRegionCodes: ['340100'] }),
        product('farming', { targetIndustryCodes: ['A'] }),
        product('big-firms', { targetScales: [EnterpriseScale.MEDIUM, EnterpriseScale.LARGE] }),
        product('three-failures', { targetRegionCodes: ['340100'], targetIndustryCodes: ['A'], minYearsInBusiness: 3 }),
      ]);
      expect(result.eligible).toEqual([]);
      expect(result.nearMisses.map((entry) => [entry.product.id, entry.reasons])).toEqual([
        ['big-firms', ['不面向小型企业']],
        ['farming', ['不支持本行业']],
        ['hefei', ['不支持本地区']],
        ['young-and-weak', ['成立年限不足2年', '信用等级低于要求']],
      ]);
    });

    it('matches targets by region containment and industry section', () => {
      const fuyang = product('fuyang', {
        targetRegionCodes: ['341200'],
        targetIndustryCodes: ['C'],
        targetScales: [EnterpriseScale.SMALL],
        minYearsInBusiness: 1,
        minCreditGrade: CreditGrade.BB,
      });
      const [entry] = rankProducts(withProfile, [fuyang]).eligible;
      expect(entry.matchedConditions.slice(0, 7)).toEqual([
        '额度覆盖100万元',
        '期限满足12个月',
        '支持颍州区企业',
        '适用计算机、通信和其他电子设备制造业行业',
        '面向小型企业',
        '成立满1年',
        '信用等级达到BB',
      ]);
    });

    it('does not check what the profile leaves out', () => {
      const result = rankProducts({ ...request, profile: { regionCode: '341202' } }, [
        product('strict', { minYearsInBusiness: 5, minCreditGrade: CreditGrade.AAA, targetScales: [EnterpriseScale.LARGE] }),
      ]);
      expect(result.eligible.map((entry) => entry.product.id)).toEqual(['strict']);
    });
  });
});

describe('preferences', () => {
  it('matches each preference by its documented rule', () => {
    const offlineMortgage = product('m', {
      guaranteeMethods: [GuaranteeMethod.MORTGAGE],
      onlineApply: false,
      minRateBp: 601,
      maxAmountFen: 499 * WAN,
    });
    const onlineCredit = product('c', { minRateBp: 600, maxAmountFen: 500 * WAN });
    for (const preference of Object.values(Pref)) {
      expect(matchesPreference(preference, offlineMortgage)).toBe(false);
      expect(matchesPreference(preference, onlineCredit)).toBe(true);
    }
    expect(matchesPreference(Pref.FAST, product('g', { guaranteeMethods: [GuaranteeMethod.GUARANTEE] }))).toBe(false);
  });
});

describe('helpers', () => {
  it('rateFit falls linearly above the expected rate', () => {
    expect(rateFit(500, 500)).toBe(1);
    expect(rateFit(750, 500)).toBe(0.5);
    expect(rateFit(1200, 500)).toBe(0);
    expect(rateFit(1200, null)).toBe(0.5);
  });

  it('yearsInBusiness counts whole years to the last anniversary', () => {
    expect(yearsInBusiness('2024-11-26', new Date('2026-11-26T00:00:00Z'))).toBe(2);
    expect(yearsInBusiness('2024-11-27', new Date('2026-11-26T00:00:00Z'))).toBe(1);
    expect(yearsInBusiness('2027-01-01', new Date('2026-11-26T00:00:00Z'))).toBe(0);
  });
});

describe('ranking limits', () => {
  const regions = [[], ['341200'], ['341203'], ['340000']];
  const catalogue = Array.from({ length: 300 }, (_, index) =>
    product(`p${String(index).padStart(3, '0')}`, {
      minAmountFen: (1 + (index % 20)) * WAN,
      maxAmountFen: (1 + (index % 20)) * WAN * (2 + (index % 40)),
      minTermMonths: 1 + (index % 12),
      maxTermMonths: 6 + (index % 30),
      minRateBp: 300 + ((index * 37) % 900),
      targetRegionCodes: regions[index % regions.length],
      minYearsInBusiness: index % 4,
      applyCount: (index * 131) % 5000,
    }),
  );
  const withProfile: RecommendationRequest = { ...request, profile: { regionCode: '341202', yearsInBusiness: 2 } };

  it('describes only the first entries, exactly as the unlimited ranking orders and describes them', () => {
    const full = rankProducts(withProfile, catalogue);
    const limited = rankProducts(withProfile, catalogue, { eligible: 7, nearMisses: 5 });
    expect(full.eligible.length).toBeGreaterThan(7);
    expect(full.nearMisses.length).toBeGreaterThan(5);
    expect(limited.eligible).toEqual(full.eligible.slice(0, 7));
    expect(limited.nearMisses).toEqual(full.nearMisses.slice(0, 5));
  });
});
