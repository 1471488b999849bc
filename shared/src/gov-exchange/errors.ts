/** The `code` of a refusal from the government data exchange: `{ code, message }` with a Chinese message. */
export enum GovExchangeErrorCode {
  /** 401: a header missing or malformed, an unknown app key or a wrong signature. */
  GOV_SIGNATURE_INVALID = 'GOV_SIGNATURE_INVALID',
  /** 401: the timestamp is more than five minutes from the provider's clock. */
  GOV_TIMESTAMP_STALE = 'GOV_TIMESTAMP_STALE',
  /** 409: the nonce was used by the same app key within the last ten minutes. */
  GOV_NONCE_REUSED = 'GOV_NONCE_REUSED',
  /** 403: no consent reference, or a malformed one. */
  GOV_CONSENT_REQUIRED = 'GOV_CONSENT_REQUIRED',
  /** 400: e.g. an invalid USCC (the message names the reason). */
  GOV_BAD_REQUEST = 'GOV_BAD_REQUEST',
  /** 404: no such source. */
  GOV_UNKNOWN_SOURCE = 'GOV_UNKNOWN_SOURCE',
  /** 503: the source is unavailable (an injected fault). */
  GOV_UNAVAILABLE = 'GOV_UNAVAILABLE',
}

export const GOV_EXCHANGE_ERROR_STATUS: Record<GovExchangeErrorCode, number> = {
  [GovExchangeErrorCode.GOV_SIGNATURE_INVALID]: 401,
  [GovExchangeErrorCode.GOV_TIMESTAMP_STALE]: 401,
  [GovExchangeErrorCode.GOV_NONCE_REUSED]: 409,
  [GovExchangeErrorCode.GOV_CONSENT_REQUIRED]: 403,
  [GovExchangeErrorCode.GOV_BAD_REQUEST]: 400,
  [GovExchangeErrorCode.GOV_UNKNOWN_SOURCE]: 404,
  [GovExchangeErrorCode.GOV_UNAVAILABLE]: 503,
};

export function isGovExchangeErrorCode(value: unknown): value is GovExchangeErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GOV_EXCHANGE_ERROR_STATUS, value);
}
