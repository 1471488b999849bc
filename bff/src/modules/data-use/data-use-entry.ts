import type { ConsentPurpose, DataSource } from '@rongtong/shared';

/** What happened to an enterprise's data: fetched from a source, opened by someone, consent granted or revoked. */
export const DataUseKind = {
  FETCH: 'FETCH',
  VIEW: 'VIEW',
  GRANT: 'GRANT',
  REVOKE: 'REVOKE',
} as const;
export type DataUseKind = (typeof DataUseKind)[keyof typeof DataUseKind];

export const DataUseOutcome = {
  OK: 'OK',
  FAILED: 'FAILED',
  REFUSED: 'REFUSED',
} as const;
export type DataUseOutcome = (typeof DataUseOutcome)[keyof typeof DataUseOutcome];

/** One use of an enterprise's data, as `DataUseService.record` takes it. */
export interface DataUseEntry {
  enterpriseId: string;
  kind: DataUseKind;
  /** The source used; absent for a GRANT or REVOKE, which concern every source of the consent. */
  source?: DataSource;
  purpose: ConsentPurpose;
  consentId: string;
  /** The institution that received or opened the data; null or absent when it was the platform. */
  institutionId?: string | null;
  /** The user who acted (granted, revoked, opened); null or absent for the platform's own fetches. */
  actorUserId?: string | null;
  outcome: DataUseOutcome;
  /** A short code-like note (a failure reason, a snapshot id); never personal data. */
  detail?: string;
}
