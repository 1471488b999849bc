export {
  GOV_EXCHANGE_CONSENT_REF_PATTERN,
  GOV_EXCHANGE_HEADERS,
  GOV_EXCHANGE_NONCE_PATTERN,
  GOV_EXCHANGE_NONCE_WINDOW_MS,
  GOV_EXCHANGE_SIGNATURE_PATTERN,
  GOV_EXCHANGE_TIMESTAMP_PATTERN,
  GOV_EXCHANGE_TIMESTAMP_TOLERANCE_MS,
  SM3_OF_EMPTY_BODY,
  canonicalQuery,
  govExchangeStringToSign,
  type GovExchangeQuery,
  type GovExchangeSigningParts,
} from './signing';
export { DATA_SOURCE_SLUGS, dataSourceFromSlug, govExchangeSourcePath } from './slugs';
export { GOV_EXCHANGE_ERROR_STATUS, GovExchangeErrorCode, isGovExchangeErrorCode } from './errors';
export { REGISTRATION_STATUS_LABELS, isRegistrationStatus } from './payloads';
export type {
  AdministrativePenaltiesData,
  GovSourceDataMap,
  GovSourceResponse,
  HousingFundData,
  JudicialData,
  MarketRegistrationData,
  RegistrationStatus,
  SocialSecurityData,
  TaxCreditRating,
  TaxData,
  UtilitiesData,
} from './payloads';
