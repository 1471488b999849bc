import { floor, max, min } from './math';

/**
 * Calendar months as integers (`year × 12 + month − 1`), so series arithmetic is plain addition. The exchange
 * keeps China time: "the current month" is the month in UTC+8.
 */
export type MonthIndex = number;

const CHINA_OFFSET_MS = 8 * 3_600_000;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(month: MonthIndex): number {
  return floor(month / 12);
}

/** 1–12 */
export function monthOfYear(month: MonthIndex): number {
  return (month % 12) + 1;
}

export function formatMonth(month: MonthIndex): string {
  return `${yearOf(month)}-${String(monthOfYear(month)).padStart(2, '0')}`;
}

/** `YYYY-MM` → index; undefined for anything else (years 1900–2999 only). */
export function parseMonth(text: string): MonthIndex | undefined {
  const match = MONTH_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1900 || year > 2999) return undefined;
  return monthIndex(year, Number(match[2]));
}

export function daysInMonth(month: MonthIndex): number {
  return new Date(Date.UTC(yearOf(month), monthOfYear(month), 0)).getUTCDate();
}

/** The last day of the month, `YYYY-MM-DD`. */
export function lastDayOf(month: MonthIndex): string {
  return `${formatMonth(month)}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** The month of a `YYYY-MM-DD` date. */
export function monthOfDate(date: string): MonthIndex {
  return monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** Day `day` (1-based, clamped to the month's length) of the month, `YYYY-MM-DD`. */
export function dateIn(month: MonthIndex, day: number): string {
  const clamped = min(max(1, day), daysInMonth(month));
  return `${formatMonth(month)}-${String(clamped).padStart(2, '0')}`;
}

/** The current month in China time. */
export function currentMonth(nowMs: number): MonthIndex {
  const china = new Date(nowMs + CHINA_OFFSET_MS);
  return monthIndex(china.getUTCFullYear(), china.getUTCMonth() + 1);
}

const YEAR_MS = 365.25 * 86_400_000;

/** Years from a `YYYY-MM-DD` date to the end of the month (0 when the date is later). */
export function yearsUntilEndOf(date: string, month: MonthIndex): number {
  const monthEnd = Date.UTC(yearOf(month), monthOfYear(month), 1);
  return max(0, (monthEnd - Date.parse(`${date}T00:00:00Z`)) / YEAR_MS);
}
