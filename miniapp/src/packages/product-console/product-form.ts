import { CREDIT_GRADES, PRODUCT_FIELD_NAMES, ProductCategory, type EnterpriseScale, type FieldError, type GuaranteeMethod, type RepaymentMethod } from '@rongtong/shared'
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_MATERIAL_LENGTH,
  MAX_MATERIALS,
  MAX_RATE_BP,
  MAX_SUMMARY_LENGTH,
  MAX_TERM_MONTHS,
  MAX_YEARS_IN_BUSINESS,
  NAME_LENGTH,
  type ProductField,
  type ProductInput,
  type ProductValues,
} from './product-fields'

/** What the editor holds: numbers as typed (amounts in 万元, rates in %), materials one per line. */
export interface ProductFormValues {
  name: string
  category: ProductCategory
  guaranteeMethods: GuaranteeMethod[]
  minAmountWan: string
  maxAmountWan: string
  minTermMonths: string
  maxTermMonths: string
  minRatePercent: string
  maxRatePercent: string
  repaymentMethods: RepaymentMethod[]
  targetRegionCodes: string[]
  targetIndustryCodes: string[]
  targetScales: EnterpriseScale[]
  minYearsInBusiness: string
  /** '' = 不限 */
  minCreditGrade: string
  requiredMaterials: string
  onlineApply: boolean
  summary: string
  description: string
}

/** Field errors keyed by the API's input field names, so the server's and ours land on the same field. */
export type ProductFieldErrors = Partial<Record<ProductField, string>>

export type ParsedProductForm = { ok: true; input: ProductInput } | { ok: false; errors: ProductFieldErrors }

export const MESSAGES = {
  nameShort: `产品名称至少 ${NAME_LENGTH.min} 个字`,
  nameLong: `产品名称不能超过 ${NAME_LENGTH.max} 个字`,
  amount: '请输入大于 0 的金额（万元），最多 6 位小数',
  amountOrder: '最高额度不能低于最低额度',
  term: `期限必须是 1 到 ${MAX_TERM_MONTHS} 之间的整月数`,
  termOrder: '最长期限不能短于最短期限',
  rate: '年利率必须在 0% 到 24% 之间（法定上限 24%），最多两位小数',
  rateOrder: '最高利率不能低于最低利率',
  guarantee: '请至少选择一种担保方式',
  repayment: '请至少选择一种还款方式',
  years: `成立年限必须是 0 到 ${MAX_YEARS_IN_BUSINESS} 之间的整数`,
  materialsCount: `申请材料最多 ${MAX_MATERIALS} 项`,
  materialLong: `每项申请材料不能超过 ${MAX_MATERIAL_LENGTH} 个字`,
  summaryEmpty: '请填写产品简介',
  summaryLong: `产品简介不能超过 ${MAX_SUMMARY_LENGTH} 个字`,
  descriptionLong: `产品详情不能超过 ${MAX_DESCRIPTION_LENGTH} 个字`,
  creditGrade: '信用等级不存在',
} as const

/** Equity and insurance are not loans: no guarantee or repayment method is required (as on the server). */
const NON_LOAN_CATEGORIES: readonly ProductCategory[] = [ProductCategory.EQUITY, ProductCategory.INSURANCE]
const FEN_PER_WAN = 1_000_000
const WAN_PATTERN = /^\d{1,9}(\.\d{1,6})?$/
const PERCENT_PATTERN = /^\d{1,2}(\.\d{1,2})?$/
const INTEGER_PATTERN = /^\d{1,3}$/

export function emptyProductForm(): ProductFormValues {
  return {
    name: '',
    category: ProductCategory.CREDIT,
    guaranteeMethods: [],
    minAmountWan: '',
    maxAmountWan: '',
    minTermMonths: '',
    maxTermMonths: '',
    minRatePercent: '',
    maxRatePercent: '',
    repaymentMethods: [],
    targetRegionCodes: [],
    targetIndustryCodes: [],
    targetScales: [],
    minYearsInBusiness: '0',
    minCreditGrade: '',
    requiredMaterials: '营业执照\n法定代表人身份证',
    onlineApply: true,
    summary: '',
    description: '',
  }
}

