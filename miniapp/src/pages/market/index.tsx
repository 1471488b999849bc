import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useQuery } from '@/api'
import { MarketFacetsQuery, MarketProductsQuery } from '@/api/products.graphql'
import { ProductCard } from '@/components/product-card/product-card'
import { FilterListLayout } from '@/components/paged-list/filter-list-layout'
import { ListSearchBar } from '@/components/paged-list/list-search-bar'
import { PagedResults } from '@/components/paged-list/paged-results'
import { useDebouncedValue } from '@/hooks/use-debounced-value'
import { usePagedList } from '@/hooks/use-paged-list'
import { useViewport } from '@/hooks/use-viewport'
import { CategoryChips, SortSelector } from './filter-controls'
import {
  appendPage,
  categoryCounts,
  DEFAULT_FILTERS,
  hasActiveFilters,
  marketVariables,
  type MarketFilters,
} from './market-filters'
import './index.scss'

export default function MarketPage() {
  const { isDesktop } = useViewport()
  const [typed, setTyped] = useState('')
  const [filters, setFilters] = useState<MarketFilters>(DEFAULT_FILTERS)
  const keyword = useDebouncedValue(typed, 400)
  const applied = useMemo(() => ({ ...filters, keyword }), [filters, keyword])
  const variables = marketVariables(applied)
  const query = useQuery(MarketProductsQuery, variables)
  const facets = useQuery(MarketFacetsQuery, { filter: variables.filter })
  const list = usePagedList(query, query.data?.products, appendPage, applied)

  const clearFilters = () => {
    setTyped('')
    setFilters(DEFAULT_FILTERS)
  }

  const search = <ListSearchBar className='market__search' placeholder='搜索产品名称、金融机构' value={typed} onChange={setTyped} />
  const categories = (
    <CategoryChips
      value={filters.category}
      counts={categoryCounts(facets.data)}
      onChange={(category) => setFilters({ ...filters, category })}
    />
  )
  const sort = <SortSelector value={filters.sort} onChange={(value) => setFilters({ ...filters, sort: value })} />

  const results = (
    <PagedResults
      block='market'
      query={query}
      list={list}
      summary={(total) => `共 ${total} 款产品`}
      empty={{
        title: '暂无符合条件的产品',
        description: '换个关键词或分类试试',
        onClear: hasActiveFilters(applied) ? clearFilters : undefined,
      }}
      renderItem={(product) => <ProductCard key={product.id} product={product} />}
    />
  )

  return (
    <FilterListLayout
      nav='market'
      block='market'
      isDesktop={isDesktop}
      sidebar={
        <>
          <Text className='market__panel-title'>产品分类</Text>
          {categories}
          <Text className='market__panel-title'>排序方式</Text>
          {sort}
        </>
      }
      header={<View className='market__searchbox'>{search}</View>}
      toolbar={
        <>
          {search}
          {categories}
          {sort}
        </>
      }
      results={results}
    />
  )
}
