import {
  classifySmeScale,
  DataSource,
  EnterpriseScale,
  type AdministrativePenaltiesData,
  type HousingFundData,
  type JudicialData,
  type MarketRegistrationData,
  type RegistrationStatus,
  type SocialSecurityData,
  type TaxCreditRating,
  type TaxData,
  type UtilitiesData,
} from '@rongtong/shared';
import { addMonths, monthOf, monthOfDate, yearsToEndOfMonth, type MonthIndex } from './months';

/**
 * The indicator basis: the summaries of the seven sources every indicator is computed from. It is filled either from
 * the normalised records of a consented snapshot (`basisFromSources`) or from a row of the synthetic training set
 * (`basisFromTrainingRow`), so live scoring and training share one definition of every indicator
 * (`indicatorsFromBasis`). Each field is null when unknown, never zero, and then `gaps` says why.
 */
export interface IndicatorBasis {
  /** The as-of month, `YYYY-MM`: the last month the figures describe. */
  asOf: string;
  industryCode: string | null;
  regionCode: string | null;
  registrationStatus: RegistrationStatus | null;
  ageYears: number | null;
  registeredCapitalFen: number | null;
  scale: EnterpriseScale | null;
  revenue12mFen: number | null;
  revenuePrev12mFen: number | null;
  /** Standard deviation over mean of the 12 monthly revenues, 4 decimals (as the training set); null when the mean is 0. */
  revenueCv12m: number | null;
  revenueLastYearFen: number | null;
  taxPaid12mFen: number | null;
  taxPaidPrev12mFen: number | null;
  taxArrearsFen: number | null;
  taxCreditRating: TaxCreditRating | null;
  headcountNow: number | null;
  headcount12mAgo: number | null;
  housingFundContributorsNow: number | null;
  electricity12mKwh: number | null;
  /** Growth on the 12 months before, 4 decimals (as the training set); null when those used none. */
  electricityGrowth12m: number | null;
  water12mTonnes: number | null;
  cases5y: number | null;
  casesAsDefendant5y: number | null;
  casesPending: number | null;
  defendantAmount5yFen: number | null;
  enforcements5y: number | null;
  enforcementsActive: number | null;
  enforcementActiveAmountFen: number | null;
  dishonestDebtor: boolean | null;
  penalties3y: number | null;
  penaltyAmount3yFen: number | null;
  /** Why a field is null. */
  gaps: Partial<Record<BasisField, BasisGap>>;
}

export type BasisField = Exclude<keyof IndicatorBasis, 'asOf' | 'gaps'>;

/**
 * Why a basis field is unknown: the source is not in the snapshot (not consented, never fetched, failed), the
 * source answered without the field (partial data), or a monthly series lacks months of the window.
 */
export type BasisGapReason = 'SOURCE_MISSING' | 'FIELD_MISSING' | 'INCOMPLETE_SERIES';

export interface BasisGap {
  reason: BasisGapReason;
  source: DataSource;
}

/** A source's normalised record: each top-level field null when the exchange left it out or it was unreadable. */
export type SourceRecord<Data> = { [Field in keyof Data]: Data[Field] | null };

/** The normalised records of a consented snapshot, by source; an absent or null source is missing. */
export interface IndicatorSources {
  [DataSource.MARKET_REGISTRATION]?: SourceRecord<MarketRegistrationData> | null;
  [DataSource.TAX]?: SourceRecord<TaxData> | null;
  [DataSource.SOCIAL_SECURITY]?: SourceRecord<SocialSecurityData> | null;
  [DataSource.HOUSING_FUND]?: SourceRecord<HousingFundData> | null;
  [DataSource.UTILITIES]?: SourceRecord<UtilitiesData> | null;
  [DataSource.JUDICIAL]?: SourceRecord<JudicialData> | null;
  [DataSource.ADMINISTRATIVE_PENALTIES]?: SourceRecord<AdministrativePenaltiesData> | null;
}

/**
 * What the platform's register profile knows of the enterprise (EnterprisesService): used only where the snapshot's
 * market registration, or the revenue and headcount that settle the scale, are missing.
 */
export interface RegisterProfileFacts {
  industryCode: string | null;
  regionCode: string | null;
  scale: EnterpriseScale | null;
}

/** Court records count over the 60 months ending at the as-of month, penalties over 36 (the exchange's windows). */
export const JUDICIAL_WINDOW_MONTHS = 60;
export const PENALTY_WINDOW_MONTHS = 36;

