import type { CreditGrade, EnterpriseScale, GuaranteeMethod, ProductCategory, RepaymentMethod } from '@rongtong/shared'

/** The editable fields of a product as the API sends and takes them (ProductDraftInput / ProductFieldValues). */
export interface ProductInput {
  name: string
  category: ProductCategory
  guaranteeMethods: GuaranteeMethod[]
  minAmountFen: number
  maxAmountFen: number
  minTermMonths: number
  maxTermMonths: number
  minRateBp: number
  maxRateBp: number
  repaymentMethods: RepaymentMethod[]
  targetRegionCodes: string[]
  targetIndustryCodes: string[]
  targetScales: EnterpriseScale[]
  minYearsInBusiness: number
  minCreditGrade: CreditGrade | string | null
  requiredMaterials: string[]
  onlineApply: boolean
  summary: string
  description: string
}

export type ProductField = keyof ProductInput

/** Read-only arrays (and an absent grade) accepted too, so generated query results fit. */
export type ProductValues = {
  readonly [K in Exclude<ProductField, 'minCreditGrade'>]: ProductInput[K] extends Array<infer T> ? readonly T[] : ProductInput[K]
} & { readonly minCreditGrade?: string | null }

/** Legal ceiling of an annual rate (最高人民法院关于审理民间借贷案件适用法律若干问题的规定), as the server enforces. */
export const MAX_RATE_BP = 2400
export const MAX_TERM_MONTHS = 360
export const MAX_YEARS_IN_BUSINESS = 50
export const MAX_MATERIALS = 30
export const MAX_MATERIAL_LENGTH = 64
export const NAME_LENGTH = { min: 2, max: 64 } as const
export const MAX_SUMMARY_LENGTH = 200
export const MAX_DESCRIPTION_LENGTH = 5000
