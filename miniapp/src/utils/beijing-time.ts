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
