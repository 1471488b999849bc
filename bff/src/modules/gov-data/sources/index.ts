import { ADMINISTRATIVE_PENALTIES_SOURCE } from './administrative-penalties.source';
import { HOUSING_FUND_SOURCE } from './housing-fund.source';
import { JUDICIAL_SOURCE } from './judicial.source';
import { MARKET_REGISTRATION_SOURCE } from './market-registration.source';
import { SOCIAL_SECURITY_SOURCE } from './social-security.source';
import type { GovSourceDescription } from './source-description';
import { TAX_SOURCE } from './tax.source';
import { UTILITIES_SOURCE } from './utilities.source';

/** The exchange's seven sources, in the order of DATA_SOURCES. A new source is listed here (README recipe). */
export const GOV_SOURCES: readonly GovSourceDescription[] = [
  MARKET_REGISTRATION_SOURCE,
  TAX_SOURCE,
  SOCIAL_SECURITY_SOURCE,
  HOUSING_FUND_SOURCE,
  UTILITIES_SOURCE,
  JUDICIAL_SOURCE,
  ADMINISTRATIVE_PENALTIES_SOURCE,
];

export type { GovSourceDescription, GovSigning, RetryPolicy } from './source-description';
export { RawFields, allRead } from './raw-fields';
