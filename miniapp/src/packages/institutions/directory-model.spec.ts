import { InstitutionType } from '@rongtong/shared'
import type { InstitutionDetailQuery, InstitutionDirectoryQuery } from '@/gql/graphql'
import {
  appendInstitutionProducts,
  appendInstitutions,
  contactLines,
  dialNumber,
  directoryVariables,
  establishedLabel,
  regionLabel,
  typeChips,
  typeCountVariables,
} from './directory-model'

function directoryPage(ids: string[], hasNextPage: boolean): InstitutionDirectoryQuery {
  return {
    institutions: {
      totalCount: 3,
      pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
      edges: ids.map((id) => ({
        cursor: id,
        node: { id, name: `机构${id}`, shortName: id, type: InstitutionType.BANK, regionCode: '341202', description: '', productCount: 1 },
      })),
    },
  }
}

describe('directoryVariables', () => {
  it('sends only what is chosen, the keyword trimmed', () => {
    expect(directoryVariables({ keyword: '  ', type: null })).toEqual({ filter: {}, first: 20 })
    expect(directoryVariables({ keyword: ' 担保 ', type: InstitutionType.GUARANTEE })).toEqual({
      filter: { keyword: '担保', types: [InstitutionType.GUARANTEE] },
      first: 20,
    })
  })

  it('counts types under the keyword but never under the chosen type', () => {
    expect(typeCountVariables({ keyword: ' 阜阳', type: InstitutionType.BANK })).toEqual({ filter: { keyword: '阜阳' } })
    expect(typeCountVariables({ keyword: '', type: InstitutionType.BANK })).toEqual({ filter: {} })
  })
})

describe('typeChips', () => {
  it('has 全部 and the 16 types in order, without numbers while loading', () => {
    const chips = typeChips(undefined)
    expect(chips).toHaveLength(17)
    expect(chips[0]).toEqual({ value: null, label: '全部', count: undefined })
    expect(chips[1]).toEqual({ value: InstitutionType.BANK, label: '银行', count: undefined })
    expect(chips[5]?.label).toBe('担保公司')
  })

  it('shows each count and the total on 全部', () => {
    const chips = typeChips({
      institutionFacets: {
        total: 9,
        types: [
          { type: InstitutionType.BANK, count: 7 },
          { type: InstitutionType.GUARANTEE, count: 2 },
          { type: InstitutionType.TRUST, count: 0 },
        ],
      },
    })
    expect(chips.find((chip) => chip.value === null)?.count).toBe(9)
    expect(chips.find((chip) => chip.value === InstitutionType.GUARANTEE)?.count).toBe(2)
    expect(chips.find((chip) => chip.value === InstitutionType.TRUST)?.count).toBe(0)
  })
})

describe('regionLabel', () => {
  it('names the city and county without the province', () => {
    expect(regionLabel('341202')).toBe('阜阳市颍州区')
    expect(regionLabel('341200')).toBe('阜阳市')
    expect(regionLabel('340000')).toBe('安徽省')
  })

  it('falls back to the code it does not know', () => {
    expect(regionLabel('999999')).toBe('999999')
  })
})

describe('paging', () => {
  it('appends the next directory page without repeating an institution', () => {
    const merged = appendInstitutions(directoryPage(['a', 'b'], true), directoryPage(['b', 'c'], false))
    expect(merged.institutions.edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c'])
    expect(merged.institutions.pageInfo.hasNextPage).toBe(false)
  })

  it('appends products of the institution and keeps its details', () => {
    const page = (ids: string[], name: string, hasNextPage: boolean) =>
      ({
        institution: {
          name,
          products: {
            totalCount: 3,
            pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
            edges: ids.map((id) => ({ cursor: id, node: { id } })),
          },
        },
      }) as unknown as InstitutionDetailQuery
    const merged = appendInstitutionProducts(page(['p1', 'p2'], '第一次', true), page(['p2', 'p3'], '第二次', false))
    expect(merged.institution.name).toBe('第一次')
    expect(merged.institution.products.edges.map((edge) => edge.node.id)).toEqual(['p1', 'p2', 'p3'])
    expect(merged.institution.products.pageInfo.hasNextPage).toBe(false)
  })
})

describe('contact', () => {
  it('dials the digits of a phone number, or nothing', () => {
    expect(dialNumber('0558-2211966')).toBe('05582211966')
    expect(dialNumber('(0558) 221 1966')).toBe('05582211966')
    expect(dialNumber('+86 558 2211966')).toBe('+865582211966')
    expect(dialNumber('请咨询网点')).toBeNull()
    expect(dialNumber('')).toBeNull()
  })

  it('lists phone and address, then hours and website only when present', () => {
    const base = { contactPhone: '0558-1', address: '阜阳市颍州区', serviceHours: null, website: null }
    expect(contactLines(base).map((line) => line.kind)).toEqual(['phone', 'address'])
    const full = contactLines({ ...base, serviceHours: '周一至周五 8:30-17:30', website: 'https://example.cn' })
    expect(full.map((line) => line.label)).toEqual(['联系电话', '机构地址', '营业时间', '机构网站'])
  })

  it('writes the founding day the Chinese way', () => {
    expect(establishedLabel('2012-11-08')).toBe('2012年11月8日')
    expect(establishedLabel('not a day')).toBe('not a day')
  })
})