const FIELDS: readonly BasisField[] = [
  'industryCode', 'regionCode', 'registrationStatus', 'ageYears', 'registeredCapitalFen', 'scale',
  'revenue12mFen', 'revenuePrev12mFen', 'revenueCv12m', 'revenueLastYearFen', 'taxPaid12mFen', 'taxPaidPrev12mFen',
  'taxArrearsFen', 'taxCreditRating', 'headcountNow', 'headcount12mAgo', 'housingFundContributorsNow',
  'electricity12mKwh', 'electricityGrowth12m', 'water12mTonnes',
  'cases5y', 'casesAsDefendant5y', 'casesPending', 'defendantAmount5yFen',
  'enforcements5y', 'enforcementsActive', 'enforcementActiveAmountFen', 'dishonestDebtor',
  'penalties3y', 'penaltyAmount3yFen',
];

type BasisValues = Omit<IndicatorBasis, 'asOf' | 'gaps'>;

/** The fields holding a plain number. */
export type NumericBasisField = { [F in BasisField]: BasisValues[F] extends number | null ? F : never }[BasisField];

/** Collects the fields of the basis, with a gap for each one that stays unknown (internal to the two basis makers). */
export class BasisBuilder {
  private readonly values: Partial<Record<BasisField, unknown>> = {};
  readonly gaps: Partial<Record<BasisField, BasisGap>> = {};

  set<F extends BasisField>(field: F, value: BasisValues[F] | null, gap: BasisGap): void {
    if (value === null || value === undefined) {
      this.values[field] = null;
      this.gaps[field] = gap;
    } else {
      this.values[field] = value;
      delete this.gaps[field];
    }
  }

  get<F extends BasisField>(field: F): BasisValues[F] | null {
    return (this.values[field] ?? null) as BasisValues[F] | null;
  }

  build(asOf: string): IndicatorBasis {
    const values = {} as Record<BasisField, unknown>;
    for (const field of FIELDS) values[field] = this.values[field] ?? null;
    return { asOf, ...(values as unknown as BasisValues), gaps: { ...this.gaps } };
  }
}

/** A field of a source: the value, or the gap (source missing, field left out). */
function fieldOf<Data, F extends keyof Data>(
  record: SourceRecord<Data> | null | undefined,
  field: F,
  source: DataSource,
): { value: Data[F]; gap: null } | { value: null; gap: BasisGap } {
  if (record === null || record === undefined) return { value: null, gap: { reason: 'SOURCE_MISSING', source } };
  const value = record[field];
  if (value === null || value === undefined) return { value: null, gap: { reason: 'FIELD_MISSING', source } };
  return { value: value as Data[F], gap: null };
}

type Read<T> = { value: T; gap: null } | { value: null; gap: BasisGap };

function map<T, U>(read: Read<T>, fn: (value: T) => U | null, gapWhenNull: BasisGap): Read<U> {
  if (read.gap !== null) return read;
  const value = fn(read.value);
  if (value === null) return { value: null, gap: gapWhenNull };
  return { value, gap: null };
}

/**
 * The values of a monthly series for the 12 months ending `endOffset` months before the as-of month, in order; null
 * when any month of the window is absent (a month the mapper dropped is never guessed).
 */
function window12<Entry extends { month: string }>(
  series: readonly Entry[],
  asOf: MonthIndex,
  endOffset: number,
  value: (entry: Entry) => number,
): number[] | null {
  const byMonth = new Map<number, number>();
  for (const entry of series) {
    const month = monthOf(entry.month);
    if (month !== null) byMonth.set(month, value(entry));
  }
  const out: number[] = [];
  for (let k = 11; k >= 0; k -= 1) {
    const found = byMonth.get(addMonths(asOf, -(endOffset + k)));
    if (found === undefined) return null;
    out.push(found);
  }
  return out;
}

/** The value of a monthly series at `offset` months before the as-of month; null when that month is absent. */
function monthValue<Entry extends { month: string }>(
  series: readonly Entry[],
  asOf: MonthIndex,
  offset: number,
  value: (entry: Entry) => number,
): number | null {
  const target = addMonths(asOf, -offset);
  const found = series.find((entry) => monthOf(entry.month) === target);
  return found === undefined ? null : value(found);
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Standard deviation (population) over mean, 4 decimals; null when the mean is 0. */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const mean = sum(values) / values.length;
  if (mean === 0) return null;
  const variance = sum(values.map((value) => (value - mean) ** 2)) / values.length;
  return round(Math.sqrt(variance) / mean, 4);
}

/** Growth of `current` on `previous`, 4 decimals; null when `previous` is 0. */
export function growth4(current: number, previous: number): number | null {
  return previous > 0 ? round(current / previous - 1, 4) : null;
}

function inWindow(date: string, asOf: MonthIndex, months: number): boolean {
  const month = monthOfDate(date);
  return month !== null && month <= asOf && month > asOf - months;
}

/**
 * The basis from the normalised records of a consented snapshot. `asOf` is the month the data describes (the
 * exchange's `asOf` date, `YYYY-MM-DD`, or `YYYY-MM`); records and monthly entries after it are ignored.
 */
