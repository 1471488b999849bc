import { EnterpriseScale, EnterpriseType } from '@rongtong/shared'
import { ALL_ENTERPRISES, audienceLine } from './policy-audience'

const NONE = { industryCodes: [], scales: [], enterpriseTypes: [] }

describe('audienceLine', () => {
  it('says 面向全部企业 when all three lists are empty', () => {
    expect(audienceLine(NONE)).toBe(ALL_ENTERPRISES)
    expect(ALL_ENTERPRISES).toBe('面向全部企业')
  })

  it('names industries, scales and enterprise types in that order', () => {
    expect(
      audienceLine({
        industryCodes: ['C', 'H'],
        scales: [EnterpriseScale.MEDIUM, EnterpriseScale.SMALL],
        enterpriseTypes: [EnterpriseType.LIMITED_COMPANY],
      }),
    ).toBe('适用：制造业，住宿和餐饮业 · 中型、小型企业 · 有限责任公司')
  })

  it('mixes section and division names', () => {
    expect(audienceLine({ ...NONE, industryCodes: ['A', '27'] })).toBe('适用：农、林、牧、渔业，医药制造业')
  })

  it('leaves out a tag whose list is empty (every enterprise as far as that tag goes)', () => {
    expect(audienceLine({ ...NONE, scales: [EnterpriseScale.SMALL, EnterpriseScale.MICRO] })).toBe('适用：小型、微型企业')
    expect(
      audienceLine({ ...NONE, industryCodes: ['F'], enterpriseTypes: [EnterpriseType.INDIVIDUAL_BUSINESS, EnterpriseType.FARMERS_COOPERATIVE] }),
    ).toBe('适用：批发和零售业 · 个体工商户、农民专业合作社')
  })

  it('names a repeated code once', () => {
    expect(audienceLine({ ...NONE, industryCodes: ['C', 'C'] })).toBe('适用：制造业')
  })
})
