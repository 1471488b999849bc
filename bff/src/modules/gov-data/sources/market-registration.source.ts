import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource, ENTERPRISE_TYPES, findIndustry, type EnterpriseType, type RegistrationStatus } from '@rongtong/shared';
import type { GovSourceDescription } from './source-description';

export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['IN_OPERATION', 'SUSPENDED', 'REVOKED', 'DEREGISTERED'];

/** 市场主体登记信息, normalised. */
export interface MarketRegistrationRecord {
  name: string | null;
  type: EnterpriseType | null;
  /** Personal data: stored only encrypted, shown only masked. */
  legalRepresentative: string | null;
  /** GB/T 2260 county-level code. */
  regionCode: string | null;
  /** GB/T 4754-2017 division. */
  industryCode: string | null;
  registeredCapitalFen: number | null;
  /** YYYY-MM-DD */
  establishedOn: string | null;
  status: RegistrationStatus | null;
}

export const MARKET_REGISTRATION_SOURCE: GovSourceDescription<MarketRegistrationRecord> = {
  key: DataSource.MARKET_REGISTRATION,
  scope: DataSource.MARKET_REGISTRATION,
  slug: DATA_SOURCE_SLUGS[DataSource.MARKET_REGISTRATION],
  label: DATA_SOURCE_LABELS[DataSource.MARKET_REGISTRATION],
  signing: 'HMAC-SM3',
  freshnessHours: 7 * 24,
  retry: { attempts: 3, backoffMs: 200 },
  maxPayloadBytes: 16 * 1024,
  fields: ['name', 'type', 'legalRepresentative', 'regionCode', 'industryCode', 'registeredCapitalFen', 'establishedOn', 'status'],
  map: (data) => ({
    name: data.text('name', 128),
    type: data.oneOf('type', ENTERPRISE_TYPES),
    legalRepresentative: data.text('legalRepresentative', 64),
    regionCode: data.code('regionCode', /^\d{6}$/),
    industryCode: data.code('industryCode', /^\d{2}$/, (code) => findIndustry(code)?.division !== undefined),
    registeredCapitalFen: data.fen('registeredCapitalFen'),
    establishedOn: data.date('establishedOn'),
    status: data.oneOf('status', REGISTRATION_STATUSES),
  }),
};
