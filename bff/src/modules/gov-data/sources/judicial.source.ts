import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource } from '@rongtong/shared';
import { allRead } from './raw-fields';
import type { GovSourceDescription } from './source-description';

export interface CourtCase {
  caseNumber: string;
  court: string;
  role: 'PLAINTIFF' | 'DEFENDANT';
  cause: string;
  /** YYYY-MM-DD */
  filedOn: string;
  amountFen: number;
  status: 'PENDING' | 'CLOSED';
}

export interface Enforcement {
  caseNumber: string;
  court: string;
  amountFen: number;
  /** YYYY-MM-DD */
  filedOn: string;
  status: 'ACTIVE' | 'CLOSED';
}

/** 司法涉诉信息, normalised. */
export interface JudicialRecord {
  cases: CourtCase[] | null;
  enforcements: Enforcement[] | null;
  dishonestDebtor: boolean | null;
  /** YYYY-MM-DD, null when not on the list. */
  dishonestSince: string | null;
}

export const JUDICIAL_SOURCE: GovSourceDescription<JudicialRecord> = {
  key: DataSource.JUDICIAL,
  scope: DataSource.JUDICIAL,
  slug: DATA_SOURCE_SLUGS[DataSource.JUDICIAL],
  label: DATA_SOURCE_LABELS[DataSource.JUDICIAL],
  signing: 'HMAC-SM3',
  freshnessHours: 24,
  retry: { attempts: 3, backoffMs: 200 },
  maxPayloadBytes: 512 * 1024,
  fields: ['cases', 'enforcements', 'dishonestDebtor', 'dishonestSince'],
  map: (data) => ({
    cases: data.list('cases', 500, (entry) =>
      allRead<CourtCase>({
        caseNumber: entry.text('caseNumber', 64),
        court: entry.text('court', 128),
        role: entry.oneOf('role', ['PLAINTIFF', 'DEFENDANT'] as const),
        cause: entry.text('cause', 128),
        filedOn: entry.date('filedOn'),
        amountFen: entry.fen('amountFen'),
        status: entry.oneOf('status', ['PENDING', 'CLOSED'] as const),
      }),
    ),
    enforcements: data.list('enforcements', 500, (entry) =>
      allRead<Enforcement>({
        caseNumber: entry.text('caseNumber', 64),
        court: entry.text('court', 128),
        amountFen: entry.fen('amountFen'),
        filedOn: entry.date('filedOn'),
        status: entry.oneOf('status', ['ACTIVE', 'CLOSED'] as const),
      }),
    ),
    dishonestDebtor: data.boolean('dishonestDebtor'),
    dishonestSince: data.optionalDate('dishonestSince'),
  }),
};
