import { DataSource, type JudicialData } from '@rongtong/shared';
import { allRead } from './raw-fields';
import { exchangeSource, type GovSourceDescription, type Normalised } from './source-description';

export type CourtCase = JudicialData['cases'][number];
export type Enforcement = JudicialData['enforcements'][number];

/** 司法涉诉信息, normalised (dishonestSince is null also when the enterprise is not on the list). */
export type JudicialRecord = Normalised<JudicialData>;

export const JUDICIAL_SOURCE: GovSourceDescription<JudicialRecord> = {
  ...exchangeSource(DataSource.JUDICIAL),
  freshnessHours: 24,
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