export function basisFromSources(sources: IndicatorSources, asOfText: string, profile: RegisterProfileFacts | null): IndicatorBasis {
  const asOf = monthOf(asOfText.slice(0, 7));
  if (asOf === null) throw new RangeError(`as-of month must be YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(asOfText)}`);
  const b = new BasisBuilder();
  const gapFor = (source: DataSource): BasisGap => ({ reason: 'INCOMPLETE_SERIES', source });

  // Market registration (the register profile stands in for industry and region when it is missing).
  const registration = sources[DataSource.MARKET_REGISTRATION];
  const MR = DataSource.MARKET_REGISTRATION;
  const industry = fieldOf(registration, 'industryCode', MR);
  b.set('industryCode', industry.value ?? profile?.industryCode ?? null, industry.gap ?? gapFor(MR));
  const region = fieldOf(registration, 'regionCode', MR);
  b.set('regionCode', region.value ?? profile?.regionCode ?? null, region.gap ?? gapFor(MR));
  const status = fieldOf(registration, 'status', MR);
  b.set('registrationStatus', status.value, status.gap ?? gapFor(MR));
  const established = map(fieldOf(registration, 'establishedOn', MR), (date) => yearsToEndOfMonth(date, asOf), {
    reason: 'FIELD_MISSING',
    source: MR,
  });
  b.set('ageYears', established.value === null ? null : round(established.value, 2), established.gap ?? gapFor(MR));
  const capital = fieldOf(registration, 'registeredCapitalFen', MR);
  b.set('registeredCapitalFen', capital.value, capital.gap ?? gapFor(MR));

  // Tax.
  const TX = DataSource.TAX;
  const tax = sources[TX];
  const monthly = fieldOf(tax, 'monthly', TX);
  const revenue12 = map(monthly, (series) => window12(series, asOf, 0, (entry) => entry.revenueFen), gapFor(TX));
  const revenuePrev12 = map(monthly, (series) => window12(series, asOf, 12, (entry) => entry.revenueFen), gapFor(TX));
  const tax12 = map(monthly, (series) => window12(series, asOf, 0, (entry) => entry.taxPaidFen), gapFor(TX));
  const taxPrev12 = map(monthly, (series) => window12(series, asOf, 12, (entry) => entry.taxPaidFen), gapFor(TX));
  b.set('revenue12mFen', revenue12.value === null ? null : sum(revenue12.value), revenue12.gap ?? gapFor(TX));
  b.set('revenuePrev12mFen', revenuePrev12.value === null ? null : sum(revenuePrev12.value), revenuePrev12.gap ?? gapFor(TX));
  b.set('revenueCv12m', revenue12.value === null ? null : coefficientOfVariation(revenue12.value), revenue12.gap ?? gapFor(TX));
  if (revenue12.value !== null && b.get('revenueCv12m') === null) delete b.gaps.revenueCv12m; // zero revenue: undefined, not missing
  b.set('taxPaid12mFen', tax12.value === null ? null : sum(tax12.value), tax12.gap ?? gapFor(TX));
  b.set('taxPaidPrev12mFen', taxPrev12.value === null ? null : sum(taxPrev12.value), taxPrev12.gap ?? gapFor(TX));
  // The last full calendar year before the as-of year (the exchange's `annual` holds the three before it).
  const lastYear = Math.floor(asOf / 12) - 1;
  const annual = map(fieldOf(tax, 'annual', TX), (years) => years.find((year) => year.year === lastYear)?.revenueFen ?? null, gapFor(TX));
  b.set('revenueLastYearFen', annual.value, annual.gap ?? gapFor(TX));
  const arrears = fieldOf(tax, 'arrearsFen', TX);
  b.set('taxArrearsFen', arrears.value, arrears.gap ?? gapFor(TX));
  const rating = fieldOf(tax, 'creditRating', TX);
  b.set('taxCreditRating', rating.value, rating.gap ?? gapFor(TX));

  // Social security and housing fund.
  const SS = DataSource.SOCIAL_SECURITY;
  const insured = fieldOf(sources[SS], 'monthly', SS);
  const now = map(insured, (series) => monthValue(series, asOf, 0, (entry) => entry.insuredHeadcount), gapFor(SS));
  const before = map(insured, (series) => monthValue(series, asOf, 12, (entry) => entry.insuredHeadcount), gapFor(SS));
  b.set('headcountNow', now.value, now.gap ?? gapFor(SS));
  b.set('headcount12mAgo', before.value, before.gap ?? gapFor(SS));
  const HF = DataSource.HOUSING_FUND;
  const contributors = map(fieldOf(sources[HF], 'monthly', HF), (series) => monthValue(series, asOf, 0, (entry) => entry.contributors), gapFor(HF));
  b.set('housingFundContributorsNow', contributors.value, contributors.gap ?? gapFor(HF));

  // Utilities.
  const UT = DataSource.UTILITIES;
  const utilities = fieldOf(sources[UT], 'monthly', UT);
  const power12 = map(utilities, (series) => window12(series, asOf, 0, (entry) => entry.electricityKwh), gapFor(UT));
  const powerPrev12 = map(utilities, (series) => window12(series, asOf, 12, (entry) => entry.electricityKwh), gapFor(UT));
  const water12 = map(utilities, (series) => window12(series, asOf, 0, (entry) => entry.waterTonnes), gapFor(UT));
  b.set('electricity12mKwh', power12.value === null ? null : sum(power12.value), power12.gap ?? gapFor(UT));
  const powerGap = power12.gap ?? powerPrev12.gap;
  b.set(
    'electricityGrowth12m',
    power12.value === null || powerPrev12.value === null ? null : growth4(sum(power12.value), sum(powerPrev12.value)),
    powerGap ?? gapFor(UT),
  );
  if (powerGap === null && b.get('electricityGrowth12m') === null) delete b.gaps.electricityGrowth12m; // no use before: undefined
  b.set('water12mTonnes', water12.value === null ? null : sum(water12.value), water12.gap ?? gapFor(UT));

  // Judicial: cases and enforcements filed in the 60 months ending at the as-of month.
  const JD = DataSource.JUDICIAL;
  const judicial = sources[JD];
  const cases = map(fieldOf(judicial, 'cases', JD), (list) => list.filter((entry) => inWindow(entry.filedOn, asOf, JUDICIAL_WINDOW_MONTHS)), gapFor(JD));
  const defendant = cases.value?.filter((entry) => entry.role === 'DEFENDANT') ?? null;
  b.set('cases5y', cases.value?.length ?? null, cases.gap ?? gapFor(JD));
  b.set('casesAsDefendant5y', defendant?.length ?? null, cases.gap ?? gapFor(JD));
  b.set('casesPending', cases.value?.filter((entry) => entry.status === 'PENDING').length ?? null, cases.gap ?? gapFor(JD));
  b.set('defendantAmount5yFen', defendant === null ? null : sum(defendant.map((entry) => entry.amountFen)), cases.gap ?? gapFor(JD));
  const enforcements = map(fieldOf(judicial, 'enforcements', JD), (list) =>
    list.filter((entry) => inWindow(entry.filedOn, asOf, JUDICIAL_WINDOW_MONTHS)),
  gapFor(JD));
  const active = enforcements.value?.filter((entry) => entry.status === 'ACTIVE') ?? null;
  b.set('enforcements5y', enforcements.value?.length ?? null, enforcements.gap ?? gapFor(JD));
  b.set('enforcementsActive', active?.length ?? null, enforcements.gap ?? gapFor(JD));
  b.set('enforcementActiveAmountFen', active === null ? null : sum(active.map((entry) => entry.amountFen)), enforcements.gap ?? gapFor(JD));
  const dishonest = fieldOf(judicial, 'dishonestDebtor', JD);
  b.set('dishonestDebtor', dishonest.value, dishonest.gap ?? gapFor(JD));

  // Administrative penalties decided in the 36 months ending at the as-of month.
  const AP = DataSource.ADMINISTRATIVE_PENALTIES;
  const penalties = map(fieldOf(sources[AP], 'penalties', AP), (list) => list.filter((entry) => inWindow(entry.decidedOn, asOf, PENALTY_WINDOW_MONTHS)), gapFor(AP));
  b.set('penalties3y', penalties.value?.length ?? null, penalties.gap ?? gapFor(AP));
  b.set('penaltyAmount3yFen', penalties.value === null ? null : sum(penalties.value.map((entry) => entry.amountFen)), penalties.gap ?? gapFor(AP));

  setScale(b, profile);
  return b.build(formatMonthIndex(asOf));
}

/**
 * The scale by the 2011 SME classification from the last full year's revenue and the latest insured headcount (as
 * the register profile computes it); the register profile's scale when those do not settle it.
 */
export function setScale(b: BasisBuilder, profile: RegisterProfileFacts | null): void {
  const classified = classifySmeScale({
    industryCode: b.get('industryCode'),
    headcount: b.get('headcountNow'),
    revenueFen: b.get('revenueLastYearFen'),
  });
  const scale = classified.scale ?? profile?.scale ?? null;
  const gap = b.gaps.industryCode ?? b.gaps.revenueLastYearFen ?? b.gaps.headcountNow;
  b.set('scale', scale, gap ?? { reason: 'FIELD_MISSING', source: DataSource.MARKET_REGISTRATION });
  // Everything known and still no scale (an industry the classification does not cover): undefined, not missing.
  if (gap === undefined) delete b.gaps.scale;
}

export function formatMonthIndex(month: MonthIndex): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}
