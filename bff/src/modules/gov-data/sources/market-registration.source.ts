import { DataSource, ENTERPRISE_TYPES, findIndustry, type MarketRegistrationData, type RegistrationStatus } from '@rongtong/shared';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['IN_OPERATION', 'SUSPENDED', 'REVOKED', 'DEREGISTERED'];

/** 市场主体登记信息, normalised; the legal representative is personal data: stored only encrypted, shown only masked. */
export type MarketRegistrationRecord = Normalised<MarketRegistrationData>;

export const MARKET_REGISTRATION_SOURCE: GovSourceDescription<MarketRegistrationRecord> = {
  ...exchangeSource(DataSource.MARKET_REGISTRATION),
  freshnessHours: 7 * 24,
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
