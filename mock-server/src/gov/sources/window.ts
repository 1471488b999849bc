import type { MonthIndex } from '../model/months';

/** Monthly series cover the 24 months ending at the as-of month, oldest first. */
export const SERIES_MONTHS = 24;

export function seriesWindow(asOf: MonthIndex): MonthIndex[] {
  return Array.from({ length: SERIES_MONTHS }, (_, index) => asOf - SERIES_MONTHS + 1 + index);
}
