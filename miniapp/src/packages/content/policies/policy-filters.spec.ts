import { EnterpriseScale, EnterpriseType, INDUSTRY_SECTIONS, PolicyLevel } from '@rongtong/shared'
import type { PolicyListQuery } from '@/gql/graphql'
import {
  appendPolicies,
  DEFAULT_POLICY_FILTERS,
  ENTERPRISE_TYPE_CHOICES,
  hasAudienceFilters,
  INDUSTRY_CHOICES,
  NO_AUDIENCE,
  PAGE_SIZE,
  policyListVariables,
  SCALE_CHOICES,
} from './policy-filters'

describe('policyListVariables', () => {
  it('asks for the level only while every audience filter is 全部', () => {
    expect(policyListVariables(DEFAULT_POLICY_FILTERS)).toEqual({ level: PolicyLevel.CITY, first: PAGE_SIZE })
  })

  it('passes each chosen audience filter as its argument', () => {
    expect(
      policyListVariables({
        level: PolicyLevel.PROVINCE,
        industryCode: 'C',
        scale: EnterpriseScale.SMALL,
        enterpriseType: EnterpriseType.LIMITED_COMPANY,
      }),
    ).toEqual({
      level: PolicyLevel.PROVINCE,
      industryCode: 'C',
      scale: EnterpriseScale.SMALL,
      enterpriseType: EnterpriseType.LIMITED_COMPANY,
      first: PAGE_SIZE,
    })
    expect(policyListVariables({ ...DEFAULT_POLICY_FILTERS, scale: EnterpriseScale.MICRO })).toEqual({
      level: PolicyLevel.CITY,
      scale: EnterpriseScale.MICRO,
      first: PAGE_SIZE,
    })
  })

  it('starts from the first page (no cursor) for any filters', () => {
    expect(policyListVariables({ ...DEFAULT_POLICY_FILTERS, industryCode: 'A' })).not.toHaveProperty('after')
  })
})

describe('hasAudienceFilters', () => {
  it('is false for 全部 everywhere and true once one filter is chosen', () => {
    expect(hasAudienceFilters(NO_AUDIENCE)).toBe(false)
    expect(hasAudienceFilters({ ...NO_AUDIENCE, industryCode: 'C' })).toBe(true)
    expect(hasAudienceFilters({ ...NO_AUDIENCE, scale: EnterpriseScale.LARGE })).toBe(true)
    expect(hasAudienceFilters({ ...NO_AUDIENCE, enterpriseType: EnterpriseType.PARTNERSHIP })).toBe(true)
  })
})

describe('choices', () => {
  it('offers 全部行业 and the GB/T 4754 sections by name', () => {
    expect(INDUSTRY_CHOICES[0]).toEqual({ value: null, label: '全部行业' })
    expect(INDUSTRY_CHOICES).toHaveLength(INDUSTRY_SECTIONS.length + 1)
    expect(INDUSTRY_CHOICES.find((choice) => choice.value === 'C')?.label).toBe('制造业')
  })

  it('offers 全部 and every scale and enterprise type in Chinese', () => {
    expect(SCALE_CHOICES.map((choice) => choice.label)).toEqual(['全部', '微型', '小型', '中型', '大型'])
    expect(ENTERPRISE_TYPE_CHOICES[0]).toEqual({ value: null, label: '全部' })
    expect(ENTERPRISE_TYPE_CHOICES.map((choice) => choice.label)).toContain('有限责任公司')
    expect(ENTERPRISE_TYPE_CHOICES).toHaveLength(7)
  })
})

describe('appendPolicies', () => {
  const page = (ids: string[], hasNextPage: boolean, endCursor: string): PolicyListQuery => ({
    policies: {
      totalCount: 3,
      pageInfo: { hasNextPage, endCursor },
      edges: ids.map((id) => ({
        node: {
          id,
          title: id,
          level: PolicyLevel.CITY,
          issuer: '',
          documentNumber: '',
          issuedOn: '2026-01-01',
          summary: '',
          industryCodes: [],
          scales: [],
          enterpriseTypes: [],
        },
      })),
    },
  })

  it('keeps the rows shown so far, adds the new ones once and takes the next page info', () => {
    const merged = appendPolicies(page(['a', 'b'], true, 'b'), page(['b', 'c'], false, 'c'))
    expect(merged.policies.edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c'])
    expect(merged.policies.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c' })
  })
})
