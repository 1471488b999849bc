/**
 * Resume points of live subscriptions. Event ids are time-ordered UUIDs (v7: 48 bits of milliseconds first), so
 * "after this id" is "after this moment"; a cursor is such an id — the last event a client received, or the one
 * the server gives at connection_ack (`cursorAt` its clock: the smallest id of that millisecond).
 */
export const CURSOR_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function cursorAt(epochMs: number): string {
  const hex = Math.max(0, Math.floor(epochMs)).toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

/** The millisecond a time-ordered id or cursor was taken in. */
export function timeOfCursor(cursor: string): number {
  return parseInt(cursor.slice(0, 8) + cursor.slice(9, 13), 16);
}

/**
 * Where a replay for `after` starts: `marginMs` before it (an event written earlier may have committed later, inside
 * a longer transaction; the client drops what it already has by id), but never further back than `windowMs` before
 * now — a client away longer reloads its state instead.
 */
export function replayStart(after: string, nowMs: number, windowMs: number, marginMs: number): string {
  return cursorAt(Math.max(timeOfCursor(after) - marginMs, nowMs - windowMs));
}
