import { EnterpriseScale, GuaranteeMethod, ProductCategory, RepaymentMethod } from '@rongtong/shared'
import {
  emptyProductForm,
  fenToWan,
  MESSAGES,
  parseProductForm,
  percentToBp,
  productToForm,
  serverFieldErrors,
  toggleIn,
  wanToFen,
  type ProductFormValues,
} from './product-form'

function validForm(overrides: Partial<ProductFormValues> = {}): ProductFormValues {
  return {
    ...emptyProductForm(),
    name: '科创信用贷',
    guaranteeMethods: [GuaranteeMethod.CREDIT],
    minAmountWan: '10',
    maxAmountWan: '300',
    minTermMonths: '6',
    maxTermMonths: '36',
    minRatePercent: '3.45',
    maxRatePercent: '6',
    repaymentMethods: [RepaymentMethod.EQUAL_INSTALLMENT],
    targetRegionCodes: ['341200'],
    targetScales: [EnterpriseScale.SMALL],
    minYearsInBusiness: '2',
    minCreditGrade: 'BBB',
    requiredMaterials: ' 营业执照 \n\n近一年财务报表\n',
    summary: '面向科技型小微企业的纯信用贷款',
    ...overrides,
  }
}

function errorsOf(overrides: Partial<ProductFormValues>) {
  const parsed = parseProductForm(validForm(overrides))
  if (parsed.ok) throw new Error('expected errors')
  return parsed.errors
}

describe('parseProductForm', () => {
  it('turns 万元 into fen and % into basis points exactly, trims text and drops empty material lines', () => {
    const parsed = parseProductForm(validForm({ name: '  科创信用贷 ', minAmountWan: '0.5' }))
    expect(parsed).toEqual({
      ok: true,
      input: expect.objectContaining({
        name: '科创信用贷',
        minAmountFen: 500_000,
        maxAmountFen: 300_000_000,
        minRateBp: 345,
        maxRateBp: 600,
        minTermMonths: 6,
        maxTermMonths: 36,
        minYearsInBusiness: 2,
        minCreditGrade: 'BBB',
        requiredMaterials: ['营业执照', '近一年财务报表'],
      }),
    })
  })

  it('puts an inverted range on the upper bound with the server message', () => {
    expect(errorsOf({ minAmountWan: '500', maxAmountWan: '100' })).toEqual({ maxAmountFen: MESSAGES.amountOrder })
    expect(errorsOf({ minTermMonths: '24', maxTermMonths: '12' })).toEqual({ maxTermMonths: MESSAGES.termOrder })
    expect(errorsOf({ minRatePercent: '5', maxRatePercent: '4' })).toEqual({ maxRateBp: MESSAGES.rateOrder })
  })

  it('refuses rates above the legal 24% ceiling, bad amounts and terms out of 1–360', () => {
    expect(errorsOf({ maxRatePercent: '24.01' })).toEqual({ maxRateBp: MESSAGES.rate })
    expect(parseProductForm(validForm({ maxRatePercent: '24' })).ok).toBe(true)
    expect(errorsOf({ minAmountWan: '0', maxAmountWan: 'abc' })).toEqual({ minAmountFen: MESSAGES.amount, maxAmountFen: MESSAGES.amount })
    expect(errorsOf({ minTermMonths: '0', maxTermMonths: '361' })).toEqual({ minTermMonths: MESSAGES.term, maxTermMonths: MESSAGES.term })
  })

  it('reports every problem at once', () => {
    const errors = errorsOf({ name: '贷', guaranteeMethods: [], repaymentMethods: [], summary: ' ', minYearsInBusiness: '51' })
    expect(errors).toEqual({
      name: MESSAGES.nameShort,
      guaranteeMethods: MESSAGES.guarantee,
      repaymentMethods: MESSAGES.repayment,
      summary: MESSAGES.summaryEmpty,
      minYearsInBusiness: MESSAGES.years,
    })
  })

  it('needs no guarantee or repayment method for equity and insurance, as the server', () => {
    expect(parseProductForm(validForm({ category: ProductCategory.EQUITY, guaranteeMethods: [], repaymentMethods: [] })).ok).toBe(true)
  })

  it('limits materials to 30 lines of 64 characters', () => {
    expect(errorsOf({ requiredMaterials: Array.from({ length: 31 }, (_, i) => `材料${i}`).join('\n') })).toEqual({
      requiredMaterials: MESSAGES.materialsCount,
    })
    expect(errorsOf({ requiredMaterials: '材'.repeat(65) })).toEqual({ requiredMaterials: MESSAGES.materialLong })
  })

  it('sends 不限 as a null credit grade', () => {
    const parsed = parseProductForm(validForm({ minCreditGrade: '' }))
    expect(parsed.ok && parsed.input.minCreditGrade).toBeNull()
  })
})

describe('conversions', () => {
  it('round-trips a loaded product through the form unchanged', () => {
    const parsed = parseProductForm(validForm())
    if (!parsed.ok) throw new Error('invalid')
    const again = parseProductForm(productToForm(parsed.input))
    expect(again).toEqual(parsed)
  })

  it('shows fen as 万元 without float noise', () => {
    expect(fenToWan(300_000_000)).toBe('300')
    expect(fenToWan(1_500_000)).toBe('1.5')
    expect(fenToWan(1_000_001)).toBe('1.000001')
    expect(wanToFen('0.1')).toBe(100_000)
    expect(wanToFen('1.0000001')).toBeUndefined()
    expect(percentToBp('4.35')).toBe(435)
    expect(percentToBp('4.355')).toBeUndefined()
  })
})

describe('serverFieldErrors', () => {
  it('maps input paths (and array items) to the form fields and keeps the rest apart', () => {
    const mapped = serverFieldErrors([
      { field: 'input.maxAmountFen', message: '最高额度不能低于最低额度' },
      { field: 'input.requiredMaterials.3', message: '每项申请材料不能超过 64 个字' },
      { field: 'id', message: '产品编号格式不正确' },
    ])
    expect(mapped).toEqual({
      byField: { maxAmountFen: '最高额度不能低于最低额度', requiredMaterials: '每项申请材料不能超过 64 个字' },
      unplaced: ['产品编号格式不正确'],
    })
  })
})

describe('toggleIn', () => {
  it('adds in the canonical order and removes', () => {
    const all = ['A', 'B', 'C']
    expect(toggleIn(['C'], 'A', all)).toEqual(['A', 'C'])
    expect(toggleIn(['A', 'C'], 'A', all)).toEqual(['C'])
  })
})
