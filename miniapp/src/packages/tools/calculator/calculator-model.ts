import {
  buildSchedule,
  formatFen,
  formatRateBp,
  REPAYMENT_METHOD_LABELS,
  RepaymentMethod,
  scheduleAprBp,
  yuanToFen,
  type RepaymentSchedule,
} from '@rongtong/shared'

/** What the user typed, exactly as typed. */
export type AmountUnit = 'WAN' | 'YUAN'

export interface CalculatorForm {
  amount: string
  unit: AmountUnit
  rate: string
  term: string
  method: RepaymentMethod
}

export interface CalculatorInput {
  principalFen: number
  annualRateBp: number
  termMonths: number
  method: RepaymentMethod
}

export type CalculatorField = 'amount' | 'rate' | 'term' | 'method'
export type CalculatorErrors = Partial<Record<CalculatorField, string>>

export type ParseResult = { ok: true; input: CalculatorInput } | { ok: false; errors: CalculatorErrors }

export const UNIT_LABELS: Record<AmountUnit, string> = { WAN: '万元', YUAN: '元' }
export const METHODS: readonly RepaymentMethod[] = [
  RepaymentMethod.EQUAL_INSTALLMENT,
  RepaymentMethod.EQUAL_PRINCIPAL,
  RepaymentMethod.INTEREST_FIRST,
]
export const MAX_PRINCIPAL_FEN = 100_000_000_000 // 10 亿元
export const MAX_RATE_BP = 2400
export const MAX_TERM_MONTHS = 360
export const ROUNDING_NOTE = '每期利息按剩余本金计算并四舍五入到分，最后一期含尾差。'

export const DEFAULT_FORM: CalculatorForm = {
  amount: '100',
  unit: 'WAN',
  rate: '4.35',
  term: '12',
  method: RepaymentMethod.EQUAL_INSTALLMENT,
}

const WAN_PATTERN = /^\d{1,6}(\.\d{1,6})?$/
const YUAN_PATTERN = /^\d{1,10}(\.\d{1,2})?$/
const RATE_PATTERN = /^\d{1,2}(\.\d{1,2})?$/
const TERM_PATTERN = /^\d{1,3}$/

/** '100' 万元 → '1000000.00' 元, by moving the decimal point, so no floating point is involved. */
function wanToYuanString(wan: string): string {
  const [whole, fraction = ''] = wan.split('.')
  const digits = fraction.padEnd(6, '0')
  return `${whole}${digits.slice(0, 4)}.${digits.slice(4)}`
}

function parseAmount(text: string, unit: AmountUnit): { fen?: number; error?: string } {
  const value = text.trim()
  if (value === '') return { error: '请输入贷款金额' }
  const pattern = unit === 'WAN' ? WAN_PATTERN : YUAN_PATTERN
  if (!pattern.test(value)) {
    return { error: unit === 'WAN' ? '贷款金额应为数字，最多六位小数' : '贷款金额应为数字，最多两位小数' }
  }
  const fen = yuanToFen(unit === 'WAN' ? wanToYuanString(value) : value)
  if (fen <= 0) return { error: '贷款金额应大于0' }
  if (fen > MAX_PRINCIPAL_FEN) return { error: '贷款金额不能超过100000万元' }
  return { fen }
}

function parseRate(text: string): { bp?: number; error?: string } {
  const value = text.trim()
  if (value === '') return { error: '请输入年利率' }
  if (!RATE_PATTERN.test(value)) return { error: '年利率应为数字，最多两位小数，如 4.35' }
  const [whole, fraction = ''] = value.split('.')
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (bp > MAX_RATE_BP) return { error: '年利率应在0%～24%之间' }
  return { bp }
}

function parseTerm(text: string): { months?: number; error?: string } {
  const value = text.trim()
  if (value === '') return { error: '请输入贷款期限' }
  if (!TERM_PATTERN.test(value)) return { error: '贷款期限应为整数月' }
  const months = Number(value)
  if (months < 1 || months > MAX_TERM_MONTHS) return { error: '贷款期限应在1～360个月之间' }
  return { months }
}

