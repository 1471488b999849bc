/** What an audit entry records. Appended to, never renamed: stored rows keep these strings. */
export enum AuditAction {
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SESSION_REFRESHED = 'SESSION_REFRESHED',
  TOKEN_REUSE_DETECTED = 'TOKEN_REUSE_DETECTED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  TOTP_ENROLLED = 'TOTP_ENROLLED',
  TOTP_FAILED = 'TOTP_FAILED',
  STAFF_ACCOUNT_CREATED = 'STAFF_ACCOUNT_CREATED',
  STAFF_ACCOUNT_UPDATED = 'STAFF_ACCOUNT_UPDATED',
  STAFF_ACCOUNT_DISABLED = 'STAFF_ACCOUNT_DISABLED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  /** A security administrator lifted a staff account's lock and cleared its failure counts. */
  STAFF_ACCOUNT_UNLOCKED = 'STAFF_ACCOUNT_UNLOCKED',
  /** A security administrator removed a staff account's authenticator; its next login enrols a new one. */
  STAFF_TOTP_RESET = 'STAFF_TOTP_RESET',
  ENTERPRISE_SWITCHED = 'ENTERPRISE_SWITCHED',
  ACCESS_DENIED = 'ACCESS_DENIED',
  PRODUCT_DRAFT_CREATED = 'PRODUCT_DRAFT_CREATED',
  PRODUCT_DRAFT_UPDATED = 'PRODUCT_DRAFT_UPDATED',
  PRODUCT_SUBMITTED = 'PRODUCT_SUBMITTED',
  PRODUCT_CHANGE_PROPOSED = 'PRODUCT_CHANGE_PROPOSED',
  PRODUCT_REVIEW_APPROVED = 'PRODUCT_REVIEW_APPROVED',
  PRODUCT_REVIEW_REJECTED = 'PRODUCT_REVIEW_REJECTED',
  PRODUCT_RETIRED = 'PRODUCT_RETIRED',
  CONTENT_CREATED = 'CONTENT_CREATED',
  CONTENT_UPDATED = 'CONTENT_UPDATED',
  CONTENT_PUBLISHED = 'CONTENT_PUBLISHED',
  CONTENT_WITHDRAWN = 'CONTENT_WITHDRAWN',
  BANNER_CREATED = 'BANNER_CREATED',
  BANNER_UPDATED = 'BANNER_UPDATED',
  BANNER_DELETED = 'BANNER_DELETED',
  BANNERS_REORDERED = 'BANNERS_REORDERED',
  FILE_UPLOADED = 'FILE_UPLOADED',
  /** The system removed uploads nothing referenced (actor null: no user asked for it). */
  FILES_SWEPT = 'FILES_SWEPT',
  /** A unified login's claims no longer assert the user's binding to an enterprise: the binding was deactivated. */
  ENTERPRISE_BINDING_WITHDRAWN = 'ENTERPRISE_BINDING_WITHDRAWN',
  /** A unified login's claims assert a deactivated binding again: it is active again. */
  ENTERPRISE_BINDING_RESTORED = 'ENTERPRISE_BINDING_RESTORED',
  /** An authorization code was presented a second time; the session its first use produced is revoked. */
  AUTHORIZATION_CODE_REPLAYED = 'AUTHORIZATION_CODE_REPLAYED',
  /** An enterprise user granted a data consent (数据授权). */
  DATA_CONSENT_GRANTED = 'DATA_CONSENT_GRANTED',
  /** An enterprise user revoked a data consent; no further fetching or showing under it. */
  DATA_CONSENT_REVOKED = 'DATA_CONSENT_REVOKED',
  /** The legal representative changed the purposes agents may grant data consents for. */
  AGENT_CONSENT_PURPOSES_CHANGED = 'AGENT_CONSENT_PURPOSES_CHANGED',
  /** A loan application draft was created (pre-filled from the register profile). */
  LOAN_APPLICATION_CREATED = 'LOAN_APPLICATION_CREATED',
  /** A loan application changed state or had a step recorded on it (detail: action, from, to, version). */
  LOAN_APPLICATION_TRANSITION = 'LOAN_APPLICATION_TRANSITION',
  /** A staff member of the deciding institution downloaded one of an application's materials. */
  LOAN_MATERIAL_DOWNLOADED = 'LOAN_MATERIAL_DOWNLOADED',
  /** A user gave the separate consent to biometric processing (detail: version). */
  BIOMETRIC_CONSENT_ACCEPTED = 'BIOMETRIC_CONSENT_ACCEPTED',
  /** An applicant's ID-card photo was recognised and compared (result FAILURE when refused; detail: side, outcome). */
  ID_CARD_RECOGNIZED = 'ID_CARD_RECOGNIZED',
  /** An applicant started a face verification at the provider (detail: certify id, purpose). */
  FACE_VERIFICATION_STARTED = 'FACE_VERIFICATION_STARTED',
}

export type AuditResult = 'SUCCESS' | 'FAILURE' | 'DENIED';

export type AuditDetail = Record<string, string | number | boolean | null>;
