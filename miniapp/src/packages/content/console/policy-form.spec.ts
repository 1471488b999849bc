import { EnterpriseScale, EnterpriseType, PolicyLevel } from '@rongtong/shared'
import { emptyPolicyForm, policyFormFrom, toPolicyInput } from './policy-form'

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

describe('policyFormFrom', () => {
  it('loads a stored policy so that saving it unchanged sends the same fields back, with the attachments in order', () => {
    const stored = {
      title: '阜阳市科技型企业贷款贴息办法',
      level: PolicyLevel.PROVINCE,
      issuer: '安徽省地方金融管理局',
      documentNumber: '皖金管〔2026〕3号',
      issuedOn: '2026-10-01',
      summary: '贴息。',
      bodyHtml: '<p>正文</p>',
      industryCodes: ['C', '39'],
      scales: [EnterpriseScale.MICRO],
      enterpriseTypes: [EnterpriseType.LIMITED_COMPANY],
    }
    const input = toPolicyInput(policyFormFrom(stored), ['f2', 'f1'])
    expect(input).toEqual({ ...stored, attachmentIds: ['f2', 'f1'] })
  })
})
