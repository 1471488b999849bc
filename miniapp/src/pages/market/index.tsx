import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import { useQuery } from '../../api'
import { MarketFacetsQuery, MarketProductsQuery } from '../../api/products.graphql'
import { Button, SearchBar } from '../../components/nutui'
import { PageShell } from '../../components/page-shell/page-shell'
import { ProductCard } from '../../components/product-card/product-card'
import { ProductSkeletonList } from '../../components/product-skeleton/product-skeleton'
import { ErrorState, StateView } from '../../components/state-view/state-view'
import { useDebouncedValue } from '../../hooks/use-debounced-value'
import { useViewport } from '../../hooks/use-viewport'
import { CategoryChips, SortSelector } from './filter-controls'
import { ListFooter } from './list-footer'
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
  const connection = query.data?.products
  const products = connection?.edges.map((edge) => edge.node) ?? []

  // A new filter shows a new list: start reading it from the top.
  const firstFilters = useRef(applied)
  useEffect(() => {
    if (applied === firstFilters.current) return
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }, [applied])

  const loadMore = useCallback(() => {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return
    void query.fetchMore({ variables: { after: connection.pageInfo.endCursor }, merge: appendPage })
  }, [connection, query])
  useReachBottom(loadMore)

  const clearFilters = () => {
    setTyped('')
    setFilters(DEFAULT_FILTERS)
  }

  const search = (
    <SearchBar
      className='market__search'
      shape='round'
      placeholder='搜索产品名称、金融机构'
      value={typed}
      onChange={(value) => setTyped(value)}
      onSearch={(value) => setTyped(value)}
      onClear={() => setTyped('')}
    />
  )
  const categories = (
    <CategoryChips
      value={filters.category}
      counts={categoryCounts(facets.data)}
      onChange={(category) => setFilters({ ...filters, category })}
    />
  )
  const sort = <SortSelector value={filters.sort} onChange={(value) => setFilters({ ...filters, sort: value })} />

  const results = (
    <View className='market__results'>
      {connection ? <Text className='market__summary'>共 {connection.totalCount} 款产品</Text> : null}
      {query.loading ? <ProductSkeletonList /> : null}
      {!query.loading && query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {!query.loading && !query.error && connection && products.length === 0 ? (
        <StateView
          icon='empty'
          title='暂无符合条件的产品'
          description='换个关键词或分类试试'
          action={
            hasActiveFilters(applied) ? (
              <Button size='small' onClick={clearFilters}>
                清除筛选
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {!query.loading && !query.error && products.length > 0 ? (
        <>
          <View className='market__list'>
            {products.map((product) => (
              <ProductCard key={product.id} product={product} />
            ))}
          </View>
          <ListFooter
            hasNextPage={connection?.pageInfo.hasNextPage === true}
            loadingMore={query.loadingMore}
            error={query.fetchMoreError}
            onLoadMore={loadMore}
          />
        </>
      ) : null}
    </View>
  )

  if (isDesktop) {
    return (
      <PageShell nav='market' className='market market--desktop'>
        <View className='market__sidebar'>
          <Text className='market__panel-title'>产品分类</Text>
          {categories}
          <Text className='market__panel-title'>排序方式</Text>
          {sort}
        </View>
        <View className='market__main'>
          <View className='market__searchbox'>{search}</View>
          {results}
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell nav='market' className='market market--mobile'>
      <View className='market__toolbar'>
        {search}
        {categories}
        {sort}
      </View>
      {results}
    </PageShell>
  )
}
