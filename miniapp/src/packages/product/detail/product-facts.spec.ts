import { EnterpriseScale, GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared'
import { eligibilityFacts, institutionFacts, termsFacts, type ProductDetail } from './product-facts'

function product(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id: 'p1',
    name: '颍淮税易贷',
    category: ProductCategory.CREDIT,
    guaranteeMethods: [GuaranteeMethod.CREDIT],
    minAmountFen: 10_000_000,
    maxAmountFen: 300_000_000,
    minRateBp: 365,
    maxRateBp: 600,
    minTermMonths: 3,
    maxTermMonths: 36,
    summary: '凭纳税信用申请',
    onlineApply: true,
    description: '面向纳税信用 A、B 级的小微企业',
    repaymentMethods: [RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.INTEREST_FIRST],
    targetRegionCodes: [],
    targetIndustryCodes: [],
    targetScales: [],
    minYearsInBusiness: 0,
    minCreditGrade: null,
    requiredMaterials: [],
    applyCount: 12,
    publishedAt: '2025-10-31T17:30:00.000Z',
    institution: {
      id: 'i1',
      name: '阜阳颍淮农村商业银行股份有限公司',
      shortName: '颍淮农商银行',
      type: InstitutionType.BANK,
      contactPhone: '0558-2211000',
      address: '阜阳市颍州区',
      website: null,
    },
    ...overrides,
  }
}

const asMap = (facts: { label: string; value: string }[]) => Object.fromEntries(facts.map((fact) => [fact.label, fact.value]))

describe('product facts', () => {
  it('says 不限 where a product sets no condition', () => {
    expect(asMap(eligibilityFacts(product()))).toEqual({
      企业规模: '不限',
      经营年限: '不限',
      信用等级: '不限',
      适用地区: '不限',
      适用行业: '不限',
    })
  })

  it('names scales, regions and industries in Chinese', () => {
    const facts = asMap(
      eligibilityFacts(
        product({
          targetScales: [EnterpriseScale.MICRO, EnterpriseScale.SMALL],
          targetRegionCodes: ['341200', '341202'],
          targetIndustryCodes: ['A', '39'],
          minYearsInBusiness: 2,
          minCreditGrade: 'BBB',
        }),
      ),
    )
    expect(facts).toEqual({
      企业规模: '微型、小型',
      经营年限: '2年及以上',
      信用等级: 'BBB级及以上',
      适用地区: '阜阳市、颍州区',
      适用行业: '农、林、牧、渔业；计算机、通信和其他电子设备制造业',
    })
  })

  it('lists repayment methods, or says they do not apply', () => {
    expect(asMap(termsFacts(product()))).toMatchObject({ 还款方式: '等额本息、先息后本', 申请方式: '支持线上申请', 发布时间: '2025年11月1日' })
    expect(asMap(termsFacts(product({ repaymentMethods: [], onlineApply: false, publishedAt: null })))).toEqual({
      还款方式: '不适用',
      申请方式: '线下办理',
      申请人数: '12人',
    })
  })

  it('shows the institution website only when there is one', () => {
    expect(asMap(institutionFacts(product()))).toEqual({
      机构名称: '阜阳颍淮农村商业银行股份有限公司',
      机构类型: '银行',
      联系电话: '0558-2211000',
      机构地址: '阜阳市颍州区',
    })
  })
})
