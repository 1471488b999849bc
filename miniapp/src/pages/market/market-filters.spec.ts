import { ProductCategory } from '@rongtong/shared'
import { ProductSort, type MarketProductsQuery } from '@/gql/graphql'
import { appendPage, categoryCounts, DEFAULT_FILTERS, hasActiveFilters, marketVariables, PAGE_SIZE } from './market-filters'

type Edge = MarketProductsQuery['products']['edges'][number]

function edge(id: string): Edge {
  return {
    cursor: `cursor-${id}`,
    node: {
      id,
      name: `产品${id}`,
      category: ProductCategory.CREDIT,
      guaranteeMethods: [],
      minAmountFen: 0,
      maxAmountFen: 0,
      minRateBp: 0,
      maxRateBp: 0,
      minTermMonths: 1,
      maxTermMonths: 1,
      summary: '',
      onlineApply: true,
      institution: { id: 'i1', name: '机构', shortName: '机构', type: 'BANK' as never },
    },
  }
}

function connection(ids: string[], hasNextPage: boolean, totalCount: number): MarketProductsQuery {
  return {
    products: {
      edges: ids.map(edge),
      pageInfo: { hasNextPage, endCursor: ids.length ? `cursor-${ids[ids.length - 1]}` : null },
      totalCount,
    },
  }
}

describe('marketVariables', () => {
  it('asks for the first page, most popular first, with no filter by default', () => {
    expect(marketVariables(DEFAULT_FILTERS)).toEqual({ filter: {}, sort: ProductSort.POPULARITY, first: PAGE_SIZE })
  })

  it('sends a trimmed keyword and the chosen category', () => {
    const variables = marketVariables({ keyword: '  税易贷 ', category: ProductCategory.IP_PLEDGE, sort: ProductSort.RATE_ASC })
    expect(variables).toEqual({
      filter: { keyword: '税易贷', categories: [ProductCategory.IP_PLEDGE] },
      sort: ProductSort.RATE_ASC,
      first: PAGE_SIZE,
    })
  })

  it('does not count whitespace as a keyword', () => {
    expect(marketVariables({ ...DEFAULT_FILTERS, keyword: '   ' }).filter).toEqual({})
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, keyword: '   ' })).toBe(false)
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, category: ProductCategory.LEASING })).toBe(true)
  })
})

describe('appendPage', () => {
  it('adds the next page after the rows shown and takes its page info', () => {
    const merged = appendPage(connection(['1', '2'], true, 4), connection(['3', '4'], false, 4))
    expect(merged.products.edges.map((item) => item.node.id)).toEqual(['1', '2', '3', '4'])
    expect(merged.products.pageInfo).toEqual({ hasNextPage: false, endCursor: 'cursor-4' })
  })

  it('never shows a product twice when pages overlap', () => {
    const merged = appendPage(connection(['1', '2'], true, 3), connection(['2', '3'], false, 3))
    expect(merged.products.edges.map((item) => item.node.id)).toEqual(['1', '2', '3'])
  })
})

describe('categoryCounts', () => {
  it('has nothing before the facets load', () => {
    expect(categoryCounts(undefined)).toBeNull()
  })

  it('keys each category by its value and 全部 by null, as their sum', () => {
    const counts = categoryCounts({
      productFacets: {
        categories: [
          { value: ProductCategory.CREDIT, count: 12 },
          { value: ProductCategory.MORTGAGE, count: 0 },
          { value: ProductCategory.PLEDGE, count: 5 },
        ],
      },
    })
    expect(counts?.get(ProductCategory.CREDIT)).toBe(12)
    expect(counts?.get(ProductCategory.MORTGAGE)).toBe(0)
    expect(counts?.get(null)).toBe(17)
  })
})
