import { EnterpriseScale, GuaranteeMethod, ProductCategory, RepaymentMethod } from '@rongtong/shared'
import { beijingTime, compareProducts, describeProduct, industryNames, regionNames } from './product-display'
import type { ProductInput } from './product-fields'

const PUBLISHED: ProductInput = {
  name: '税易贷',
  category: ProductCategory.CREDIT,
  guaranteeMethods: [GuaranteeMethod.CREDIT],
  minAmountFen: 10_000_00,
  maxAmountFen: 3_000_000_00,
  minTermMonths: 6,
  maxTermMonths: 36,
  minRateBp: 350,
  maxRateBp: 600,
  repaymentMethods: [RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.INTEREST_FIRST],
  targetRegionCodes: ['341200'],
  targetIndustryCodes: ['C', '39'],
  targetScales: [],
  minYearsInBusiness: 0,
  minCreditGrade: null,
  requiredMaterials: ['营业执照'],
  onlineApply: true,
  summary: '纳税信用贷款',
  description: '',
}

describe('describeProduct', () => {
  it('shows every field in Chinese, with 不限 for empty targets', () => {
    const rows = Object.fromEntries(describeProduct(PUBLISHED).map((row) => [row.label, row.value]))
    expect(rows).toMatchObject({
      产品类别: '信用贷款',
      贷款额度: '1万元 – 300万元',
      年利率: '3.50% – 6.00%',
      贷款期限: '6 – 36 个月',
      还款方式: '等额本息、先息后本',
      适用地区: '阜阳市',
      企业规模: '不限规模',
      成立年限: '不限',
      最低信用等级: '不限',
      线上申请: '支持',
    })
    expect(describeProduct(PUBLISHED)).toHaveLength(16)
  })

  it('names regions and industries (sections and divisions), unknown codes as they are', () => {
    expect(regionNames([])).toBe('不限地区')
    expect(regionNames(['341202', '340000'])).toBe('安徽省、颍州区')
    expect(industryNames(['C', '39'])).toBe('计算机、通信和其他电子设备制造业、制造业')
    expect(industryNames(['ZZ'])).toBe('ZZ')
  })
})

describe('compareProducts', () => {
  it('marks exactly the changed fields; the order of a multiple choice is no change', () => {
    const proposed: ProductInput = {
      ...PUBLISHED,
      name: '税易贷（升级版）',
      maxRateBp: 550,
      repaymentMethods: [RepaymentMethod.INTEREST_FIRST, RepaymentMethod.EQUAL_INSTALLMENT],
      targetScales: [EnterpriseScale.MICRO],
    }
    const changed = compareProducts(PUBLISHED, proposed).filter((row) => row.changed)
    expect(changed.map((row) => [row.label, row.before, row.after])).toEqual([
      ['产品名称', '税易贷', '税易贷（升级版）'],
      ['年利率', '3.50% – 6.00%', '3.50% – 5.50%'],
      ['企业规模', '不限规模', '微型企业'],
    ])
  })
})

describe('beijingTime', () => {
  it('shows a UTC instant in Beijing time, across midnight', () => {
    expect(beijingTime('2026-11-26T02:05:00.000Z')).toBe('2026-11-26 10:05')
    expect(beijingTime('2026-11-26T17:30:00.000Z')).toBe('2026-11-27 01:30')
  })
})
