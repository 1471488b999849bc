import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CREDIT_DIMENSIONS,
  CREDIT_INDICATOR_IDS,
  CreditDimension,
  DataSource,
  EnterpriseScale,
  EnterpriseType,
  type JudicialData,
  type TaxData,
} from '@rongtong/shared';
import { basisFromSources, type IndicatorSources, type SourceRecord } from './basis';
import { basisFromTrainingRow } from './training-row';
import { INDICATOR_DEFINITIONS, indicatorScore } from './definitions';
import { indicatorFindings } from './findings';
import { indicatorFeatureRow, indicatorsFromSources, indicatorsFromTrainingRow, INDICATOR_FEATURE_COLUMNS, type IndicatorVector } from './vector';

const AS_OF = '2026-11-30';

/** The 24 months ending 2026-11, oldest first. */
const MONTHS = Array.from({ length: 24 }, (_, index) => {
  const month = 2024 * 12 + 11 + index; // 2024-12 … 2026-11
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
});

interface Shape {
  /** Monthly revenue in fen for the previous 12 months and the last 12. */
  revenuePrev: number;
  revenueLast: number;
  taxRate: number;
  arrearsFen: number;
  rating: TaxData['creditRating'];
  headcountBefore: number;
  headcountNow: number;
  contributorsNow: number;
  kwhPrev: number;
  kwhLast: number;
  judicial: JudicialData;
  penalties: number;
  status: 'IN_OPERATION' | 'SUSPENDED' | 'REVOKED' | 'DEREGISTERED';
}

const CLEAN_RECORDS: JudicialData = { cases: [], enforcements: [], dishonestDebtor: false, dishonestSince: null };

const HEALTHY: Shape = {
  revenuePrev: 100_000_000, // 100万元 a month
  revenueLast: 110_000_000,
  taxRate: 0.03,
  arrearsFen: 0,
  rating: 'A',
  headcountBefore: 40,
  headcountNow: 44,
  contributorsNow: 40,
  kwhPrev: 20_000,
  kwhLast: 22_000,
  judicial: CLEAN_RECORDS,
  penalties: 0,
  status: 'IN_OPERATION',
};

/** A hand-made snapshot of all seven sources: flat months, so every figure can be checked by hand. */
function snapshot(shape: Partial<Shape> = {}): Required<IndicatorSources> {
  const s = { ...HEALTHY, ...shape };
  const revenue = (index: number) => (index < 12 ? s.revenuePrev : s.revenueLast);
  return {
    [DataSource.MARKET_REGISTRATION]: {
      name: '阜阳测试制造有限公司',
      type: EnterpriseType.LIMITED_COMPANY,
      legalRepresentative: '张三',
      regionCode: '341202',
      industryCode: '33', // 金属制品业 (C, risk 3)
      registeredCapitalFen: 500_000_000, // 500万元
      establishedOn: '2016-12-01',
      status: s.status,
    },
    [DataSource.TAX]: {
      annual: [
        { year: 2023, revenueFen: 1_000_000_000, taxPaidFen: 30_000_000 },
        { year: 2024, revenueFen: 1_100_000_000, taxPaidFen: 33_000_000 },
        { year: 2025, revenueFen: 1_200_000_000, taxPaidFen: 36_000_000 },
      ],
      monthly: MONTHS.map((month, index) => ({ month, revenueFen: revenue(index), taxPaidFen: Math.round(revenue(index) * s.taxRate) })),
      arrearsFen: s.arrearsFen,
      creditRating: s.rating,
      ratingYear: 2025,
    },
    [DataSource.SOCIAL_SECURITY]: {
      monthly: MONTHS.map((month, index) => ({ month, insuredHeadcount: index === 23 ? s.headcountNow : s.headcountBefore })),
    },
    [DataSource.HOUSING_FUND]: { monthly: MONTHS.map((month) => ({ month, contributors: s.contributorsNow })) },
    [DataSource.UTILITIES]: {
      monthly: MONTHS.map((month, index) => ({ month, electricityKwh: index < 12 ? s.kwhPrev : s.kwhLast, waterTonnes: 100 })),
    },
    [DataSource.JUDICIAL]: s.judicial,
    [DataSource.ADMINISTRATIVE_PENALTIES]: {
      penalties: Array.from({ length: s.penalties }, (_, index) => ({
        decisionNumber: `颍州市监罚〔2026〕${index + 1}号`,
        authority: '阜阳市颍州区市场监督管理局',
        reason: '未按规定公示年度报告',
        amountFen: 500_000,
        decidedOn: '2026-03-0' + String(index + 1),
      })),
    },
  };
}

