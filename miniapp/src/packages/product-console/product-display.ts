import {
  ENTERPRISE_SCALE_LABELS,
  ENTERPRISE_SCALES,
  findRegion,
  formatAmountCompact,
  industryName,
  formatRateBp,
  GUARANTEE_METHOD_LABELS,
  GUARANTEE_METHODS,
  PRODUCT_CATEGORY_LABELS,
  REPAYMENT_METHOD_LABELS,
  REPAYMENT_METHODS,
} from '@rongtong/shared'
import { formatBeijingDateTime } from '@/utils/beijing-time'
import type { ProductValues } from './product-fields'

/** One row of a product's description: what a reviewer reads and compares. */
export interface FieldRow {
  key: string
  label: string
  value: string
}

export interface ComparedRow {
  key: string
  label: string
  before: string
  after: string
  changed: boolean
}

function inOrder<T extends string>(values: readonly T[], order: readonly T[], labels: Record<T, string>): string {
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((value) => labels[value]).join('、')
}

function listOrAll(names: readonly string[], all: string): string {
  return names.length === 0 ? all : names.join('、')
}

export function regionNames(codes: readonly string[]): string {
  return listOrAll([...codes].sort().map((code) => findRegion(code)?.name ?? code), '不限地区')
}

export function industryNames(codes: readonly string[]): string {
  return listOrAll([...codes].sort().map(industryName), '不限行业')
}

/** [MICRO, SMALL] → '微型、小型企业'. */
export function scaleNames(scales: ProductValues['targetScales']): string {
  return scales.length === 0 ? '不限规模' : `${inOrder(scales, ENTERPRISE_SCALES, ENTERPRISE_SCALE_LABELS)}企业`
}

export function amountRange(product: Pick<ProductValues, 'minAmountFen' | 'maxAmountFen'>): string {
  return `${formatAmountCompact(product.minAmountFen)} – ${formatAmountCompact(product.maxAmountFen)}`
}

export function rateRange(product: Pick<ProductValues, 'minRateBp' | 'maxRateBp'>): string {
  return `${formatRateBp(product.minRateBp)} – ${formatRateBp(product.maxRateBp)}`
}

export function termRange(product: Pick<ProductValues, 'minTermMonths' | 'maxTermMonths'>): string {
  return `${product.minTermMonths} – ${product.maxTermMonths} 个月`
}

/** Every field of a product as the review screen shows it, in the order of the form. */
export function describeProduct(product: ProductValues): FieldRow[] {
  const rows: Array<[string, string, string]> = [
    ['name', '产品名称', product.name],
    ['category', '产品类别', PRODUCT_CATEGORY_LABELS[product.category]],
    ['guaranteeMethods', '担保方式', inOrder(product.guaranteeMethods, GUARANTEE_METHODS, GUARANTEE_METHOD_LABELS) || '无'],
    ['amount', '贷款额度', amountRange(product)],
    ['term', '贷款期限', termRange(product)],
    ['rate', '年利率', rateRange(product)],
    ['repaymentMethods', '还款方式', inOrder(product.repaymentMethods, REPAYMENT_METHODS, REPAYMENT_METHOD_LABELS) || '无'],
    ['targetRegionCodes', '适用地区', regionNames(product.targetRegionCodes)],
    ['targetIndustryCodes', '适用行业', industryNames(product.targetIndustryCodes)],
    ['targetScales', '企业规模', scaleNames(product.targetScales)],
    ['minYearsInBusiness', '成立年限', product.minYearsInBusiness === 0 ? '不限' : `成立满 ${product.minYearsInBusiness} 年`],
    ['minCreditGrade', '最低信用等级', product.minCreditGrade ? `${product.minCreditGrade} 及以上` : '不限'],
    ['requiredMaterials', '申请材料', product.requiredMaterials.join('、') || '无'],
    ['onlineApply', '线上申请', product.onlineApply ? '支持' : '不支持'],
    ['summary', '产品简介', product.summary],
    ['description', '产品详情', product.description || '（未填写）'],
  ]
  return rows.map(([key, label, value]) => ({ key, label, value }))
}

/** The published version beside the proposed one, field by field, marking what the change alters. */
export function compareProducts(published: ProductValues, proposed: ProductValues): ComparedRow[] {
  const after = describeProduct(proposed)
  return describeProduct(published).map((row, index) => {
    const next = after[index]?.value ?? ''
    return { key: row.key, label: row.label, before: row.value, after: next, changed: row.value !== next }
  })
}

/** A UTC ISO instant from the API as Beijing time: '2026-11-26T02:05:00.000Z' → '2026-11-26 10:05'. */
export const beijingTime = formatBeijingDateTime
