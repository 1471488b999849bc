import { DataSource, type SocialSecurityData } from '@rongtong/shared';
import { allRead } from './raw-fields';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export type InsuredMonth = SocialSecurityData['monthly'][number];

/** 社保缴纳信息, normalised. */
export type SocialSecurityRecord = Normalised<SocialSecurityData>;

export const SOCIAL_SECURITY_SOURCE: GovSourceDescription<SocialSecurityRecord> = {
  ...exchangeSource(DataSource.SOCIAL_SECURITY),
  freshnessHours: 30 * 24,
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
