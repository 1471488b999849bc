/**
 * Calendar months as integers (`year × 12 + month − 1`), as the exchange's series are keyed; the same arithmetic as
 * mock-server's model so the training set and live data agree to the day.
 */
export type MonthIndex = number;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/;
const YEAR_MS = 365.25 * 86_400_000;

/** `YYYY-MM` → index; null for anything else. */
export function monthOf(text: string): MonthIndex | null {
  const match = MONTH_PATTERN.exec(text);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** The month of a `YYYY-MM-DD` date; null for anything else. */
export function monthOfDate(date: string): MonthIndex | null {
  const match = DATE_PATTERN.exec(date);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

export function addMonths(month: MonthIndex, months: number): MonthIndex {
  return month + months;
}

/** Years (of 365.25 days) from a `YYYY-MM-DD` date to the end of the month; 0 when the date is later; null when malformed. */
export function yearsToEndOfMonth(date: string, month: MonthIndex): number | null {
  if (!DATE_PATTERN.test(date)) return null;
  const start = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  const monthEnd = Date.UTC(Math.floor(month / 12), (month % 12) + 1, 1);
  return Math.max(0, (monthEnd - start) / YEAR_MS);
}
