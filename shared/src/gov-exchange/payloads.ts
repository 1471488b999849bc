import { DataSource } from '../domain/data-source';
import type { EnterpriseType } from '../domain/enterprise';

/**
 * The `data` of each source as the exchange returns it. Money is integer fen, months `YYYY-MM`, dates
 * `YYYY-MM-DD`; monthly series cover the 24 months ending at the as-of month, oldest first.
 */
export type RegistrationStatus = 'IN_OPERATION' | 'SUSPENDED' | 'REVOKED' | 'DEREGISTERED';

/** 经营状态 as the app, the GraphQL enum and the credit explanations show it: one table for all of them. */
export const REGISTRATION_STATUS_LABELS: Readonly<Record<RegistrationStatus, string>> = {
  IN_OPERATION: '存续（在营）',
  SUSPENDED: '停业',
  REVOKED: '吊销',
  DEREGISTERED: '注销',
};

/** Whether `value` is one of the exchange's registration statuses (own keys only, never `toString` and the like). */
export function isRegistrationStatus(value: string): value is RegistrationStatus {
  return Object.prototype.hasOwnProperty.call(REGISTRATION_STATUS_LABELS, value);
}
export type TaxCreditRating = 'A' | 'B' | 'M' | 'C' | 'D';

export interface MarketRegistrationData {
  name: string;
  type: EnterpriseType;
  legalRepresentative: string;
  regionCode: string;
  /** GB/T 4754-2017 division, two digits. */
  industryCode: string;
  registeredCapitalFen: number;
  establishedOn: string;
  status: RegistrationStatus;
}

export interface TaxData {
  annual: { year: number; revenueFen: number; taxPaidFen: number }[];
  monthly: { month: string; revenueFen: number; taxPaidFen: number }[];
  arrearsFen: number;
  creditRating: TaxCreditRating;
  ratingYear: number;
}

export interface SocialSecurityData {
  monthly: { month: string; insuredHeadcount: number }[];
}

export interface HousingFundData {
  monthly: { month: string; contributors: number }[];
}

export interface UtilitiesData {
  monthly: { month: string; electricityKwh: number; waterTonnes: number }[];
}

export interface JudicialData {
  cases: {
    caseNumber: string;
    court: string;
    role: 'PLAINTIFF' | 'DEFENDANT';
    cause: string;
    filedOn: string;
    amountFen: number;
    status: 'PENDING' | 'CLOSED';
  }[];
  enforcements: { caseNumber: string; court: string; amountFen: number; filedOn: string; status: 'ACTIVE' | 'CLOSED' }[];
  dishonestDebtor: boolean;
  dishonestSince: string | null;
}

export interface AdministrativePenaltiesData {
  penalties: { decisionNumber: string; authority: string; reason: string; amountFen: number; decidedOn: string }[];
}

export interface GovSourceDataMap {
  [DataSource.MARKET_REGISTRATION]: MarketRegistrationData;
  [DataSource.TAX]: TaxData;
  [DataSource.SOCIAL_SECURITY]: SocialSecurityData;
  [DataSource.HOUSING_FUND]: HousingFundData;
  [DataSource.UTILITIES]: UtilitiesData;
  [DataSource.JUDICIAL]: JudicialData;
  [DataSource.ADMINISTRATIVE_PENALTIES]: AdministrativePenaltiesData;
}

/**
 * A 200 answer. With the partial-data fault some top-level fields of `data` are absent and named in
 * `missing` (`complete: false`), hence `Partial`.
 */
export interface GovSourceResponse<S extends DataSource = DataSource> {
  source: S;
  uscc: string;
  requestId: string;
  consentRef: string;
  /** The last day of the as-of month, `YYYY-MM-DD`. */
  asOf: string;
  complete: boolean;
  missing: string[];
  data: Partial<GovSourceDataMap[S]>;
}
