import {
  DEFAULT_FORM,
  formatScore,
  MESSAGES,
  parseRecommendForm,
  parseStepOne,
  togglePreference,
  type RecommendForm,
} from './recommend-model'

const form = (overrides: Partial<RecommendForm> = {}): RecommendForm => ({ ...DEFAULT_FORM, ...overrides })

describe('parseStepOne', () => {
  it('converts 万元 to fen exactly', () => {
    expect(parseStepOne(form({ amount: '100', term: '12' }))).toEqual({ ok: true, value: { amountFen: 100_000_000, termMonths: 12 } })
    expect(parseStepOne(form({ amount: '0.01' }))).toEqual({ ok: true, value: { amountFen: 10_000, termMonths: 12 } })
    expect(parseStepOne(form({ amount: '12.34' }))).toEqual({ ok: true, value: { amountFen: 12_340_000, termMonths: 12 } })
  })

  it.each([['0'], [''], ['-5'], ['1.234'], ['abc'], ['100001']])('rejects the amount %p', (amount) => {
    expect(parseStepOne(form({ amount }))).toEqual({ ok: false, errors: { amount: MESSAGES.amount } })
  })

  it.each([['0'], ['361'], ['1.5'], ['']])('rejects the term %p', (term) => {
    expect(parseStepOne(form({ term }))).toEqual({ ok: false, errors: { term: MESSAGES.term } })
  })
})

describe('parseRecommendForm', () => {
  it('turns a percentage into basis points and keeps the chips in the tender order', () => {
    expect(parseRecommendForm(form({ rate: '4.5', preferences: ['ONLINE', 'LOW_RATE'] }))).toEqual({
      ok: true,
      value: { amountFen: 100_000_000, termMonths: 12, preferences: ['LOW_RATE', 'ONLINE'], expectedRateBp: 450 },
    })
  })

  it('leaves the expected rate out when empty', () => {
    const result = parseRecommendForm(form())
    expect(result.ok && result.value.expectedRateBp).toBeNull()
  })

  it('reports every invalid field at once', () => {
    expect(parseRecommendForm(form({ amount: '', rate: '24.01' }))).toEqual({
      ok: false,
      errors: { amount: MESSAGES.amount, rate: MESSAGES.rate },
    })
  })
})

describe('helpers', () => {
  it('toggles a chip', () => {
    expect(togglePreference(['FAST'], 'ONLINE')).toEqual(['FAST', 'ONLINE'])
    expect(togglePreference(['FAST', 'ONLINE'], 'FAST')).toEqual(['ONLINE'])
  })

  it('formats the score', () => {
    expect(formatScore(90)).toBe('90分')
    expect(formatScore(48.6)).toBe('48.6分')
  })
})
