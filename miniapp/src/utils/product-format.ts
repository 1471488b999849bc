import { formatAmountCompact, formatRateBp } from '@rongtong/shared'

/** Equity and other non-lending products carry no interest; their rate range is 0–0. */
export const NO_INTEREST_LABEL = '不计息'

/** '3.45%' when both ends agree, otherwise '3.45%–6.00%'; 不计息 for products without interest. */
export function formatRateRange(minRateBp: number, maxRateBp: number): string {
  if (maxRateBp === 0) return NO_INTEREST_LABEL
  if (minRateBp === maxRateBp) return formatRateBp(minRateBp)
  return `${formatRateBp(minRateBp)}–${formatRateBp(maxRateBp)}`
}

/** '50万元–500万元', or one amount when the range is a single value. */
export function formatAmountRange(minAmountFen: number, maxAmountFen: number): string {
  if (minAmountFen === maxAmountFen) return formatAmountCompact(maxAmountFen)
  return `${formatAmountCompact(minAmountFen)}–${formatAmountCompact(maxAmountFen)}`
}

/** '12个月' or '3–36个月'. */
export function formatTermRange(minTermMonths: number, maxTermMonths: number): string {
  if (minTermMonths === maxTermMonths) return `${maxTermMonths}个月`
  return `${minTermMonths}–${maxTermMonths}个月`
}

/** '2025年11月26日' in China Standard Time, from a UTC ISO string. */
export function formatDateCn(isoUtc: string): string {
  const instant = new Date(isoUtc)
  if (Number.isNaN(instant.getTime())) return ''
  const chinaTime = new Date(instant.getTime() + 8 * 60 * 60 * 1000)
  return `${chinaTime.getUTCFullYear()}年${chinaTime.getUTCMonth() + 1}月${chinaTime.getUTCDate()}日`
}
