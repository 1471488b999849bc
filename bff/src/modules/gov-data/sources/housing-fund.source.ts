import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource } from '@rongtong/shared';
import { allRead } from './raw-fields';
import type { GovSourceDescription } from './source-description';

export interface ContributorMonth {
  /** YYYY-MM */
  month: string;
  contributors: number;
}

/** 公积金缴存信息, normalised. */
export interface HousingFundRecord {
  monthly: ContributorMonth[] | null;
}

export const HOUSING_FUND_SOURCE: GovSourceDescription<HousingFundRecord> = {
  key: DataSource.HOUSING_FUND,
  scope: DataSource.HOUSING_FUND,
  slug: DATA_SOURCE_SLUGS[DataSource.HOUSING_FUND],
  label: DATA_SOURCE_LABELS[DataSource.HOUSING_FUND],
  signing: 'HMAC-SM3',
  freshnessHours: 30 * 24,
  retry: { attempts: 3, backoffMs: 200 },
  maxPayloadBytes: 32 * 1024,
  fields: ['monthly'],
  map: (data) => ({
    monthly: data.list('monthly', 36, (month) =>
      allRead<ContributorMonth>({ month: month.month('month'), contributors: month.integer('contributors', 0, 10_000_000) }),
    ),
  }),
};
