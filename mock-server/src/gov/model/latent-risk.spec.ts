import {
  DataSource,
  EnterpriseScale,
  classifySmeScale,
  syntheticEnterprise,
  syntheticUscc,
} from '@rongtong/shared';
import { sourceData } from '../sources';
import { trainingRow, type TrainingRow } from '../training/indicators';
import { DEFAULT_MODEL, defaultLogitOf, enterpriseModel } from './latent-risk';
import { monthIndex, parseMonth } from './months';

const AS_OF = monthIndex(2026, 11);

/** Share of `rows` that default. */
function defaultRate(rows: readonly TrainingRow[]): number {
  return rows.filter((row) => row.default_12m === 1).length / rows.length;
}

describe('the latent-risk model', () => {
  it('draws the same enterprise, factors and outcome for the same USCC and as-of month', () => {
    const uscc = syntheticUscc(17);
    expect(enterpriseModel(uscc, AS_OF)).toEqual(enterpriseModel(uscc, AS_OF));
    expect(enterpriseModel(uscc, AS_OF).factors.financialHealth).toBe(enterpriseModel(uscc, AS_OF - 12).factors.financialHealth);
    expect(enterpriseModel(uscc, AS_OF).enterprise).toEqual(syntheticEnterprise(uscc));
  });

  it('computes the default probability from the documented coefficients', () => {
    const factors = { financialHealth: -1, compliance: 0.5, industryRisk: 4, ageYears: Math.E ** 2 - 1 };
    const expected =
      DEFAULT_MODEL.intercept + DEFAULT_MODEL.financialHealth * -1 + DEFAULT_MODEL.compliance * 0.5 + DEFAULT_MODEL.industryRisk * 1 + DEFAULT_MODEL.micro;
    expect(defaultLogitOf(factors, EnterpriseScale.MICRO, 'IN_OPERATION')).toBeCloseTo(expected, 10);
    expect(defaultLogitOf(factors, EnterpriseScale.MICRO, 'REVOKED')).toBeCloseTo(expected + DEFAULT_MODEL.haltedStatus, 10);
  });

  it('reads the same month the same from any as-of month', () => {
    const uscc = syntheticUscc(3);
    const late = sourceData(DataSource.TAX, enterpriseModel(uscc, AS_OF)).monthly;
    const early = sourceData(DataSource.TAX, enterpriseModel(uscc, AS_OF - 6)).monthly;
    expect(late.slice(0, 18)).toEqual(early.slice(6));
  });

  it('sizes revenue and headcount inside the band of the registered scale (2011 classification)', () => {
    const asOf = parseMonth('2026-01') ?? 0;
    let compared = 0;
    let agreed = 0;
    for (let index = 0; index < 3_000; index += 1) {
      const model = enterpriseModel(syntheticUscc(index), asOf);
      if (model.established >= monthIndex(2024, 1) || model.haltedFrom !== null) continue;
      const tax = sourceData(DataSource.TAX, model);
      const insured = sourceData(DataSource.SOCIAL_SECURITY, model).monthly;
      const classification = classifySmeScale({
        industryCode: model.enterprise.industryCode,
        headcount: insured[insured.length - 1].insuredHeadcount,
        revenueFen: tax.annual[tax.annual.length - 1].revenueFen,
      });
      if (classification.scale === null) continue;
      compared += 1;
      if (classification.scale === model.enterprise.scale) agreed += 1;
    }
    expect(compared).toBeGreaterThan(2_000);
    expect(agreed).toBe(compared);
  });

  describe('on 20,000 synthetic enterprises', () => {
    let rows: TrainingRow[] = [];
    beforeAll(() => {
      rows = Array.from({ length: 20_000 }, (_, index) => trainingRow(enterpriseModel(syntheticUscc(index), AS_OF)));
    });
    const ratio = (flag: (row: TrainingRow) => boolean): number =>
      defaultRate(rows.filter(flag)) / defaultRate(rows.filter((row) => !flag(row)));

    it('defaults 5–10 % of the time overall', () => {
      const overall = defaultRate(rows);
      expect(overall).toBeGreaterThanOrEqual(0.05);
      expect(overall).toBeLessThanOrEqual(0.1);
    });

    it('defaults at least three times as often with an active enforcement record', () => {
      expect(rows.filter((row) => row.enforcements_active > 0).length).toBeGreaterThan(500);
      expect(ratio((row) => row.enforcements_active > 0)).toBeGreaterThanOrEqual(3);
    });

    it('defaults at least three times as often on the dishonest-debtor list', () => {
      expect(rows.filter((row) => row.dishonest_debtor === 1).length).toBeGreaterThan(200);
      expect(ratio((row) => row.dishonest_debtor === 1)).toBeGreaterThanOrEqual(3);
    });

    it('defaults at least three times as often with tax credit rating D', () => {
      expect(rows.filter((row) => row.tax_credit_rating === 'D').length).toBeGreaterThan(200);
      expect(ratio((row) => row.tax_credit_rating === 'D')).toBeGreaterThanOrEqual(3);
    });

    it('defaults less the better the rating and more with arrears', () => {
      const byRating = ['A', 'B', 'C', 'D'].map((rating) => defaultRate(rows.filter((row) => row.tax_credit_rating === rating)));
      expect(byRating).toEqual([...byRating].sort((a, b) => a - b));
      expect(ratio((row) => row.tax_arrears_fen > 0)).toBeGreaterThan(2);
    });

    it('defaults more when revenue shrinks', () => {
      const shrinking = (row: TrainingRow): boolean => row.revenue_growth_12m !== null && row.revenue_growth_12m < -0.1;
      expect(ratio(shrinking)).toBeGreaterThan(1.5);
    });
  });
});
