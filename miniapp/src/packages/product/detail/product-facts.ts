import {
  ENTERPRISE_SCALE_LABELS,
  findRegion,
  industryName,
  INSTITUTION_TYPE_LABELS,
  REPAYMENT_METHOD_LABELS,
} from '@rongtong/shared'
import type { ProductDetailQuery } from '@/gql/graphql'
import { formatDateCn } from '@/utils/product-format'

export type ProductDetail = ProductDetailQuery['product']

export interface Fact {
  label: string
  value: string
}

const UNRESTRICTED = '不限'

/** Industry names contain 、 themselves, so they are separated with ；. */
function listOrUnrestricted(values: readonly string[], separator = '、'): string {
  return values.length > 0 ? values.join(separator) : UNRESTRICTED
}

function regionNames(codes: readonly string[]): string {
  return listOrUnrestricted(codes.map((code) => findRegion(code)?.name ?? code))
}

function industryNames(codes: readonly string[]): string {
  return listOrUnrestricted(
    codes.map(industryName),
    '；',
  )
}

/** Equity and similar products have no repayment schedule at all. */
function repaymentMethods(product: ProductDetail): string {
  if (product.repaymentMethods.length === 0) return '不适用'
  return product.repaymentMethods.map((method) => REPAYMENT_METHOD_LABELS[method]).join('、')
}

/** 申请条件: who may apply. */
export function eligibilityFacts(product: ProductDetail): Fact[] {
  return [
    { label: '企业规模', value: listOrUnrestricted(product.targetScales.map((scale) => ENTERPRISE_SCALE_LABELS[scale])) },
    { label: '经营年限', value: product.minYearsInBusiness > 0 ? `${product.minYearsInBusiness}年及以上` : UNRESTRICTED },
    { label: '信用等级', value: product.minCreditGrade ? `${product.minCreditGrade}级及以上` : UNRESTRICTED },
    { label: '适用地区', value: regionNames(product.targetRegionCodes) },
    { label: '适用行业', value: industryNames(product.targetIndustryCodes) },
  ]
}

/** 产品信息: how the loan works and how it is applied for. */
export function termsFacts(product: ProductDetail): Fact[] {
  const facts: Fact[] = [
    { label: '还款方式', value: repaymentMethods(product) },
    { label: '申请方式', value: product.onlineApply ? '支持线上申请' : '线下办理' },
    { label: '申请人数', value: `${product.applyCount}人` },
  ]
  if (product.publishedAt) facts.push({ label: '发布时间', value: formatDateCn(product.publishedAt) })
  return facts
}

/** 机构信息: who offers it and how to reach them. */
export function institutionFacts(product: ProductDetail): Fact[] {
  const { institution } = product
  const facts: Fact[] = [
    { label: '机构名称', value: institution.name },
    { label: '机构类型', value: INSTITUTION_TYPE_LABELS[institution.type] },
    { label: '联系电话', value: institution.contactPhone },
    { label: '机构地址', value: institution.address },
  ]
  if (institution.website) facts.push({ label: '机构网站', value: institution.website })
  return facts
}
