import type { TaxCreditRating, TaxData } from '@rongtong/shared';
import { revenueFen, taxPaidFen } from '../model/activity';
import type { EnterpriseModel } from '../model/latent-risk';
import { max, round } from '../model/math';
import { formatMonth, monthIndex, monthOfYear, yearOf, type MonthIndex } from '../model/months';
import { NoiseStream, logistic } from '../model/noise';
import { seriesWindow } from './window';

/** Years of annual figures: the full calendar years before the as-of year. */
export const ANNUAL_YEARS = 3;
/** Ratings for year Y are published in April of Y + 1. */
const RATING_PUBLISHED_MONTH = 4;

/** Arrears model: p = logistic(−2.6 − 1.1 F − 0.9 M); amount = the last quarter's tax × (0.5 … 4). */
export const ARREARS_MODEL = { intercept: -2.6, financialHealth: -1.1, compliance: -0.9 } as const;

/** Rating score c = 0.8 M + 0.4 F + 0.5 ε(year); D below −1.9, C below −1.3, B below 0.7, else A. */
export const RATING_MODEL = { compliance: 0.8, financialHealth: 0.4, noise: 0.5, d: -2.0, c: -1.3, b: 0.7 } as const;

export function tax(model: EnterpriseModel): TaxData {
  const asOfYear = yearOf(model.asOf);
  const annual = Array.from({ length: ANNUAL_YEARS }, (_, index) => {
    const year = asOfYear - ANNUAL_YEARS + index;
    const totals = yearTotals(model, year);
    return { year, revenueFen: totals.revenue, taxPaidFen: totals.taxPaid };
  });
  const monthly = seriesWindow(model.asOf).map((month) => {
    const revenue = revenueFen(model, month);
    return { month: formatMonth(month), revenueFen: revenue, taxPaidFen: taxPaidFen(model, month, revenue) };
  });
  const lastQuarterTax = monthly.slice(-3).reduce((sum, entry) => sum + entry.taxPaidFen, 0);
  const ratingYear = monthOfYear(model.asOf) >= RATING_PUBLISHED_MONTH ? asOfYear - 1 : asOfYear - 2;
  return {
    annual,
    monthly,
    arrearsFen: arrearsFen(model, lastQuarterTax),
    creditRating: creditRating(model, ratingYear),
    ratingYear,
  };
}

function yearTotals(model: EnterpriseModel, year: number): { revenue: number; taxPaid: number } {
  let revenue = 0;
  let taxPaid = 0;
  for (let month = monthIndex(year, 1); month <= monthIndex(year, 12); month += 1) {
    const monthRevenue = revenueFen(model, month);
    revenue += monthRevenue;
    taxPaid += taxPaidFen(model, month, monthRevenue);
  }
  return { revenue, taxPaid };
}

function arrearsFen(model: EnterpriseModel, lastQuarterTax: number): number {
  const { financialHealth: f, compliance: m } = model.factors;
  const probability = logistic(ARREARS_MODEL.intercept + ARREARS_MODEL.financialHealth * f + ARREARS_MODEL.compliance * m);
  if (model.noise.uniform(NoiseStream.ARREARS, model.asOf, 0) >= probability) return 0;
  const quarter = max(lastQuarterTax, (model.activity.size.annualRevenueFen * model.activity.taxRate) / 4);
  const multiple = 0.5 + 3.5 * model.noise.uniform(NoiseStream.ARREARS, model.asOf, 1);
  return max(100, round((quarter * multiple) / 100) * 100);
}

/**
 * The tax credit rating (纳税信用等级) of `ratingYear`: M for an enterprise established in or after that year or
 * with no revenue in it (new or dormant), D for one whose licence was revoked by the end of it, otherwise by the
 * rating score.
 */
function creditRating(model: EnterpriseModel, ratingYear: number): TaxCreditRating {
  const yearEnd: MonthIndex = monthIndex(ratingYear, 12);
  const change = model.statusChange;
  if (change?.status === 'REVOKED' && change.from <= yearEnd) return 'D';
  if (yearOf(model.established) >= ratingYear || yearTotals(model, ratingYear).revenue === 0) return 'M';
  const { financialHealth: f, compliance: m } = model.factors;
  const r = RATING_MODEL;
  const score = r.compliance * m + r.financialHealth * f + r.noise * model.noise.normal(NoiseStream.RATING, ratingYear);
  if (score < r.d) return 'D';
  if (score < r.c) return 'C';
  if (score < r.b) return 'B';
  return 'A';
}
