import type { EnterpriseModel } from './latent-risk';
import { PI, cos, exp, floor, max, min, round } from './math';
import { NoiseStream } from './noise';
import { monthIndex, monthOfYear, type MonthIndex } from './months';
import { ANCHOR_YEAR } from './size';
import type { IndustryEconomics } from './industry-table';

/**
 * Monthly operating series of an enterprise: revenue, taxes paid, insured headcount, housing-fund contributors,
 * electricity and water. Each month's value depends only on the enterprise and the month (keyed noise), so the
 * same month reads the same from any as-of month.
 */

/** Middle of the anchor year: revenue grows (or shrinks) away from here at the enterprise's rate. */
const REVENUE_ANCHOR = monthIndex(ANCHOR_YEAR, 6) + 0.5 - 1;
/** Headcount is anchored in December of the anchor year. */
const HEADCOUNT_ANCHOR = monthIndex(ANCHOR_YEAR, 12);
/** The noise index of draws made once per enterprise rather than per month. */
const ENTERPRISE_WIDE = -1;
/** Months after establishment until revenue reaches its level (headcount: half of it). */
const RAMP_MONTHS = 12;

export function isActive(model: EnterpriseModel, month: MonthIndex): boolean {
  return month >= model.established && (model.haltedFrom === null || month < model.haltedFrom);
}

function ramp(model: EnterpriseModel, month: MonthIndex, months: number): number {
  return min(1, (month - model.established + 1) / months);
}

/** Revenue of the month in fen, rounded to whole yuan. */
export function revenueFen(model: EnterpriseModel, month: MonthIndex): number {
  if (!isActive(model, month)) return 0;
  const { size, revenueGrowth, revenueVolatility } = model.activity;
  const trend = exp((revenueGrowth * (month - REVENUE_ANCHOR)) / 12);
  const shock = exp(revenueVolatility * model.noise.normal(NoiseStream.REVENUE, month) - revenueVolatility ** 2 / 2);
  const fen = (size.annualRevenueFen / 12) * trend * seasonality(model.economics, monthOfYear(month)) * shock * ramp(model, month, RAMP_MONTHS);
  return round(fen / 100) * 100;
}

/** Taxes paid in the month, fen (whole yuan): revenue × the enterprise's tax rate, with filing noise. */
export function taxPaidFen(model: EnterpriseModel, month: MonthIndex, revenue: number): number {
  if (revenue === 0) return 0;
  const fen = revenue * model.activity.taxRate * exp(0.15 * model.noise.normal(NoiseStream.TAX, month) - 0.01125);
  return round(fen / 100) * 100;
}

export function insuredHeadcount(model: EnterpriseModel, month: MonthIndex): number {
  if (!isActive(model, month)) return 0;
  const { size, headcountGrowth } = model.activity;
  const trend = exp((headcountGrowth * (month - HEADCOUNT_ANCHOR)) / 12);
  const jitter = 1 + 0.03 * model.noise.normal(NoiseStream.HEADCOUNT, month);
  return max(0, round(size.headcount * trend * jitter * ramp(model, month, RAMP_MONTHS / 2)));
}

/**
 * Contributors = ⌊headcount × coverage × (1 + 2 % monthly noise) + u⌋, u a uniform fixed per enterprise: a small
 * firm's count does not flicker from month to month, a large one's moves a little with its workforce.
 */
export function housingFundContributors(model: EnterpriseModel, month: MonthIndex, headcount: number): number {
  const expected = headcount * model.activity.housingFundCoverage * (1 + 0.02 * model.noise.normal(NoiseStream.HOUSING_FUND, month));
  const offset = model.noise.uniform(NoiseStream.HOUSING_FUND, ENTERPRISE_WIDE);
  return min(headcount, max(0, floor(expected + offset)));
}

export function electricityKwh(model: EnterpriseModel, month: MonthIndex, revenue: number): number {
  if (revenue === 0) return 0;
  const yuan = revenue / 100;
  const cooling = 1 + 0.12 * cos((2 * PI * (monthOfYear(month) - 1.5)) / 6);
  return round(yuan * model.economics.electricityPerYuan * cooling * exp(0.05 * model.noise.normal(NoiseStream.ELECTRICITY, month)));
}

export function waterTonnes(model: EnterpriseModel, month: MonthIndex, revenue: number): number {
  if (revenue === 0) return 0;
  const yuan = revenue / 100;
  return round(yuan * model.economics.waterPerYuan * exp(0.08 * model.noise.normal(NoiseStream.WATER, month)));
}

const SEASONALITY_CACHE = new WeakMap<IndustryEconomics, readonly number[]>();

/** The yearly cycle, 12 factors with mean 1: a cosine peaking in the industry's month, times the February factor. */
export function seasonality(economics: IndustryEconomics, month: number): number {
  let factors = SEASONALITY_CACHE.get(economics);
  if (factors === undefined) {
    const raw = Array.from({ length: 12 }, (_, index) => {
      const cycle = 1 + economics.seasonAmplitude * cos((2 * PI * (index + 1 - economics.seasonPeakMonth)) / 12);
      return cycle * (index === 1 ? economics.februaryFactor : 1);
    });
    const mean = raw.reduce((sum, value) => sum + value, 0) / 12;
    factors = raw.map((value) => value / mean);
    SEASONALITY_CACHE.set(economics, factors);
  }
  return factors[month - 1];
}
