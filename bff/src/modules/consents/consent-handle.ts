import { ConsentGranteeKind, type ConsentPurpose, type DataSource } from '@rongtong/shared';

declare const consentHandleBrand: unique symbol;

/** Who receives the data under a consent: the platform itself, or one named financial institution. */
export type ConsentGrantee =
  | { readonly kind: ConsentGranteeKind.PLATFORM }
  | { readonly kind: ConsentGranteeKind.INSTITUTION; readonly institutionId: string };

/**
 * Proof that an active consent covered a source, grantee and purpose when it was looked up. Only the consents module
 * makes one (`ConsentsService.requireActive`); the gov-data connectors take one, so code that holds none does not
 * compile. Re-check it with `ConsentsService.stillActive` right before a fetch and before showing data: a revocation
 * or the expiry ends it at once.
 */
export interface ConsentHandle {
  readonly consentId: string;
  /** Sent to the data exchange as X-Gov-Consent-Ref. */
  readonly reference: string;
  readonly enterpriseId: string;
  readonly uscc: string;
  /** Every source the consent covers (the one asked for among them). */
  readonly sources: readonly DataSource[];
  readonly purpose: ConsentPurpose;
  readonly grantee: ConsentGrantee;
  /** UTC ISO instant. */
  readonly expiresAt: string;
  readonly [consentHandleBrand]: true;
}

/** The fields of a handle; what the consents module reads off a consent row. */
export type ConsentHandleFields = Omit<ConsentHandle, typeof consentHandleBrand>;

export function platformGrantee(): ConsentGrantee {
  return { kind: ConsentGranteeKind.PLATFORM };
}

export function institutionGrantee(institutionId: string): ConsentGrantee {
  return { kind: ConsentGranteeKind.INSTITUTION, institutionId };
}

export function sameGrantee(a: ConsentGrantee, b: ConsentGrantee): boolean {
  if (a.kind === ConsentGranteeKind.PLATFORM) return b.kind === ConsentGranteeKind.PLATFORM;
  return b.kind === ConsentGranteeKind.INSTITUTION && a.institutionId === b.institutionId;
}
