import {
  CREDIT_DIMENSION_DESCRIPTIONS,
  CREDIT_DIMENSION_LABELS,
  CREDIT_DIMENSIONS,
  CREDIT_INDICATOR_IDS,
  CREDIT_INDICATOR_TEXTS,
  CreditDimension,
  creditIndicatorsOf,
  explainCreditIndicator,
  formatCreditIndicatorValue,
} from './credit-indicators';
import { DIVISION_RISK, industryRiskLevel, SECTION_RISK } from './industry-risk';
import { REGISTRATION_STATUS_LABELS } from '../gov-exchange/payloads';

const CHINESE = /[\u4e00-\u9fff]/;

describe('credit indicators: labels and explanations', () => {
  it('names the five dimensions of the specification in its order', () => {
    expect(CREDIT_DIMENSIONS.map((dimension) => CREDIT_DIMENSION_LABELS[dimension]).join('、')).toBe('营运能力、偿债能力、发展能力、行业展望、公共记录');
    for (const dimension of CREDIT_DIMENSIONS) expect(CREDIT_DIMENSION_DESCRIPTIONS[dimension]).toMatch(CHINESE);
  });

  it('gives every indicator a Chinese label and both templates, and every dimension indicators', () => {
    expect(new Set(CREDIT_INDICATOR_IDS).size).toBe(CREDIT_INDICATOR_IDS.length);
    for (const id of CREDIT_INDICATOR_IDS) {
      const text = CREDIT_INDICATOR_TEXTS[id];
      expect([id, CHINESE.test(text.label), CHINESE.test(text.concern), CHINESE.test(text.strength)]).toEqual([id, true, true, true]);
    }
    for (const dimension of CREDIT_DIMENSIONS) expect(creditIndicatorsOf(dimension).length).toBeGreaterThanOrEqual(3);
    expect(creditIndicatorsOf(CreditDimension.PUBLIC_RECORDS)).toContain('dishonestDebtor');
  });

  it('formats values for people: 万元, percentages, people, cases, the rating letter and the status', () => {
    expect(formatCreditIndicatorValue('revenue12mFen', 123_456_789)).toBe('123.46万元');
    expect(formatCreditIndicatorValue('taxArrearsFen', 500_000)).toBe('5,000元');
    expect(formatCreditIndicatorValue('revenueGrowth12m', -0.1234)).toBe('-12.34%');
    expect(formatCreditIndicatorValue('headcountNow', 44)).toBe('44人');
    expect(formatCreditIndicatorValue('enforcementsActive', 2)).toBe('2件');
    expect(formatCreditIndicatorValue('taxCreditRatingRank', 5)).toBe('D级');
    expect(formatCreditIndicatorValue('scaleRank', 2)).toBe('小型');
    expect(formatCreditIndicatorValue('registrationAbnormal', 1, 'REVOKED')).toBe('吊销');
    // The one table of 经营状态 labels the app and the GraphQL enum show too; an unknown detail is shown as it is.
    for (const status of ['IN_OPERATION', 'SUSPENDED', 'REVOKED', 'DEREGISTERED'] as const) {
      expect(formatCreditIndicatorValue('registrationAbnormal', 1, status)).toBe(REGISTRATION_STATUS_LABELS[status]);
    }
    expect(formatCreditIndicatorValue('registrationAbnormal', 1, 'toString')).toBe('toString');
    expect(formatCreditIndicatorValue('registrationAbnormal', 0)).toBe('存续（在营）');
    expect(formatCreditIndicatorValue('industrySection', 'C')).toBe('C');
    expect(formatCreditIndicatorValue('revenue12mFen', Number.NaN)).toBe('暂无数据');
    expect(formatCreditIndicatorValue('regionCode', null)).toBe('暂无数据');
  });

  it('fills the concern or the strength template', () => {
    expect(explainCreditIndicator('enforcementsActive', 2, true)).toBe('目前有2件正在被强制执行');
    expect(explainCreditIndicator('dishonestDebtor', 1, true)).toBe('已被列入失信被执行人名单');
    expect(explainCreditIndicator('taxCreditRatingRank', 1, false)).toBe('纳税信用等级为A级');
    expect(explainCreditIndicator('registrationAbnormal', 1, true, 'SUSPENDED')).toBe('登记状态为停业，不在正常经营');
  });
});

describe('industry risk table', () => {
  it('rates every section, lets a division depart from its section, and knows no risk for a code that is no division', () => {
    expect(Object.keys(SECTION_RISK)).toHaveLength(20);
    expect(industryRiskLevel('47')).toBe(5);
    expect(industryRiskLevel('33')).toBe(SECTION_RISK.C);
    expect(industryRiskLevel('65')).toBe(DIVISION_RISK['65']);
    expect(industryRiskLevel('C')).toBeNull();
    expect(industryRiskLevel('00')).toBeNull();
  });
});
