import {
  ENTERPRISE_SCALE_LABELS,
  ENTERPRISE_SCALES,
  ENTERPRISE_TYPE_LABELS,
  ENTERPRISE_TYPES,
  INDUSTRY_SECTIONS,
  PolicyLevel,
  type EnterpriseScale,
  type EnterpriseType,
} from '@rongtong/shared'
import type { ChipChoice } from '@/components/chip-filter/chip-filter'
import type { PolicyListQuery, PolicyListQueryVariables } from '@/gql/graphql'

export const PAGE_SIZE = 10

/** The audience filters under the level tabs; null = 全部. */
export interface AudienceFilters {
  /** A GB/T 4754 section letter; the BFF also lists the policies aimed at its divisions. */
  industryCode: string | null
  scale: EnterpriseScale | null
  enterpriseType: EnterpriseType | null
}

export interface PolicyFilters extends AudienceFilters {
  level: PolicyLevel
}

export const NO_AUDIENCE: AudienceFilters = { industryCode: null, scale: null, enterpriseType: null }

export const DEFAULT_POLICY_FILTERS: PolicyFilters = { level: PolicyLevel.CITY, ...NO_AUDIENCE }

/** The first page's variables; 全部 sends no argument, so the BFF lists the policies for every enterprise too. */
export function policyListVariables(filters: PolicyFilters): PolicyListQueryVariables {
  return {
    level: filters.level,
    ...(filters.industryCode ? { industryCode: filters.industryCode } : {}),
    ...(filters.scale ? { scale: filters.scale } : {}),
    ...(filters.enterpriseType ? { enterpriseType: filters.enterpriseType } : {}),
    first: PAGE_SIZE,
  }
}

/** Whether an audience filter may be what empties the list (the level is a tab, not a filter to clear). */
export function hasAudienceFilters(filters: AudienceFilters): boolean {
  return filters.industryCode !== null || filters.scale !== null || filters.enterpriseType !== null
}

export const INDUSTRY_CHOICES: readonly ChipChoice<string>[] = [
  { value: null, label: '全部行业' },
  ...INDUSTRY_SECTIONS.map((section) => ({ value: section.code, label: section.name })),
]

export const SCALE_CHOICES: readonly ChipChoice<EnterpriseScale>[] = [
  { value: null, label: '全部' },
  ...ENTERPRISE_SCALES.map((scale) => ({ value: scale, label: ENTERPRISE_SCALE_LABELS[scale] })),
]

export const ENTERPRISE_TYPE_CHOICES: readonly ChipChoice<EnterpriseType>[] = [
  { value: null, label: '全部' },
  ...ENTERPRISE_TYPES.map((type) => ({ value: type, label: ENTERPRISE_TYPE_LABELS[type] })),
]

/** Appends the next page; a repeated cursor never shows a policy twice. */
export function appendPolicies(previous: PolicyListQuery, next: PolicyListQuery): PolicyListQuery {
  const seen = new Set(previous.policies.edges.map((edge) => edge.node.id))
  const fresh = next.policies.edges.filter((edge) => !seen.has(edge.node.id))
  return { ...next, policies: { ...next.policies, edges: [...previous.policies.edges, ...fresh] } }
}
