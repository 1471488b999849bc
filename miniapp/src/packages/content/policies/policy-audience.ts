import { ENTERPRISE_SCALE_LABELS, ENTERPRISE_TYPE_LABELS, industryName, type EnterpriseScale, type EnterpriseType } from '@rongtong/shared'

/** Whom a policy is for; an empty list means every enterprise as far as that tag goes. */
export interface PolicyAudience {
  industryCodes: readonly string[]
  scales: readonly EnterpriseScale[]
  enterpriseTypes: readonly EnterpriseType[]
}

export const ALL_ENTERPRISES = '面向全部企业'

function joined(names: readonly string[], separator = '、'): string {
  return [...new Set(names)].join(separator)
}

/** Industry names may hold 、 themselves (农、林、牧、渔业), so industries are set apart with ，. */
const BETWEEN_INDUSTRIES = '，'

/** The parts of the audience line, in the order industry, scale, enterprise type; empty tags are left out. */
export function audienceParts(audience: PolicyAudience): string[] {
  const parts: string[] = []
  if (audience.industryCodes.length > 0) parts.push(joined(audience.industryCodes.map(industryName), BETWEEN_INDUSTRIES))
  if (audience.scales.length > 0) parts.push(`${joined(audience.scales.map((scale) => ENTERPRISE_SCALE_LABELS[scale]))}企业`)
  if (audience.enterpriseTypes.length > 0) parts.push(joined(audience.enterpriseTypes.map((type) => ENTERPRISE_TYPE_LABELS[type])))
  return parts
}

/** 适用：制造业，住宿和餐饮业 · 中型、小型企业 · 有限责任公司, or 面向全部企业 when no tag narrows it. */
export function audienceLine(audience: PolicyAudience): string {
  const parts = audienceParts(audience)
  return parts.length === 0 ? ALL_ENTERPRISES : `适用：${parts.join(' · ')}`
}
