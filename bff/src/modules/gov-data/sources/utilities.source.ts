import { DataSource, type UtilitiesData } from '@rongtong/shared';
import { allRead } from './raw-fields';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export type UtilityMonth = UtilitiesData['monthly'][number];

/** 水电用量信息, normalised. */
export type UtilitiesRecord = Normalised<UtilitiesData>;

export const UTILITIES_SOURCE: GovSourceDescription<UtilitiesRecord> = {
  ...exchangeSource(DataSource.UTILITIES),
  freshnessHours: 30 * 24,
  maxPayloadBytes: 32 * 1024,
  fields: ['monthly'],
  map: (data) => ({
    monthly: data.list('monthly', 36, (month) =>
      allRead<UtilityMonth>({
        month: month.month('month'),
        electricityKwh: month.integer('electricityKwh', 0, Number.MAX_SAFE_INTEGER),
        waterTonnes: month.integer('waterTonnes', 0, Number.MAX_SAFE_INTEGER),
      }),
    ),
  }),
};