const vectorOf = (sources: IndicatorSources, profile = null) => indicatorsFromSources(sources, AS_OF, profile);

describe('indicators from a hand-made snapshot', () => {
  it('computes every indicator of a complete snapshot, each by its formula', () => {
    const vector = vectorOf(snapshot());
    for (const id of CREDIT_INDICATOR_IDS) expect([id, vector.availability[id]]).toEqual([id, { status: 'AVAILABLE' }]);
    const n = vector.numeric;
    expect(n.revenue12mFen).toBe(12 * 110_000_000);
    expect(n.revenueLastYearFen).toBe(1_200_000_000);
    expect(n.revenueCv12m).toBe(0);
    expect(n.capitalTurnover).toBeCloseTo(1_320_000_000 / 500_000_000, 12);
    expect(n.revenuePerEmployeeFen).toBeCloseTo(1_320_000_000 / 44, 6);
    expect(n.electricity12mKwh).toBe(12 * 22_000);
    expect(n.water12mTonnes).toBe(1_200);
    expect(n.headcountNow).toBe(44);
    expect(n.housingFundCoverage).toBeCloseTo(40 / 44, 12);
    expect(n.ageYears).toBe(10); // 2016-12-01 to the end of 2026-11
    expect(n.scaleRank).toBe(2); // 1,200万元 and 44 people in manufacturing: small
    expect(n.taxPaid12mFen).toBe(12 * 3_300_000);
    expect(n.taxToRevenue12m).toBeCloseTo(0.03, 12);
    expect(n.taxArrearsFen).toBe(0);
    expect(n.knownLiabilitiesFen).toBe(0);
    expect(n.registeredCapitalFen).toBe(500_000_000);
    expect(n.revenueGrowth12m).toBeCloseTo(0.1, 12);
    expect(n.taxGrowth12m).toBeCloseTo(0.1, 12);
    expect(n.headcountChange12m).toBe(4);
    expect(n.headcountGrowth12m).toBeCloseTo(0.1, 12);
    expect(n.electricityGrowth12m).toBe(0.1);
    expect(n.industryRiskLevel).toBe(3);
    expect(vector.categorical).toEqual({ industrySection: 'C', regionCode: '341202' });
    expect([n.casesAsDefendant5y, n.enforcementsActive, n.dishonestDebtor, n.penalties3y]).toEqual([0, 0, 0, 0]);
    expect(n.taxCreditRatingRank).toBe(1);
    expect(n.registrationAbnormal).toBe(0);
    expect(vector.asOf).toBe('2026-11');
  });

  it('scores each dimension 0–100 with full coverage, and a troubled enterprise lower in every dimension it touches', () => {
    const healthy = vectorOf(snapshot());
    const troubled = vectorOf(
      snapshot({
        revenueLast: 60_000_000,
        taxRate: 0.005,
        arrearsFen: 5_000_000,
        rating: 'D',
        headcountNow: 20,
        contributorsNow: 5,
        kwhLast: 9_000,
        judicial: {
          cases: [{ caseNumber: '（2026）皖1202民初1号', court: '颍州区人民法院', role: 'DEFENDANT', cause: '买卖合同纠纷', filedOn: '2026-05-02', amountFen: 8_000_000, status: 'PENDING' }],
          enforcements: [{ caseNumber: '（2026）皖1202执1号', court: '颍州区人民法院', amountFen: 6_000_000, filedOn: '2026-06-10', status: 'ACTIVE' }],
          dishonestDebtor: true,
          dishonestSince: '2026-10-01',
        },
        penalties: 2,
      }),
    );
    for (const dimension of CREDIT_DIMENSIONS) {
      const { score, coverage } = healthy.dimensions[dimension];
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      expect(coverage).toBe(1);
    }
    for (const dimension of [CreditDimension.OPERATING, CreditDimension.SOLVENCY, CreditDimension.GROWTH, CreditDimension.PUBLIC_RECORDS]) {
      expect([dimension, troubled.dimensions[dimension].score < healthy.dimensions[dimension].score - 10]).toEqual([dimension, true]);
    }
    expect(troubled.dimensions[CreditDimension.INDUSTRY].score).toBe(healthy.dimensions[CreditDimension.INDUSTRY].score);
    expect(troubled.numeric.knownLiabilitiesFen).toBe(11_000_000);
    expect(troubled.numeric.knownLiabilitiesToRevenue).toBeCloseTo(11_000_000 / 720_000_000, 12);
    expect(troubled.numeric.taxArrearsToRevenue).toBeCloseTo(5_000_000 / 720_000_000, 12);
  });

  it('a dishonest debtor pulls the public-records score far down, even with nothing else on file', () => {
    const clean = vectorOf(snapshot());
    const listed = vectorOf(snapshot({ judicial: { ...CLEAN_RECORDS, dishonestDebtor: true, dishonestSince: '2026-09-01' } }));
    expect(clean.dimensions[CreditDimension.PUBLIC_RECORDS].score).toBe(100);
    expect(listed.numeric.dishonestDebtor).toBe(1);
    expect(listed.indicatorScores.dishonestDebtor).toBe(0);
    expect(listed.dimensions[CreditDimension.PUBLIC_RECORDS].score).toBeLessThan(60);
  });

  it('negative growth gives negative rates and a low growth score; a fall of 30 % or more scores 0', () => {
    const vector = vectorOf(snapshot({ revenueLast: 65_000_000, taxRate: 0.03, headcountNow: 28, kwhLast: 13_000 }));
    expect(vector.numeric.revenueGrowth12m).toBeCloseTo(-0.35, 12);
    expect(vector.numeric.headcountGrowth12m).toBeCloseTo(-0.3, 12);
    expect(vector.numeric.electricityGrowth12m).toBe(-0.35);
    expect(vector.indicatorScores.revenueGrowth12m).toBe(0);
    expect(vector.dimensions[CreditDimension.GROWTH].score).toBeLessThan(5);
  });

  it('zero revenue leaves the ratios over revenue undefined, not zero, and growth on a zero year undefined', () => {
    const vector = vectorOf(snapshot({ revenuePrev: 0, revenueLast: 0 }));
    expect(vector.numeric.revenue12mFen).toBe(0);
    for (const id of ['revenueCv12m', 'taxToRevenue12m', 'revenueGrowth12m', 'taxGrowth12m', 'taxArrearsToRevenue', 'knownLiabilitiesToRevenue'] as const) {
      expect([id, vector.numeric[id], vector.availability[id]]).toEqual([id, Number.NaN, { status: 'UNDEFINED' }]);
    }
    expect(vector.indicatorScores.revenue12mFen).toBe(0);
    expect(vector.dimensions[CreditDimension.OPERATING].coverage).toBeLessThan(1);
  });

  it('a missing source makes its indicators missing, names the source, and leaves the others and the dimension scores standing', () => {
    const sources = snapshot();
    const vector = vectorOf({ ...sources, [DataSource.TAX]: null, [DataSource.UTILITIES]: undefined });
    const tax = { status: 'MISSING', missing: [{ source: DataSource.TAX, reason: 'SOURCE_MISSING' }] };
    for (const id of ['revenue12mFen', 'taxToRevenue12m', 'taxArrearsFen', 'revenueGrowth12m', 'taxCreditRatingRank', 'capitalTurnover'] as const) {
      expect([id, vector.availability[id]]).toEqual([id, tax]);
      expect(vector.numeric[id]).toBeNaN();
    }
    expect(vector.availability.knownLiabilitiesFen).toEqual(tax);
    expect(vector.availability.electricityGrowth12m).toEqual({ status: 'MISSING', missing: [{ source: DataSource.UTILITIES, reason: 'SOURCE_MISSING' }] });
    // Without revenue the scale is not settled: the register profile's scale would stand in; with none it is missing.
    expect(vector.availability.scaleRank.status).toBe('MISSING');
    expect(vector.numeric.headcountNow).toBe(44);
    expect(vector.numeric.enforcementsActive).toBe(0);
    for (const dimension of CREDIT_DIMENSIONS) expect(vector.dimensions[dimension].score).not.toBeNaN();
    expect(vector.dimensions[CreditDimension.SOLVENCY].coverage).toBeLessThan(0.2);
  });

  it('an empty snapshot gives NaN everywhere and NaN dimension scores, except what the register profile supplies', () => {
    const bare = vectorOf({});
    expect(INDICATOR_DEFINITIONS.every((definition) => bare.availability[definition.id].status === 'MISSING')).toBe(true);
    for (const dimension of CREDIT_DIMENSIONS) expect(bare.dimensions[dimension]).toEqual({ score: Number.NaN, coverage: 0 });

    const withProfile = indicatorsFromSources({}, AS_OF, { industryCode: '47', regionCode: '341221', scale: EnterpriseScale.MEDIUM });
    expect(withProfile.numeric.industryRiskLevel).toBe(5);
    expect(withProfile.categorical).toEqual({ industrySection: 'E', regionCode: '341221' });
    expect(withProfile.numeric.scaleRank).toBe(3);
    expect(withProfile.dimensions[CreditDimension.INDUSTRY].score).toBe(0);
  });

  it('partial data: a field left out is missing with FIELD_MISSING, a month dropped from a series with INCOMPLETE_SERIES', () => {
    const sources = snapshot();
    const tax = sources[DataSource.TAX] as SourceRecord<TaxData>;
    const partial: IndicatorSources = {
      ...sources,
      [DataSource.TAX]: { ...tax, arrearsFen: null, monthly: (tax.monthly ?? []).filter((entry) => entry.month !== '2026-03') },
    };
    const vector = vectorOf(partial);
    expect(vector.availability.taxArrearsFen).toEqual({ status: 'MISSING', missing: [{ source: DataSource.TAX, reason: 'FIELD_MISSING' }] });
    expect(vector.availability.revenue12mFen).toEqual({ status: 'MISSING', missing: [{ source: DataSource.TAX, reason: 'INCOMPLETE_SERIES' }] });
    expect(vector.numeric.revenueLastYearFen).toBe(1_200_000_000); // the annual figures are whole
    // The previous 12 months are whole, so nothing else about them is guessed either way.
    expect(basisFromSources(partial, AS_OF, null).revenuePrev12mFen).toBe(12 * 100_000_000);
  });

  it('counts court records in the 60 months and penalties in the 36 months ending at the as-of month, nothing later', () => {
    const enforcement = (filedOn: string, status: 'ACTIVE' | 'CLOSED') => ({ caseNumber: `执${filedOn}`, court: '颍州区人民法院', amountFen: 100_000, filedOn, status });
    const sources = snapshot({
      judicial: {
        cases: [],
        enforcements: [enforcement('2026-12-01', 'ACTIVE'), enforcement('2026-11-30', 'ACTIVE'), enforcement('2021-12-01', 'CLOSED'), enforcement('2021-11-30', 'CLOSED')],
        dishonestDebtor: false,
        dishonestSince: null,
      },
    });
    sources[DataSource.ADMINISTRATIVE_PENALTIES] = {
      penalties: ['2023-12-01', '2023-11-30'].map((decidedOn) => ({ decisionNumber: decidedOn, authority: '局', reason: '理由', amountFen: 200_000, decidedOn })),
    };
    const vector = vectorOf(sources);
    expect(vector.numeric.enforcements5y).toBe(2);
    expect(vector.numeric.enforcementsActive).toBe(1);
    expect(vector.numeric.enforcementActiveAmountFen).toBe(100_000);
    expect(vector.numeric.penalties3y).toBe(1);
    expect(vector.numeric.penaltyAmount3yFen).toBe(200_000);
  });

  it('a suspended or revoked registration counts as abnormal', () => {
    expect(vectorOf(snapshot({ status: 'REVOKED' })).numeric.registrationAbnormal).toBe(1);
    expect(vectorOf(snapshot({ status: 'SUSPENDED' })).dimensions[CreditDimension.PUBLIC_RECORDS].score).toBeLessThan(60);
  });

  it('dimension scores never rise as a risk indicator worsens (monotone transform)', () => {
    let last = Number.POSITIVE_INFINITY;
    for (const arrearsFen of [0, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]) {
      const score = vectorOf(snapshot({ arrearsFen })).dimensions[CreditDimension.SOLVENCY].score;
      expect(score).toBeLessThanOrEqual(last);
      last = score;
    }
    for (const definition of INDICATOR_DEFINITIONS) {
      if (definition.kind !== 'numeric' || definition.scoring === null) continue;
      const { worst, best } = definition.scoring;
      expect([definition.id, definition.direction]).toEqual([definition.id, best > worst ? 'HIGHER_SAFER' : 'HIGHER_RISKIER']);
      expect(indicatorScore(worst, definition.scoring)).toBe(0);
      expect(indicatorScore(best, definition.scoring)).toBe(100);
      const mid = indicatorScore((worst + best) / 2, definition.scoring);
      expect(mid).toBeGreaterThan(0);
      expect(mid).toBeLessThan(100);
    }
  });

  it('takes the as-of month from a date or a month, and refuses anything else', () => {
    expect(() => indicatorsFromSources(snapshot(), '30/11/2026', null)).toThrow(RangeError);
    expect(vectorOf(snapshot()).numeric.revenue12mFen).toBe(indicatorsFromSources(snapshot(), '2026-11', null).numeric.revenue12mFen);
  });
});