/** The editor's values for a product loaded from the API. */
export function productToForm(product: ProductValues): ProductFormValues {
  return {
    name: product.name,
    category: product.category,
    guaranteeMethods: [...product.guaranteeMethods],
    minAmountWan: fenToWan(product.minAmountFen),
    maxAmountWan: fenToWan(product.maxAmountFen),
    minTermMonths: String(product.minTermMonths),
    maxTermMonths: String(product.maxTermMonths),
    minRatePercent: bpToPercent(product.minRateBp),
    maxRatePercent: bpToPercent(product.maxRateBp),
    repaymentMethods: [...product.repaymentMethods],
    targetRegionCodes: [...product.targetRegionCodes],
    targetIndustryCodes: [...product.targetIndustryCodes],
    targetScales: [...product.targetScales],
    minYearsInBusiness: String(product.minYearsInBusiness),
    minCreditGrade: product.minCreditGrade ?? '',
    requiredMaterials: product.requiredMaterials.join('\n'),
    onlineApply: product.onlineApply,
    summary: product.summary,
    description: product.description,
  }
}

/** 3_000_000_00 fen → '300'; 1_500_000 → '1.5'. Exact: integer arithmetic only. */
export function fenToWan(fen: number): string {
  const whole = Math.floor(fen / FEN_PER_WAN)
  const fraction = String(fen % FEN_PER_WAN).padStart(6, '0').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}

/** '300' → 300_000_000 fen; '1.5' → 1_500_000; invalid or zero → undefined. */
export function wanToFen(text: string): number | undefined {
  const value = text.trim()
  if (!WAN_PATTERN.test(value)) return undefined
  const [whole, fraction = ''] = value.split('.')
  const fen = Number(whole) * FEN_PER_WAN + Number(fraction.padEnd(6, '0'))
  return fen > 0 && Number.isSafeInteger(fen) ? fen : undefined
}

/** 435 → '4.35'; 400 → '4'. */
export function bpToPercent(bp: number): string {
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '')
  return fraction ? `${Math.floor(bp / 100)}.${fraction}` : String(Math.floor(bp / 100))
}

/** '4.35' → 435; above the legal ceiling or malformed → undefined. */
export function percentToBp(text: string): number | undefined {
  const value = text.trim()
  if (!PERCENT_PATTERN.test(value)) return undefined
  const [whole, fraction = ''] = value.split('.')
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return bp <= MAX_RATE_BP ? bp : undefined
}

function integerIn(text: string, min: number, max: number): number | undefined {
  const value = text.trim()
  if (!INTEGER_PATTERN.test(value)) return undefined
  const number = Number(value)
  return number >= min && number <= max ? number : undefined
}

/** Characters as the server counts them (code points). */
function lengthOf(text: string): number {
  return [...text].length
}

