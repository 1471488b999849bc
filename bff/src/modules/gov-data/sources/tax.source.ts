import { DataSource, type TaxCreditRating, type TaxData } from '@rongtong/shared';
import { allRead } from './raw-fields';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export const TAX_CREDIT_RATINGS: readonly TaxCreditRating[] = ['A', 'B', 'M', 'C', 'D'];

export type TaxYear = TaxData['annual'][number];
export type TaxMonth = TaxData['monthly'][number];

/** 纳税信息, normalised: the last full years, and the 24 months ending at the as-of month, oldest first. */
export type TaxRecord = Normalised<TaxData>;

export const TAX_SOURCE: GovSourceDescription<TaxRecord> = {
  ...exchangeSource(DataSource.TAX),
  freshnessHours: 30 * 24,
  maxPayloadBytes: 64 * 1024,
  fields: ['annual', 'monthly', 'arrearsFen', 'creditRating', 'ratingYear'],
  map: (data) => ({
    annual: data.list('annual', 10, (year) =>
      allRead<TaxYear>({ year: year.integer('year', 1900, 2999), revenueFen: year.fen('revenueFen'), taxPaidFen: year.fen('taxPaidFen') }),
    ),
    monthly: data.list('monthly', 36, (month) =>
      allRead<TaxMonth>({ month: month.month('month'), revenueFen: month.fen('revenueFen'), taxPaidFen: month.fen('taxPaidFen') }),
    ),
    arrearsFen: data.fen('arrearsFen'),
    creditRating: data.oneOf('creditRating', TAX_CREDIT_RATINGS),
    ratingYear: data.integer('ratingYear', 1900, 2999),
  }),
};

/** Revenue of the latest full year on record (营业收入, for the SME classification); null when unknown. */
export function latestAnnualRevenueFen(record: TaxRecord | null): number | null {
  const years = record?.annual ?? [];
  if (years.length === 0) return null;
  return years.reduce((latest, year) => (year.year > latest.year ? year : latest)).revenueFen;
}
