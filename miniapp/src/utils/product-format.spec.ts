import { formatAmountRange, formatDateCn, formatRateRange, formatTermRange } from './product-format'

describe('product formatting', () => {
  it('shows one rate when both ends agree, otherwise a range', () => {
    expect(formatRateRange(435, 435)).toBe('4.35%')
    expect(formatRateRange(345, 600)).toBe('3.45%–6.00%')
  })

  it('does not show a 0.00% rate for products that carry no interest', () => {
    expect(formatRateRange(0, 0)).toBe('不计息')
  })

  it('shows amounts in 万元 / 亿元', () => {
    expect(formatAmountRange(50_000_000, 50_000_000)).toBe('50万元')
    expect(formatAmountRange(10_000_000, 12_000_000_000)).toBe('10万元–1.2亿元')
  })

  it('shows terms in months', () => {
    expect(formatTermRange(12, 12)).toBe('12个月')
    expect(formatTermRange(3, 36)).toBe('3–36个月')
  })

  it('shows dates in China Standard Time', () => {
    expect(formatDateCn('2025-10-31T17:30:00.000Z')).toBe('2025年11月1日')
    expect(formatDateCn('not a date')).toBe('')
  })
})
