import { EnterpriseScale, PolicyLevel } from '@rongtong/shared'
import { emptyPolicyForm, toPolicyInput } from './policy-form'

describe('toPolicyInput', () => {
  it('splits industry codes on commas and spaces, upper-cased, and keeps the chosen scales', () => {
    const input = toPolicyInput({ ...emptyPolicyForm('2026-11-26'), industryCodes: ' c，39  A', scales: [EnterpriseScale.SMALL] })
    expect(input.industryCodes).toEqual(['C', '39', 'A'])
    expect(input.scales).toEqual([EnterpriseScale.SMALL])
    expect(input.level).toBe(PolicyLevel.CITY)
    expect(input.issuedOn).toBe('2026-11-26')
  })

  it('sends no industry codes for an empty field (the policy targets every industry)', () => {
    expect(toPolicyInput(emptyPolicyForm('2026-11-26')).industryCodes).toEqual([])
  })
})
