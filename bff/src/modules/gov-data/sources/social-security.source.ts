import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource } from '@rongtong/shared';
import { allRead } from './raw-fields';
import type { GovSourceDescription } from './source-description';

export interface InsuredMonth {
  /** YYYY-MM */
  month: string;
  insuredHeadcount: number;
}

/** 社保缴纳信息, normalised. */
export interface SocialSecurityRecord {
  monthly: InsuredMonth[] | null;
}

export const SOCIAL_SECURITY_SOURCE: GovSourceDescription<SocialSecurityRecord> = {
  key: DataSource.SOCIAL_SECURITY,
  scope: DataSource.SOCIAL_SECURITY,
  slug: DATA_SOURCE_SLUGS[DataSource.SOCIAL_SECURITY],
  label: DATA_SOURCE_LABELS[DataSource.SOCIAL_SECURITY],
  signing: 'HMAC-SM3',
  freshnessHours: 30 * 24,
  retry: { attempts: 3, backoffMs: 200 },
  maxPayloadBytes: 32 * 1024,
  fields: ['monthly'],
  map: (data) => ({
    monthly: data.list('monthly', 36, (month) =>
      allRead<InsuredMonth>({ month: month.month('month'), insuredHeadcount: month.integer('insuredHeadcount', 0, 10_000_000) }),
    ),
  }),
};

/** Insured headcount of the latest month on record (从业人员, for the SME classification); null when unknown. */
export function latestInsuredHeadcount(record: SocialSecurityRecord | null): number | null {
  const months = record?.monthly ?? [];
  if (months.length === 0) return null;
  return months.reduce((latest, month) => (month.month > latest.month ? month : latest)).insuredHeadcount;
}
