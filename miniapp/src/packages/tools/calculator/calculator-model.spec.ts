import { buildSchedule, RepaymentMethod } from '@rongtong/shared'
import {
  calculate,
  DEFAULT_FORM,
  pageOfRows,
  parseCalculatorForm,
  type CalculatorForm,
  type CalculatorInput,
} from './calculator-model'

const form = (overrides: Partial<CalculatorForm> = {}): CalculatorForm => ({ ...DEFAULT_FORM, ...overrides })

function parsed(overrides: Partial<CalculatorForm>): CalculatorInput {
  const result = parseCalculatorForm(form(overrides))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.input
}

function errorsOf(overrides: Partial<CalculatorForm>) {
  const result = parseCalculatorForm(form(overrides))
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

describe('parseCalculatorForm', () => {
  it('converts 万元 to fen and a percentage to basis points without floating point', () => {
    expect(parsed({})).toEqual({
      principalFen: 100_000_000,
      annualRateBp: 435,
      termMonths: 12,
      method: RepaymentMethod.EQUAL_INSTALLMENT,
    })
    expect(parsed({ amount: '0.123456', unit: 'WAN' }).principalFen).toBe(123_456)
    expect(parsed({ amount: '12.5' }).principalFen).toBe(12_500_000)
    expect(parsed({ amount: ' 3650.07 ', unit: 'YUAN' }).principalFen).toBe(365_007)
    expect(parsed({ rate: '3.1' }).annualRateBp).toBe(310)
    expect(parsed({ rate: '0' }).annualRateBp).toBe(0)
  })

  it('reports every wrong field in Chinese at once', () => {
    expect(errorsOf({ amount: '', rate: '', term: '' })).toEqual({
      amount: '请输入贷款金额',
      rate: '请输入年利率',
      term: '请输入贷款期限',
    })
    expect(errorsOf({ amount: 'abc', rate: '4.355', term: '1.5' })).toEqual({
      amount: '贷款金额应为数字，最多六位小数',
      rate: '年利率应为数字，最多两位小数，如 4.35',
      term: '贷款期限应为整数月',
    })
  })

  it('rejects out-of-range amounts, rates, terms and unknown methods', () => {
    expect(errorsOf({ amount: '0' }).amount).toBe('贷款金额应大于0')
    expect(errorsOf({ amount: '-5' }).amount).toBe('贷款金额应为数字，最多六位小数')
    expect(errorsOf({ amount: '100000.01' }).amount).toBe('贷款金额不能超过100000万元')
    expect(errorsOf({ amount: '1.234', unit: 'YUAN' }).amount).toBe('贷款金额应为数字，最多两位小数')
    expect(errorsOf({ rate: '24.01' }).rate).toBe('年利率应在0%～24%之间')
    expect(errorsOf({ term: '0' }).term).toBe('贷款期限应在1～360个月之间')
    expect(errorsOf({ term: '361' }).term).toBe('贷款期限应在1～360个月之间')
    expect(errorsOf({ method: 'BALLOON' as RepaymentMethod }).method).toBe('请选择还款方式')
  })
})

describe('calculate', () => {
  it('shows 100万元 at 4.35% over 12 months, 等额本息, from the shared schedule', () => {
    const input = parsed({})
    const schedule = buildSchedule(input)
    const result = calculate(input)
    expect(result.firstPaymentFen).toBe(schedule.instalments[0].paymentFen)
    expect(result.payment).toBe('¥85,309.90')
    expect(result.paymentLabel).toBe('每月还款')
    expect(result.methodLabel).toBe('等额本息')
    expect(result.principal).toBe('¥1,000,000.00')
    expect(result.totalInterest).toMatch(/^¥23,7\d\d\.\d\d$/)
    expect(result.apr).toBe('4.35%')
    expect(result.rows).toHaveLength(12)
    expect(result.rows[0]).toEqual({
      period: '第1期',
      payment: '¥85,309.90',
      principal: '¥81,684.90',
      interest: '¥3,625.00',
      remaining: '¥918,315.10',
    })
    expect(result.rows[11].remaining).toBe('¥0.00')
  })

  it('summarises decreasing and interest-only payments', () => {
    const principal = calculate(parsed({ method: RepaymentMethod.EQUAL_PRINCIPAL }))
    expect(principal.paymentLabel).toBe('首月还款')
    expect(principal.payment).toBe('¥86,958.33')
    expect(principal.paymentDetail).toMatch(/^逐月递减约 ¥302\.\d\d，末期 ¥83,6\d\d\.\d\d$/)
    const interestFirst = calculate(parsed({ method: RepaymentMethod.INTEREST_FIRST }))
    expect(interestFirst.paymentLabel).toBe('每月付息')
    expect(interestFirst.payment).toBe('¥3,625.00')
    expect(interestFirst.paymentDetail).toBe('末期还本付息 ¥1,003,625.00')
    expect(interestFirst.totalInterest).toBe('¥43,500.00')
  })
})

describe('pageOfRows', () => {
  const rows = calculate(parsed({ term: '360' })).rows

  it('shows a year at a time and clamps the page', () => {
    expect(rows).toHaveLength(360)
    const first = pageOfRows(rows, 1)
    expect(first).toMatchObject({ page: 1, pageCount: 30, label: '第1～12期，共360期' })
    expect(first.rows).toHaveLength(12)
    expect(pageOfRows(rows, 99)).toMatchObject({ page: 30, label: '第349～360期，共360期' })
    expect(pageOfRows(rows, 0).page).toBe(1)
    expect(pageOfRows(rows.slice(0, 5), 1)).toMatchObject({ pageCount: 1, label: '第1～5期，共5期' })
  })
})