export function parseCalculatorForm(form: CalculatorForm): ParseResult {
  const amount = parseAmount(form.amount, form.unit)
  const rate = parseRate(form.rate)
  const term = parseTerm(form.term)
  const errors: CalculatorErrors = {}
  if (amount.error) errors.amount = amount.error
  if (rate.error) errors.rate = rate.error
  if (term.error) errors.term = term.error
  if (!METHODS.includes(form.method)) errors.method = '请选择还款方式'
  if (amount.fen === undefined || rate.bp === undefined || term.months === undefined || Object.keys(errors).length) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    input: { principalFen: amount.fen, annualRateBp: rate.bp, termMonths: term.months, method: form.method },
  }
}

export interface ScheduleRow {
  period: string
  payment: string
  principal: string
  interest: string
  remaining: string
}

export interface CalculatorResult {
  methodLabel: string
  /** '每月还款' / '首月还款' / '每月付息' */
  paymentLabel: string
  payment: string
  /** A second line when payments differ: '逐月递减 ¥x' or '末期还款 ¥x'; null for equal instalments. */
  paymentDetail: string | null
  firstPaymentFen: number
  totalInterest: string
  totalPayment: string
  principal: string
  apr: string
  rows: ScheduleRow[]
}

function toRows(schedule: RepaymentSchedule): ScheduleRow[] {
  return schedule.instalments.map((item) => ({
    period: `第${item.period}期`,
    payment: formatFen(item.paymentFen),
    principal: formatFen(item.principalFen),
    interest: formatFen(item.interestFen),
    remaining: formatFen(item.remainingFen),
  }))
}

function paymentSummary(input: CalculatorInput, schedule: RepaymentSchedule) {
  const items = schedule.instalments
  const first = items[0].paymentFen
  const last = items[items.length - 1].paymentFen
  if (input.method === RepaymentMethod.EQUAL_PRINCIPAL && items.length > 1) {
    const decrease = first - items[1].paymentFen
    return { paymentLabel: '首月还款', paymentDetail: `逐月递减约 ${formatFen(decrease)}，末期 ${formatFen(last)}` }
  }
  if (input.method === RepaymentMethod.INTEREST_FIRST) {
    return { paymentLabel: '每月付息', paymentDetail: `末期还本付息 ${formatFen(last)}` }
  }
  const detail = last !== first ? `最后一期 ${formatFen(last)}（含尾差）` : null
  return { paymentLabel: '每月还款', paymentDetail: detail }
}

export function calculate(input: CalculatorInput): CalculatorResult {
  const schedule = buildSchedule(input)
  return {
    methodLabel: REPAYMENT_METHOD_LABELS[input.method],
    ...paymentSummary(input, schedule),
    payment: formatFen(schedule.instalments[0].paymentFen),
    firstPaymentFen: schedule.instalments[0].paymentFen,
    totalInterest: formatFen(schedule.totalInterestFen),
    totalPayment: formatFen(schedule.totalPaymentFen),
    principal: formatFen(input.principalFen),
    apr: formatRateBp(scheduleAprBp(input.principalFen, schedule)),
    rows: toRows(schedule),
  }
}

export const ROWS_PER_PAGE = 12

export interface RowPage {
  rows: ScheduleRow[]
  page: number
  pageCount: number
  label: string
}

/** The schedule is shown a year (12 rows) at a time, so a 360-month loan never renders 360 rows at once. */
export function pageOfRows(rows: ScheduleRow[], requestedPage: number): RowPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE))
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount)
  const start = (page - 1) * ROWS_PER_PAGE
  const end = Math.min(start + ROWS_PER_PAGE, rows.length)
  return { rows: rows.slice(start, end), page, pageCount, label: `第${start + 1}～${end}期，共${rows.length}期` }
}
