import { formatBeijingClock } from './beijing-time'

describe('formatBeijingClock', () => {
  it('shows a UTC instant as the wall-clock time in China', () => {
    expect(formatBeijingClock('2026-03-02T06:05:00.000Z')).toBe('14:05')
    expect(formatBeijingClock('2026-03-02T16:30:00Z')).toBe('00:30')
  })

  it('returns null for something that is not a time', () => {
    expect(formatBeijingClock('soon')).toBeNull()
  })
})
