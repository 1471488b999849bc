import { ConsentGranteeKind, ConsentPurpose } from './data-source';

export const CONSENT_GRANTEE_KIND_LABELS: Record<ConsentGranteeKind, string> = {
  [ConsentGranteeKind.PLATFORM]: '融通平台',
  [ConsentGranteeKind.INSTITUTION]: '指定金融机构',
};

/** The name shown for the platform wherever a grantee or a user of data is named. */
export const PLATFORM_DISPLAY_NAME = '融通平台';

/**
 * The longest a consent may last, per purpose, in calendar months from the moment it is granted: as long as the
 * purpose needs and no longer (PIPL art. 19). A loan application runs from application to the end of the
 * institution's review and post-loan checks of the first year; a credit assessment is refreshed yearly; policy
 * matching follows the yearly policy cycle.
 */
export const CONSENT_MAX_MONTHS: Record<ConsentPurpose, number> = {
  [ConsentPurpose.LOAN_APPLICATION]: 12,
  [ConsentPurpose.CREDIT_ASSESSMENT]: 12,
  [ConsentPurpose.POLICY_MATCHING]: 12,
};

/**
 * Who may receive data for each purpose: policy matching only ever serves the platform's own matching (its agreement
 * says the data goes to no institution); a loan application or a credit assessment may name one institution.
 */
export const CONSENT_GRANTEE_KINDS_BY_PURPOSE: Record<ConsentPurpose, readonly ConsentGranteeKind[]> = {
  [ConsentPurpose.LOAN_APPLICATION]: [ConsentGranteeKind.PLATFORM, ConsentGranteeKind.INSTITUTION],
  [ConsentPurpose.CREDIT_ASSESSMENT]: [ConsentGranteeKind.PLATFORM, ConsentGranteeKind.INSTITUTION],
  [ConsentPurpose.POLICY_MATCHING]: [ConsentGranteeKind.PLATFORM],
};

/** A consent granted without an expiry lasts this many calendar months (capped by the purpose's maximum). */
export const CONSENT_DEFAULT_MONTHS = 12;

/** What agents may grant until the legal representative changes it: loan applications only. */
export const DEFAULT_AGENT_CONSENT_PURPOSES: readonly ConsentPurpose[] = [ConsentPurpose.LOAN_APPLICATION];

/** Where a consent stands at a given instant. */
export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export const CONSENT_STATUSES: readonly ConsentStatus[] = Object.values(ConsentStatus);

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  [ConsentStatus.ACTIVE]: '生效中',
  [ConsentStatus.EXPIRED]: '已到期',
  [ConsentStatus.REVOKED]: '已撤销',
};

/**
 * `instant` plus `months` calendar months in UTC, keeping the time of day; a day the target month lacks becomes
 * its last day (2028-02-29 + 12 months = 2029-02-28, 01-31 + 1 month = 02-28 or 02-29).
 */
export function addMonthsUtc(instant: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const monthIndex = instant.getUTCFullYear() * 12 + instant.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(instant.getTime());
  result.setUTCFullYear(year, month, Math.min(instant.getUTCDate(), lastDay));
  return result;
}

/** The latest expiry a consent for `purpose` granted at `grantedAt` may have. */
export function latestConsentExpiry(purpose: ConsentPurpose, grantedAt: Date): Date {
  return addMonthsUtc(grantedAt, CONSENT_MAX_MONTHS[purpose]);
}

/** The expiry of a consent granted at `grantedAt` without one: the default, never beyond the purpose's maximum. */
export function defaultConsentExpiry(purpose: ConsentPurpose, grantedAt: Date): Date {
  return addMonthsUtc(grantedAt, Math.min(CONSENT_DEFAULT_MONTHS, CONSENT_MAX_MONTHS[purpose]));
}

/** Revoked wins over expired; a consent is active strictly before its expiry instant. */
export function consentStatusAt(consent: { expiresAt: Date; revokedAt: Date | null }, now: Date): ConsentStatus {
  if (consent.revokedAt !== null) return ConsentStatus.REVOKED;
  return now.getTime() < consent.expiresAt.getTime() ? ConsentStatus.ACTIVE : ConsentStatus.EXPIRED;
}

/** What happened to an enterprise's data, as the data use log (数据使用记录) records it. */
export type DataUseKind = 'FETCH' | 'VIEW' | 'GRANT' | 'REVOKE';

export const DATA_USE_KINDS: readonly DataUseKind[] = ['FETCH', 'VIEW', 'GRANT', 'REVOKE'];

export const DATA_USE_KIND_LABELS: Record<DataUseKind, string> = {
  FETCH: '调取数据',
  VIEW: '查看数据',
  GRANT: '授权',
  REVOKE: '撤销授权',
};

export type DataUseOutcome = 'OK' | 'FAILED' | 'REFUSED';

export const DATA_USE_OUTCOMES: readonly DataUseOutcome[] = ['OK', 'FAILED', 'REFUSED'];

export const DATA_USE_OUTCOME_LABELS: Record<DataUseOutcome, string> = {
  OK: '成功',
  FAILED: '失败',
  REFUSED: '已拒绝',
};
