import type { JudicialData } from '@rongtong/shared';
import { yearlyEvents, yuanFen, type DatedEvent } from '../model/events';
import type { EnterpriseModel } from '../model/latent-risk';
import { exp, floor, max, round } from '../model/math';
import { dateIn, type MonthIndex } from '../model/months';
import { NoiseStream } from '../model/noise';
import { localityOf } from './places';

/** Court records of the last five years (60 months up to the as-of month). */
export const JUDICIAL_LOOKBACK_MONTHS = 60;

const DEFENDANT_CAUSES = ['买卖合同纠纷', '借款合同纠纷', '金融借款合同纠纷', '劳动争议', '租赁合同纠纷', '服务合同纠纷'];
const PLAINTIFF_CAUSES = ['买卖合同纠纷', '承揽合同纠纷', '服务合同纠纷', '不当得利纠纷'];
const CONSTRUCTION_CAUSE = '建设工程施工合同纠纷';

type Case = JudicialData['cases'][number];
type Enforcement = JudicialData['enforcements'][number];

export function judicial(model: EnterpriseModel): JudicialData {
  const from = model.asOf - JUDICIAL_LOOKBACK_MONTHS + 1;
  const locality = localityOf(model.enterprise.regionCode);
  const monthlyRevenue = model.activity.size.annualRevenueFen / 12;

  const cases = yearlyEvents(model, NoiseStream.CASES, model.events.casesPerYear, from, model.asOf).map(
    (event): Case => {
      const defendant = event.uniform(0) < model.events.defendantShare;
      const causes = defendant ? DEFENDANT_CAUSES : PLAINTIFF_CAUSES;
      const construction = model.enterprise.industryCode >= '47' && model.enterprise.industryCode <= '50';
      const cause = construction && event.uniform(1) < 0.4 ? CONSTRUCTION_CAUSE : causes[floor(event.uniform(2) * causes.length)];
      const durationMonths = 2 + floor(event.uniform(3) * 13);
      return {
        caseNumber: caseNumber(event, locality.courtCode, '民初', 4),
        court: locality.court,
        role: defendant ? 'DEFENDANT' : 'PLAINTIFF',
        cause,
        filedOn: event.date,
        amountFen: yuanFen(monthlyRevenue * 0.4 * exp(event.normal(0)), 2_000),
        status: event.month + durationMonths <= model.asOf ? 'CLOSED' : 'PENDING',
      };
    },
  );

  const enforcementEvents = yearlyEvents(model, NoiseStream.ENFORCEMENTS, model.events.enforcementsPerYear, from, model.asOf);
  const enforcements: Enforcement[] = [];
  const listedOn: string[] = [];
  for (const event of enforcementEvents) {
    const closesAt: MonthIndex = event.month + max(1, round(model.events.enforcementMedianMonths * exp(0.6 * event.normal(0))));
    const active = closesAt > model.asOf;
    enforcements.push({
      caseNumber: caseNumber(event, locality.courtCode, '执', 0),
      court: locality.court,
      amountFen: yuanFen(monthlyRevenue * 0.3 * exp(0.8 * event.normal(1)), 1_000),
      filedOn: event.date,
      status: active ? 'ACTIVE' : 'CLOSED',
    });
    const listing = dishonestListing(model, event, closesAt);
    if (listing !== null && active) listedOn.push(listing);
  }
  listedOn.sort();
  return {
    cases: newestFirst(cases),
    enforcements: newestFirst(enforcements),
    dishonestDebtor: listedOn.length > 0,
    dishonestSince: listedOn[0] ?? null,
  };
}

/**
 * An enforcement not paid within 3–8 months may put the enterprise on the dishonest-debtor list (失信被执行人) until
 * it is closed; the date it was listed, or null when it never was by the as-of month.
 */
function dishonestListing(model: EnterpriseModel, event: DatedEvent, closesAt: MonthIndex): string | null {
  if (event.uniform(4) >= model.events.dishonestListing) return null;
  const listedMonth = event.month + 3 + floor(event.uniform(5) * 6);
  if (listedMonth >= closesAt || listedMonth > model.asOf) return null;
  return dateIn(listedMonth, Number(event.date.slice(8, 10)));
}

/** （2025）皖1202民初1234号, the sequence number from the event's uniform number `draw`. */
function caseNumber(event: DatedEvent, courtCode: string, kind: string, draw: number): string {
  const sequence = 1 + floor(event.uniform(draw) * 9_999);
  return `（${event.year}）${courtCode}${kind}${sequence}号`;
}

function newestFirst<T extends { filedOn: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.filedOn < b.filedOn ? 1 : a.filedOn > b.filedOn ? -1 : 0));
}
