import { registerEnumType } from '@nestjs/graphql';
import {
  DATA_USE_KIND_LABELS,
  DATA_USE_OUTCOME_LABELS,
  type ConsentPurpose,
  type DataSource,
  type DataUseKind,
  type DataUseOutcome,
} from '@rongtong/shared';

export type { DataUseKind, DataUseOutcome } from '@rongtong/shared';

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

/** The GraphQL enums of the log; values equal their keys, the shared labels are their descriptions. */
export const DataUseKindEnum: Record<DataUseKind, DataUseKind> = { FETCH: 'FETCH', VIEW: 'VIEW', GRANT: 'GRANT', REVOKE: 'REVOKE' };
export const DataUseOutcomeEnum: Record<DataUseOutcome, DataUseOutcome> = { OK: 'OK', FAILED: 'FAILED', REFUSED: 'REFUSED' };

registerEnumType(DataUseKindEnum, {
  name: 'DataUseKind',
  valuesMap: Object.fromEntries(Object.entries(DATA_USE_KIND_LABELS).map(([value, description]) => [value, { description }])),
});
registerEnumType(DataUseOutcomeEnum, {
  name: 'DataUseOutcome',
  valuesMap: Object.fromEntries(Object.entries(DATA_USE_OUTCOME_LABELS).map(([value, description]) => [value, { description }])),
});
