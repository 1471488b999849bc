import { DataSource, type HousingFundData } from '@rongtong/shared';
import { allRead } from './raw-fields';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export type ContributorMonth = HousingFundData['monthly'][number];

/** 公积金缴存信息, normalised. */
export type HousingFundRecord = Normalised<HousingFundData>;

export const HOUSING_FUND_SOURCE: GovSourceDescription<HousingFundRecord> = {
  ...exchangeSource(DataSource.HOUSING_FUND),
  freshnessHours: 30 * 24,
  maxPayloadBytes: 32 * 1024,
  fields: ['monthly'],
  map: (data) => ({
    monthly: data.list('monthly', 36, (month) =>
      allRead<ContributorMonth>({ month: month.month('month'), contributors: month.integer('contributors', 0, 10_000_000) }),
    ),
  }),
};
