import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, DataSource } from '@rongtong/shared';
import { allRead } from './raw-fields';
import type { GovSourceDescription } from './source-description';

export interface AdministrativePenalty {
  decisionNumber: string;
  authority: string;
  reason: string;
  amountFen: number;
  /** YYYY-MM-DD */
  decidedOn: string;
}

/** 行政处罚信息, normalised. */
export interface AdministrativePenaltiesRecord {
  penalties: AdministrativePenalty[] | null;
}

export const ADMINISTRATIVE_PENALTIES_SOURCE: GovSourceDescription<AdministrativePenaltiesRecord> = {
  key: DataSource.ADMINISTRATIVE_PENALTIES,
  scope: DataSource.ADMINISTRATIVE_PENALTIES,
  slug: DATA_SOURCE_SLUGS[DataSource.ADMINISTRATIVE_PENALTIES],
  label: DATA_SOURCE_LABELS[DataSource.ADMINISTRATIVE_PENALTIES],
  signing: 'HMAC-SM3',
  freshnessHours: 7 * 24,
  retry: { attempts: 3, backoffMs: 200 },
  maxPayloadBytes: 256 * 1024,
  fields: ['penalties'],
  map: (data) => ({
    penalties: data.list('penalties', 500, (entry) =>
      allRead<AdministrativePenalty>({
        decisionNumber: entry.text('decisionNumber', 64),
        authority: entry.text('authority', 128),
        reason: entry.text('reason', 256),
        amountFen: entry.fen('amountFen'),
        decidedOn: entry.date('decidedOn'),
      }),
    ),
  }),
};
