import { DataSource, type AdministrativePenaltiesData } from '@rongtong/shared';
import { allRead } from './raw-fields';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export type AdministrativePenalty = AdministrativePenaltiesData['penalties'][number];

/** 行政处罚信息, normalised. */
export type AdministrativePenaltiesRecord = Normalised<AdministrativePenaltiesData>;

export const ADMINISTRATIVE_PENALTIES_SOURCE: GovSourceDescription<AdministrativePenaltiesRecord> = {
  ...exchangeSource(DataSource.ADMINISTRATIVE_PENALTIES),
  freshnessHours: 7 * 24,
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