describe('indicators from a training-set row', () => {
  /** The row the training set would hold for the healthy snapshot (as CSV text cells). */
  const ROW: Record<string, string> = {
    uscc: '913412000000000000', as_of: '2026-11', industry_code: '33', industry_section: 'C', region_code: '341202',
    enterprise_type: 'LIMITED_COMPANY', registration_status: 'IN_OPERATION', age_years: '10', registered_capital_fen: '500000000',
    revenue_12m_fen: '1320000000', revenue_prev_12m_fen: '1200000000', revenue_growth_12m: '0.1', revenue_cv_12m: '0',
    revenue_last_year_fen: '1200000000', tax_paid_12m_fen: '39600000', tax_paid_prev_12m_fen: '36000000', tax_to_revenue_12m: '0.03',
    tax_arrears_fen: '0', tax_credit_rating: 'A', headcount_now: '44', headcount_12m_ago: '40', headcount_change_12m: '4',
    housing_fund_contributors_now: '40', housing_fund_coverage: '0.9091', electricity_12m_kwh: '264000', electricity_growth_12m: '0.1',
    water_12m_tonnes: '1200', cases_5y: '0', cases_as_defendant_5y: '0', cases_pending: '0', defendant_amount_5y_fen: '0',
    enforcements_5y: '0', enforcements_active: '0', enforcement_active_amount_fen: '0', dishonest_debtor: '0', penalties_3y: '0',
    penalty_amount_3y_fen: '0', default_12m: '0',
  };

  it('gives the same vector as the snapshot the row describes', () => {
    expect(indicatorsFromTrainingRow(ROW)).toEqual(vectorOf(snapshot()));
    expect(basisFromTrainingRow(ROW)).toEqual(basisFromSources(snapshot(), AS_OF, null));
  });

  it('empty cells for an undefined ratio stay undefined; an absent column is missing like a source', () => {
    const zero = indicatorsFromTrainingRow({ ...ROW, revenue_cv_12m: '', electricity_growth_12m: '' });
    expect(zero.availability.revenueCv12m).toEqual({ status: 'UNDEFINED' });
    expect(zero.availability.electricityGrowth12m).toEqual({ status: 'UNDEFINED' });
    const { tax_paid_prev_12m_fen: _dropped, ...older } = ROW;
    const vector = indicatorsFromTrainingRow(older);
    expect(vector.availability.taxGrowth12m).toEqual({ status: 'MISSING', missing: [{ source: DataSource.TAX, reason: 'FIELD_MISSING' }] });
  });

  it('refuses malformed cells, naming the column', () => {
    expect(() => indicatorsFromTrainingRow({ ...ROW, revenue_12m_fen: 'abc' })).toThrow(/revenue_12m_fen/);
    expect(() => indicatorsFromTrainingRow({ ...ROW, tax_credit_rating: 'Z' })).toThrow(/tax_credit_rating/);
    expect(() => indicatorsFromTrainingRow({ ...ROW, industry_code: '99' })).toThrow(/industry_code/);
    expect(() => indicatorsFromTrainingRow({ ...ROW, as_of: '2026' })).toThrow(/as_of/);
  });
});

