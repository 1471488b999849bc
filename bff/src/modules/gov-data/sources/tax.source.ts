import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource, type TaxCreditRating } from '@rongtong/shared';
import { allRead } from './raw-fields';
import type { GovSourceDescription } from './source-description';

export const TAX_CREDIT_RATINGS: readonly TaxCreditRating[] = ['A', 'B', 'M', 'C', 'D'];

export interface TaxYear {
  year: number;
  revenueFen: number;
  taxPaidFen: number;
}

export interface TaxMonth {
  /** YYYY-MM */
  month: string;
  revenueFen: number;
  taxPaidFen: number;
}

/** 纳税信息, normalised. */
export interface TaxRecord {
  /** The last full years, as the exchange lists them. */
  annual: TaxYear[] | null;
  /** 24 months ending at the as-of month, oldest first. */
  monthly: TaxMonth[] | null;
  arrearsFen: number | null;
  creditRating: TaxCreditRating | null;
  ratingYear: number | null;
}

export const TAX_SOURCE: GovSourceDescription<TaxRecord> = {
  key: DataSource.TAX,
  scope: DataSource.TAX,
  slug: DATA_SOURCE_SLUGS[DataSource.TAX],
  label: DATA_SOURCE_LABELS[DataSource.TAX],
  signing: 'HMAC-SM3',
  freshnessHours: 30 * 24,
  retry: { attempts: 3, backoffMs: 200 },
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
