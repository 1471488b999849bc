import { DataSource, findIndustry, type RegistrationStatus, type TaxCreditRating } from '@rongtong/shared';
import { BasisBuilder, formatMonthIndex, setScale, type BasisGap, type IndicatorBasis, type NumericBasisField } from './basis';
import { monthOf } from './months';

/** A row of the synthetic training set (mock-server README, "Training set"): CSV cells as text, or JSON values. */
export type TrainingSetRow = Readonly<Record<string, string | number | null | undefined>>;

const RATINGS: readonly TaxCreditRating[] = ['A', 'B', 'M', 'C', 'D'];
const STATUSES: readonly RegistrationStatus[] = ['IN_OPERATION', 'SUSPENDED', 'REVOKED', 'DEREGISTERED'];

function cell(row: TrainingSetRow, column: string): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function numberCell(row: TrainingSetRow, column: string): number | null {
  const text = cell(row, column);
  if (text === null) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RangeError(`training-set column ${column} is not a number: ${JSON.stringify(text)}`);
  return value;
}

function oneOfCell<T extends string>(row: TrainingSetRow, column: string, allowed: readonly T[]): T | null {
  const text = cell(row, column);
  if (text === null) return null;
  if (!(allowed as readonly string[]).includes(text)) throw new RangeError(`training-set column ${column} has an unknown value: ${JSON.stringify(text)}`);
  return text as T;
}

/**
 * The basis from a row of the synthetic training set, the same summaries `basisFromSources` takes from the exchange's
 * answers for the same enterprise and month. A column absent from the row (an older training file) leaves its field
 * unknown, as a missing source would; a malformed cell throws, naming the column.
 */
export function basisFromTrainingRow(row: TrainingSetRow): IndicatorBasis {
  const asOfText = cell(row, 'as_of');
  const asOf = asOfText === null ? null : monthOf(asOfText);
  if (asOf === null) throw new RangeError(`training-set column as_of must be YYYY-MM, not ${JSON.stringify(asOfText)}`);
  const b = new BasisBuilder();
  const gap = (source: DataSource): BasisGap => ({ reason: 'FIELD_MISSING', source });
  const numeric = (field: NumericBasisField, column: string, source: DataSource, nullMeansUndefined = false): void => {
    const value = numberCell(row, column);
    b.set(field, value, gap(source));
    if (value === null && nullMeansUndefined && column in row) delete b.gaps[field];
  };
  const MR = DataSource.MARKET_REGISTRATION;
  const TX = DataSource.TAX;
  const industryCode = cell(row, 'industry_code');
  if (industryCode !== null && findIndustry(industryCode)?.division === undefined) {
    throw new RangeError(`training-set column industry_code is not a GB/T 4754 division: ${JSON.stringify(industryCode)}`);
  }
  b.set('industryCode', industryCode, gap(MR));
  b.set('regionCode', cell(row, 'region_code'), gap(MR));
  b.set('registrationStatus', oneOfCell(row, 'registration_status', STATUSES), gap(MR));
  numeric('ageYears', 'age_years', MR);
  numeric('registeredCapitalFen', 'registered_capital_fen', MR);
  numeric('revenue12mFen', 'revenue_12m_fen', TX);
  numeric('revenuePrev12mFen', 'revenue_prev_12m_fen', TX);
  numeric('revenueCv12m', 'revenue_cv_12m', TX, true);
  numeric('revenueLastYearFen', 'revenue_last_year_fen', TX);
  numeric('taxPaid12mFen', 'tax_paid_12m_fen', TX);
  numeric('taxPaidPrev12mFen', 'tax_paid_prev_12m_fen', TX);
  numeric('taxArrearsFen', 'tax_arrears_fen', TX);
  b.set('taxCreditRating', oneOfCell(row, 'tax_credit_rating', RATINGS), gap(TX));
  numeric('headcountNow', 'headcount_now', DataSource.SOCIAL_SECURITY);
  numeric('headcount12mAgo', 'headcount_12m_ago', DataSource.SOCIAL_SECURITY);
  numeric('housingFundContributorsNow', 'housing_fund_contributors_now', DataSource.HOUSING_FUND);
  numeric('electricity12mKwh', 'electricity_12m_kwh', DataSource.UTILITIES);
  numeric('electricityGrowth12m', 'electricity_growth_12m', DataSource.UTILITIES, true);
  numeric('water12mTonnes', 'water_12m_tonnes', DataSource.UTILITIES);
  const JD = DataSource.JUDICIAL;
  numeric('cases5y', 'cases_5y', JD);
  numeric('casesAsDefendant5y', 'cases_as_defendant_5y', JD);
  numeric('casesPending', 'cases_pending', JD);
  numeric('defendantAmount5yFen', 'defendant_amount_5y_fen', JD);
  numeric('enforcements5y', 'enforcements_5y', JD);
  numeric('enforcementsActive', 'enforcements_active', JD);
  numeric('enforcementActiveAmountFen', 'enforcement_active_amount_fen', JD);
  const dishonest = numberCell(row, 'dishonest_debtor');
  b.set('dishonestDebtor', dishonest === null ? null : dishonest === 1, gap(JD));
  numeric('penalties3y', 'penalties_3y', DataSource.ADMINISTRATIVE_PENALTIES);
  numeric('penaltyAmount3yFen', 'penalty_amount_3y_fen', DataSource.ADMINISTRATIVE_PENALTIES);
  setScale(b, null);
  return b.build(formatMonthIndex(asOf));
}
