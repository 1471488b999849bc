import {
  DataSource,
  findIndustry,
  type EnterpriseType,
  type RegistrationStatus,
  type TaxCreditRating,
} from '@rongtong/shared';
import type { EnterpriseModel } from '../model/latent-risk';
import { formatMonth, yearsUntilEndOf } from '../model/months';
import { sourceData } from '../sources';

/**
 * One training row: flat summaries of what the seven sources return for an enterprise at the as-of month, plus
 * the outcome. Every indicator is computed from the source data alone (nothing latent leaks in except
 * `default_12m`), so a scorer computing the same summaries from fetched data sees the same numbers.
 */
export interface TrainingRow {
  uscc: string;
  as_of: string;
  industry_code: string;
  industry_section: string;
  region_code: string;
  enterprise_type: EnterpriseType;
  registration_status: RegistrationStatus;
  age_years: number;
  registered_capital_fen: number;
  revenue_12m_fen: number;
  revenue_prev_12m_fen: number;
  revenue_growth_12m: number | null;
  revenue_cv_12m: number | null;
  revenue_last_year_fen: number;
  tax_paid_12m_fen: number;
  tax_paid_prev_12m_fen: number;
  tax_to_revenue_12m: number | null;
  tax_arrears_fen: number;
  tax_credit_rating: TaxCreditRating;
  headcount_now: number;
  headcount_12m_ago: number;
  headcount_change_12m: number;
  housing_fund_contributors_now: number;
  housing_fund_coverage: number | null;
  electricity_12m_kwh: number;
  electricity_growth_12m: number | null;
  water_12m_tonnes: number;
  cases_5y: number;
  cases_as_defendant_5y: number;
  cases_pending: number;
  defendant_amount_5y_fen: number;
  enforcements_5y: number;
  enforcements_active: number;
  enforcement_active_amount_fen: number;
  dishonest_debtor: 0 | 1;
  penalties_3y: number;
  penalty_amount_3y_fen: number;
  default_12m: 0 | 1;
}

export type TrainingColumn = keyof TrainingRow;

/** The columns in CSV order. */
export const TRAINING_COLUMNS: readonly TrainingColumn[] = [
  'uscc', 'as_of', 'industry_code', 'industry_section', 'region_code', 'enterprise_type', 'registration_status',
  'age_years', 'registered_capital_fen',
  'revenue_12m_fen', 'revenue_prev_12m_fen', 'revenue_growth_12m', 'revenue_cv_12m', 'revenue_last_year_fen',
  'tax_paid_12m_fen', 'tax_paid_prev_12m_fen', 'tax_to_revenue_12m', 'tax_arrears_fen', 'tax_credit_rating',
  'headcount_now', 'headcount_12m_ago', 'headcount_change_12m', 'housing_fund_contributors_now', 'housing_fund_coverage',
  'electricity_12m_kwh', 'electricity_growth_12m', 'water_12m_tonnes',
  'cases_5y', 'cases_as_defendant_5y', 'cases_pending', 'defendant_amount_5y_fen',
  'enforcements_5y', 'enforcements_active', 'enforcement_active_amount_fen', 'dishonest_debtor',
  'penalties_3y', 'penalty_amount_3y_fen',
  'default_12m',
];

export function trainingRow(model: EnterpriseModel): TrainingRow {
  const registration = sourceData(DataSource.MARKET_REGISTRATION, model);
  const tax = sourceData(DataSource.TAX, model);
  const insured = sourceData(DataSource.SOCIAL_SECURITY, model).monthly;
  const housing = sourceData(DataSource.HOUSING_FUND, model).monthly;
  const power = sourceData(DataSource.UTILITIES, model).monthly;
  const judicial = sourceData(DataSource.JUDICIAL, model);
  const penalties = sourceData(DataSource.ADMINISTRATIVE_PENALTIES, model).penalties;

  const revenue = tax.monthly.map((entry) => entry.revenueFen);
  const revenue12 = sum(revenue.slice(12));
  const revenuePrev12 = sum(revenue.slice(0, 12));
  const taxPaid12 = sum(tax.monthly.slice(12).map((entry) => entry.taxPaidFen));
  const headcountNow = insured[insured.length - 1].insuredHeadcount;
  const headcountBefore = insured[insured.length - 13].insuredHeadcount;
  const contributorsNow = housing[housing.length - 1].contributors;
  const electricity = power.map((entry) => entry.electricityKwh);
  const electricity12 = sum(electricity.slice(12));
  const defendantCases = judicial.cases.filter((entry) => entry.role === 'DEFENDANT');
  const activeEnforcements = judicial.enforcements.filter((entry) => entry.status === 'ACTIVE');

  return {
    uscc: model.enterprise.uscc,
    as_of: formatMonth(model.asOf),
    industry_code: registration.industryCode,
    industry_section: findIndustry(registration.industryCode)?.section.code ?? '',
    region_code: registration.regionCode,
    enterprise_type: registration.type,
    registration_status: registration.status,
    age_years: round(yearsUntilEndOf(registration.establishedOn, model.asOf), 2),
    registered_capital_fen: registration.registeredCapitalFen,
    revenue_12m_fen: revenue12,
    revenue_prev_12m_fen: revenuePrev12,
    revenue_growth_12m: revenuePrev12 > 0 ? round(revenue12 / revenuePrev12 - 1, 4) : null,
    revenue_cv_12m: coefficientOfVariation(revenue.slice(12)),
    revenue_last_year_fen: tax.annual[tax.annual.length - 1].revenueFen,
    tax_paid_12m_fen: taxPaid12,
    tax_paid_prev_12m_fen: sum(tax.monthly.slice(0, 12).map((entry) => entry.taxPaidFen)),
    tax_to_revenue_12m: revenue12 > 0 ? round(taxPaid12 / revenue12, 5) : null,
    tax_arrears_fen: tax.arrearsFen,
    tax_credit_rating: tax.creditRating,
    headcount_now: headcountNow,
    headcount_12m_ago: headcountBefore,
    headcount_change_12m: headcountNow - headcountBefore,
    housing_fund_contributors_now: contributorsNow,
    housing_fund_coverage: headcountNow > 0 ? round(contributorsNow / headcountNow, 4) : null,
    electricity_12m_kwh: electricity12,
    electricity_growth_12m: sum(electricity.slice(0, 12)) > 0 ? round(electricity12 / sum(electricity.slice(0, 12)) - 1, 4) : null,
    water_12m_tonnes: sum(power.slice(12).map((entry) => entry.waterTonnes)),
    cases_5y: judicial.cases.length,
    cases_as_defendant_5y: defendantCases.length,
    cases_pending: judicial.cases.filter((entry) => entry.status === 'PENDING').length,
    defendant_amount_5y_fen: sum(defendantCases.map((entry) => entry.amountFen)),
    enforcements_5y: judicial.enforcements.length,
    enforcements_active: activeEnforcements.length,
    enforcement_active_amount_fen: sum(activeEnforcements.map((entry) => entry.amountFen)),
    dishonest_debtor: judicial.dishonestDebtor ? 1 : 0,
    penalties_3y: penalties.length,
    penalty_amount_3y_fen: sum(penalties.map((entry) => entry.amountFen)),
    default_12m: model.defaults12m ? 1 : 0,
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Standard deviation / mean of the months; null when the mean is 0. */
function coefficientOfVariation(values: readonly number[]): number | null {
  const mean = sum(values) / values.length;
  if (mean === 0) return null;
  const variance = sum(values.map((value) => (value - mean) ** 2)) / values.length;
  return round(Math.sqrt(variance) / mean, 4);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
