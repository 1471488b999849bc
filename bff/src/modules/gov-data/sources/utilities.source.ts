import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource } from '@rongtong/shared';
import { allRead } from './raw-fields';
import type { GovSourceDescription } from './source-description';

export interface UtilityMonth {
  /** YYYY-MM */
  month: string;
  electricityKwh: number;
  waterTonnes: number;
}

/** 水电用量信息, normalised. */
export interface UtilitiesRecord {
  monthly: UtilityMonth[] | null;
}

export const UTILITIES_SOURCE: GovSourceDescription<UtilitiesRecord> = {
  key: DataSource.UTILITIES,
  scope: DataSource.UTILITIES,
  slug: DATA_SOURCE_SLUGS[DataSource.UTILITIES],
  label: DATA_SOURCE_LABELS[DataSource.UTILITIES],
  signing: 'HMAC-SM3',
  freshnessHours: 30 * 24,
  retry: { attempts: 3, backoffMs: 200 },
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