describe('the feature row and the documentation', () => {
  it('lays every indicator and the five dimension scores out in one fixed order', () => {
    const vector: IndicatorVector = vectorOf(snapshot());
    const row = indicatorFeatureRow(vector);
    expect(row).toHaveLength(INDICATOR_FEATURE_COLUMNS.length);
    expect(INDICATOR_FEATURE_COLUMNS.slice(0, CREDIT_INDICATOR_IDS.length)).toEqual([...CREDIT_INDICATOR_IDS]);
    expect(row[INDICATOR_FEATURE_COLUMNS.indexOf('industrySection')]).toBe('C');
    expect(row[INDICATOR_FEATURE_COLUMNS.indexOf('dimension_public_records')]).toBe(100);
  });

  it('INDICATORS.md documents every indicator with its training-set column', () => {
    const doc = readFileSync(join(__dirname, '..', 'INDICATORS.md'), 'utf8');
    for (const definition of INDICATOR_DEFINITIONS) {
      const line = doc.split('\n').find((text) => text.startsWith(`| \`${definition.id}\``));
      expect([definition.id, line !== undefined]).toEqual([definition.id, true]);
      if (definition.trainingColumn !== null) expect(line).toContain(`\`${definition.trainingColumn}\``);
    }
  });
});

describe('findings for people', () => {
  it('lists the weakest scored indicators first, with the concern sentence and what would help', () => {
    const vector = vectorOf(
      snapshot({
        arrearsFen: 8_000_000,
        status: 'SUSPENDED',
        judicial: { ...CLEAN_RECORDS, dishonestDebtor: true, dishonestSince: '2026-09-01' },
      }),
    );
    const findings = indicatorFindings(vector);
    expect(findings.slice(0, 2).map((finding) => [finding.id, finding.score])).toEqual([['dishonestDebtor', 0], ['registrationAbnormal', 0]]);
    expect(findings[2]).toMatchObject({ id: 'taxArrearsFen', concern: true });
    const dishonest = findings.find((finding) => finding.id === 'dishonestDebtor');
    expect(dishonest).toMatchObject({ concern: true, explanation: '已被列入失信被执行人名单', improve: expect.stringContaining('移出') });
    expect(findings.find((finding) => finding.id === 'registrationAbnormal')?.explanation).toBe('登记状态为停业，不在正常经营');
    expect(findings.find((finding) => finding.id === 'taxArrearsFen')?.explanation).toBe('目前欠缴税款8万元');
    const scores = findings.map((finding) => finding.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('reads one dimension, strengths included, and leaves out what is missing', () => {
    const growth = indicatorFindings(vectorOf(snapshot()), CreditDimension.GROWTH);
    expect(growth.map((finding) => finding.id).sort()).toEqual(['electricityGrowth12m', 'headcountGrowth12m', 'revenueGrowth12m', 'taxGrowth12m']);
    expect(growth.find((finding) => finding.id === 'revenueGrowth12m')).toMatchObject({ concern: false, explanation: '近12个月营业收入比上一个12个月增长10%' });
    const withoutTax = indicatorFindings(vectorOf({ ...snapshot(), [DataSource.TAX]: null }), CreditDimension.GROWTH);
    expect(withoutTax.map((finding) => finding.id).sort()).toEqual(['electricityGrowth12m', 'headcountGrowth12m']);
  });
});
