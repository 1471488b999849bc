import type { EnterpriseModel } from './latent-risk';
import { floor, max, round } from './math';
import { dateIn, daysInMonth, monthIndex, yearOf, type MonthIndex } from './months';
import { NoiseStream, poisson, standardNormal } from './noise';

/** One dated event and the keyed draws that describe it further (amount, duration, …). */
export interface DatedEvent {
  year: number;
  month: MonthIndex;
  date: string;
  /** The k-th uniform of this event (k < 6). */
  uniform(k: number): number;
  /** The k-th standard normal of this event (k < 4). */
  normal(k: number): number;
}

/** Draws per event: month and day, then 6 uniforms, then 4 normals (2 uniforms each). */
const UNIFORMS = 6;
const NORMALS = 4;
const DRAWS_PER_EVENT = 2 + UNIFORMS + 2 * NORMALS;

/**
 * Events of a Poisson process with `perYear` events a year, drawn year by year with keyed noise, so a year's
 * events are the same whichever window asks; only those from `from` to `to` (inclusive) and not before the
 * enterprise's establishment are returned, oldest first.
 */
export function yearlyEvents(
  model: EnterpriseModel,
  stream: NoiseStream,
  perYear: number,
  from: MonthIndex,
  to: MonthIndex,
): DatedEvent[] {
  const events: DatedEvent[] = [];
  const first = max(from, model.established);
  for (let year = yearOf(first); year <= yearOf(to); year += 1) {
    const count = poisson(perYear, model.noise.uniform(stream, year, 0));
    for (let index = 0; index < count; index += 1) {
      const base = 1 + index * DRAWS_PER_EVENT;
      const uniform = (k: number): number => model.noise.uniform(stream, year, base + k);
      const month = monthIndex(year, 1 + floor(uniform(0) * 12));
      if (month < first || month > to) continue;
      const date = dateIn(month, 1 + floor(uniform(1) * daysInMonth(month)));
      if (month === model.established && date < model.enterprise.establishedOn) continue;
      events.push({
        year,
        month,
        date,
        uniform: (k) => uniform(2 + (k % UNIFORMS)),
        normal: (k) => standardNormal(uniform(2 + UNIFORMS + 2 * (k % NORMALS)), uniform(3 + UNIFORMS + 2 * (k % NORMALS))),
      });
    }
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A whole number of yuan in fen, at least `minimumYuan`. */
export function yuanFen(fen: number, minimumYuan: number): number {
  return max(minimumYuan * 100, round(fen / 10_000) * 10_000);
}
