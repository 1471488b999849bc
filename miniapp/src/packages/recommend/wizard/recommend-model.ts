import { yuanToFen } from '@rongtong/shared'

/** The preference chips, in the order of the tender (values equal the GraphQL enum RecommendationPreference). */
export const PREFERENCES = ['LOW_RATE', 'HIGH_AMOUNT', 'FAST', 'NO_COLLATERAL', 'ONLINE'] as const
export type Preference = (typeof PREFERENCES)[number]

export const PREFERENCE_LABELS: Record<Preference, string> = {
  LOW_RATE: '低利率',
  HIGH_AMOUNT: '高额度',
  FAST: '放款快',
  NO_COLLATERAL: '免抵押',
  ONLINE: '纯线上',
}

export interface RecommendForm {
  /** 万元, as typed */
  amount: string
  /** months, as typed */
  term: string
  preferences: Preference[]
  /** percent per year, as typed; empty = no expectation */
  rate: string
}

export const DEFAULT_FORM: RecommendForm = { amount: '100', term: '12', preferences: [], rate: '' }

export interface RecommendInput {
  amountFen: number
  termMonths: number
  preferences: Preference[]
  expectedRateBp: number | null
}

export type RecommendErrors = Partial<Record<'amount' | 'term' | 'rate', string>>

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: RecommendErrors }

const DECIMAL = /^\d+(\.\d{1,2})?$/
const MAX_AMOUNT_WAN = 100_000
const WAN_IN_FEN = 1_000_000

export const MESSAGES = {
  amount: '请输入大于 0 的融资金额（万元），最多两位小数，不超过 10 亿元',
  term: '融资期限应为 1～360 个月的整数',
  rate: '期望利率应为 0～24 之间的百分数，最多两位小数',
} as const

function parseAmountFen(text: string): number | undefined {
  const value = text.trim()
  if (!DECIMAL.test(value) || Number(value) <= 0 || Number(value) > MAX_AMOUNT_WAN) return undefined
  // 万元 → 元 is a shift of four decimal places; yuanToFen keeps it exact.
  return yuanToFen(value) * (WAN_IN_FEN / 100)
}

function parseTerm(text: string): number | undefined {
  const value = text.trim()
  if (!/^\d{1,3}$/.test(value)) return undefined
  const months = Number(value)
  return months >= 1 && months <= 360 ? months : undefined
}

/** '4.35' → 435; empty → null; invalid → undefined. */
function parseRateBp(text: string): number | null | undefined {
  const value = text.trim()
  if (value === '') return null
  if (!DECIMAL.test(value)) return undefined
  const [whole, fraction = ''] = value.split('.')
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return bp <= 2400 ? bp : undefined
}

/** Step 1: amount and term. */
export function parseStepOne(form: RecommendForm): ParseResult<{ amountFen: number; termMonths: number }> {
  const amountFen = parseAmountFen(form.amount)
  const termMonths = parseTerm(form.term)
  const errors: RecommendErrors = {}
  if (amountFen === undefined) errors.amount = MESSAGES.amount
  if (termMonths === undefined) errors.term = MESSAGES.term
  if (amountFen === undefined || termMonths === undefined) return { ok: false, errors }
  return { ok: true, value: { amountFen, termMonths } }
}

/** Both steps: the variables of recommendProducts. */
export function parseRecommendForm(form: RecommendForm): ParseResult<RecommendInput> {
  const first = parseStepOne(form)
  const expectedRateBp = parseRateBp(form.rate)
  const errors: RecommendErrors = first.ok ? {} : { ...first.errors }
  if (expectedRateBp === undefined) errors.rate = MESSAGES.rate
  if (!first.ok || expectedRateBp === undefined) return { ok: false, errors }
  const preferences = PREFERENCES.filter((preference) => form.preferences.includes(preference))
  return { ok: true, value: { ...first.value, preferences, expectedRateBp } }
}

export function togglePreference(selected: readonly Preference[], preference: Preference): Preference[] {
  return selected.includes(preference) ? selected.filter((item) => item !== preference) : [...selected, preference]
}

/** 86.5 → '86.5分'; the score is 0–100 with one decimal. */
export function formatScore(score: number): string {
  return `${Number.isInteger(score) ? score : score.toFixed(1)}分`
}