export function splitMaterials(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * Checks the form the way the server will (same rules, same Chinese messages) and builds ProductDraftInput.
 * Every field is checked, so all problems show at once.
 */
export function parseProductForm(values: ProductFormValues): ParsedProductForm {
  const errors: ProductFieldErrors = {}
  const fail = (field: ProductField, message: string) => {
    if (!errors[field]) errors[field] = message
  }
  const name = values.name.trim()
  if (lengthOf(name) < NAME_LENGTH.min) fail('name', MESSAGES.nameShort)
  if (lengthOf(name) > NAME_LENGTH.max) fail('name', MESSAGES.nameLong)

  const range = (min: number | undefined, max: number | undefined, keys: [ProductField, ProductField], invalid: string, order: string) => {
    if (min === undefined) fail(keys[0], invalid)
    if (max === undefined) fail(keys[1], invalid)
    if (min !== undefined && max !== undefined && min > max) fail(keys[1], order)
  }
  const minAmountFen = wanToFen(values.minAmountWan)
  const maxAmountFen = wanToFen(values.maxAmountWan)
  range(minAmountFen, maxAmountFen, ['minAmountFen', 'maxAmountFen'], MESSAGES.amount, MESSAGES.amountOrder)
  const minTermMonths = integerIn(values.minTermMonths, 1, MAX_TERM_MONTHS)
  const maxTermMonths = integerIn(values.maxTermMonths, 1, MAX_TERM_MONTHS)
  range(minTermMonths, maxTermMonths, ['minTermMonths', 'maxTermMonths'], MESSAGES.term, MESSAGES.termOrder)
  const minRateBp = percentToBp(values.minRatePercent)
  const maxRateBp = percentToBp(values.maxRatePercent)
  range(minRateBp, maxRateBp, ['minRateBp', 'maxRateBp'], MESSAGES.rate, MESSAGES.rateOrder)

  if (!NON_LOAN_CATEGORIES.includes(values.category)) {
    if (values.guaranteeMethods.length === 0) fail('guaranteeMethods', MESSAGES.guarantee)
    if (values.repaymentMethods.length === 0) fail('repaymentMethods', MESSAGES.repayment)
  }
  const minYearsInBusiness = integerIn(values.minYearsInBusiness, 0, MAX_YEARS_IN_BUSINESS)
  if (minYearsInBusiness === undefined) fail('minYearsInBusiness', MESSAGES.years)
  const minCreditGrade = values.minCreditGrade === '' ? null : values.minCreditGrade
  if (minCreditGrade !== null && !(CREDIT_GRADES as readonly string[]).includes(minCreditGrade)) fail('minCreditGrade', MESSAGES.creditGrade)

  const requiredMaterials = splitMaterials(values.requiredMaterials)
  if (requiredMaterials.length > MAX_MATERIALS) fail('requiredMaterials', MESSAGES.materialsCount)
  if (requiredMaterials.some((material) => lengthOf(material) > MAX_MATERIAL_LENGTH)) fail('requiredMaterials', MESSAGES.materialLong)
  const summary = values.summary.trim()
  if (summary === '') fail('summary', MESSAGES.summaryEmpty)
  if (lengthOf(summary) > MAX_SUMMARY_LENGTH) fail('summary', MESSAGES.summaryLong)
  const description = values.description.trim()
  if (lengthOf(description) > MAX_DESCRIPTION_LENGTH) fail('description', MESSAGES.descriptionLong)

  if (
    Object.keys(errors).length > 0 ||
    minAmountFen === undefined ||
    maxAmountFen === undefined ||
    minTermMonths === undefined ||
    maxTermMonths === undefined ||
    minRateBp === undefined ||
    maxRateBp === undefined ||
    minYearsInBusiness === undefined
  ) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    input: {
      name,
      category: values.category,
      guaranteeMethods: values.guaranteeMethods,
      minAmountFen,
      maxAmountFen,
      minTermMonths,
      maxTermMonths,
      minRateBp,
      maxRateBp,
      repaymentMethods: values.repaymentMethods,
      targetRegionCodes: values.targetRegionCodes,
      targetIndustryCodes: values.targetIndustryCodes,
      targetScales: values.targetScales,
      minYearsInBusiness,
      minCreditGrade,
      requiredMaterials,
      onlineApply: values.onlineApply,
      summary,
      description,
    },
  }
}

const FIELD_NAMES: readonly ProductField[] = PRODUCT_FIELD_NAMES

/**
 * The server's BAD_USER_INPUT field errors (`input.maxAmountFen`, `input.requiredMaterials.3`) on the editor's
 * fields; the first message of a field wins. Errors of fields the form does not have are left to the caller.
 */
export function serverFieldErrors(fields: readonly FieldError[]): { byField: ProductFieldErrors; unplaced: string[] } {
  const byField: ProductFieldErrors = {}
  const unplaced: string[] = []
  for (const { field, message } of fields) {
    const [scope, name] = field.split('.')
    const key = FIELD_NAMES.find((candidate) => candidate === (scope === 'input' ? name : scope))
    if (key) byField[key] = byField[key] ?? message
    else unplaced.push(message)
  }
  return { byField, unplaced }
}

/** Adds or removes one value of a multiple choice, keeping the order of `all`. */
export function toggleIn<T>(chosen: readonly T[], value: T, all: readonly T[]): T[] {
  const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value]
  const order = (item: T) => {
    const index = all.indexOf(item)
    return index < 0 ? all.length : index
  }
  return [...next].sort((a, b) => order(a) - order(b))
}
