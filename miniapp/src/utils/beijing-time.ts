const BEIJING_OFFSET_MS = 8 * 60 * 60_000

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * HH:mm of an instant in China Standard Time (UTC+8 all year). Computed by hand because mini-program
 * JavaScript engines do not all ship time-zone data for Intl.
 */
export function formatBeijingClock(iso: string): string | null {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return null
  const beijing = new Date(time + BEIJING_OFFSET_MS)
  return `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
}

function beijingParts(iso: string): Date | null {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : new Date(time + BEIJING_OFFSET_MS)
}

/** YYYY-MM-DD of an instant in China Standard Time: '2026-11-25T16:30:00.000Z' → '2026-11-26'; '' for no time. */
export function formatBeijingDate(iso: string): string {
  const beijing = beijingParts(iso)
  return beijing ? `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())}` : ''
}

/** YYYY-MM-DD HH:mm in China Standard Time: '2026-11-26T02:05:00.000Z' → '2026-11-26 10:05'; '' for no time. */
export function formatBeijingDateTime(iso: string): string {
  const clock = formatBeijingClock(iso)
  return clock === null ? '' : `${formatBeijingDate(iso)} ${clock}`
}
