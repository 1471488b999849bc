import { formatBeijingClock, formatBeijingDate, formatBeijingDateTime } from './beijing-time'

describe('formatBeijingClock', () => {
  it('shows a UTC instant as the wall-clock time in China', () => {
    expect(formatBeijingClock('2026-03-02T06:05:00.000Z')).toBe('14:05')
    expect(formatBeijingClock('2026-03-02T16:30:00Z')).toBe('00:30')
  })

  it('returns null for something that is not a time', () => {
    expect(formatBeijingClock('soon')).toBeNull()
  })
})

describe('formatBeijingDate and formatBeijingDateTime', () => {
  it('give the date (and time) in China, which is the next day from 16:00 UTC', () => {
    expect(formatBeijingDate('2026-11-25T16:30:00.000Z')).toBe('2026-11-26')
    expect(formatBeijingDate('2026-11-25T15:59:00.000Z')).toBe('2026-11-25')
    expect(formatBeijingDateTime('2026-11-26T02:05:00.000Z')).toBe('2026-11-26 10:05')
    expect(formatBeijingDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00')
  })

  it('give an empty string for something that is not a time', () => {
    expect(formatBeijingDate('')).toBe('')
    expect(formatBeijingDateTime('later')).toBe('')
  })
})
