import { PRODUCT_CATEGORIES, ProductCategory } from '@rongtong/shared'
import {
  ProductSort,
  type MarketFacetsQuery,
  type MarketProductsQuery,
  type MarketProductsQueryVariables,
} from '@/gql/graphql'

export const PAGE_SIZE = 20

export const SORT_OPTIONS: readonly { value: ProductSort; label: string }[] = [
  { value: ProductSort.POPULARITY, label: '最受欢迎' },
  { value: ProductSort.NEWEST, label: '最新发布' },
  { value: ProductSort.RATE_ASC, label: '利率最低' },
  { value: ProductSort.AMOUNT_DESC, label: '额度最高' },
]

export interface MarketFilters {
  keyword: string
  category: ProductCategory | null
  sort: ProductSort
}

export const DEFAULT_FILTERS: MarketFilters = { keyword: '', category: null, sort: ProductSort.POPULARITY }

export const CATEGORY_OPTIONS: readonly ProductCategory[] = PRODUCT_CATEGORIES

export function marketVariables(filters: MarketFilters): MarketProductsQueryVariables {
  const keyword = filters.keyword.trim()
  return {
    filter: {
      ...(keyword ? { keyword } : {}),
      ...(filters.category ? { categories: [filters.category] } : {}),
    },
    sort: filters.sort,
    first: PAGE_SIZE,
  }
}

/** Products per category chip under the other filters; 全部 (null) is their sum. */
export type CategoryCounts = ReadonlyMap<ProductCategory | null, number>

export function categoryCounts(facets: MarketFacetsQuery | null | undefined): CategoryCounts | null {
  if (!facets) return null
  const counts = new Map<ProductCategory | null, number>()
  let total = 0
  for (const facet of facets.productFacets.categories) {
    counts.set(facet.value, facet.count)
    total += facet.count
  }
  counts.set(null, total)
  return counts
}

export function hasActiveFilters(filters: MarketFilters): boolean {
  return filters.keyword.trim() !== '' || filters.category !== null
}

/** Appends the next page to the rows shown so far; a repeated cursor never shows a product twice. */
export function appendPage(previous: MarketProductsQuery, next: MarketProductsQuery): MarketProductsQuery {
  const seen = new Set(previous.products.edges.map((edge) => edge.node.id))
  const fresh = next.products.edges.filter((edge) => !seen.has(edge.node.id))
  return {
    ...next,
    products: { ...next.products, edges: [...previous.products.edges, ...fresh] },
  }
}
