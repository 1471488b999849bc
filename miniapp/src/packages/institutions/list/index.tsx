import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import type { InstitutionType } from '@rongtong/shared'
import { useQuery } from '../../../api'
import { Button, SearchBar } from '../../../components/nutui'
import { PageShell } from '../../../components/page-shell/page-shell'
import { ProductSkeletonList } from '../../../components/product-skeleton/product-skeleton'
import { ErrorState, StateView } from '../../../components/state-view/state-view'
import { useDebouncedValue } from '../../../hooks/use-debounced-value'
import { useViewport } from '../../../hooks/use-viewport'
import { ListFooter } from '../../../pages/market/list-footer'
import { appendInstitutions, directoryVariables, typeChips, typeCountVariables } from '../directory-model'
import { InstitutionCard } from '../institution-card'
import { InstitutionDirectoryQuery, InstitutionTypeCountsQuery } from '../institutions.graphql'
import { TypeFilter } from '../type-filter'
import '../institutions.scss'

export default function InstitutionListPage() {
  const { isDesktop } = useViewport()
  const [typed, setTyped] = useState('')
  const [type, setType] = useState<InstitutionType | null>(null)
  const keyword = useDebouncedValue(typed, 400)
  const filters = useMemo(() => ({ keyword, type }), [keyword, type])
  const query = useQuery(InstitutionDirectoryQuery, directoryVariables(filters))
  const counts = useQuery(InstitutionTypeCountsQuery, typeCountVariables(filters))
  const connection = query.data?.institutions
  const institutions = connection?.edges.map((edge) => edge.node) ?? []

  // A new filter shows a new list: start reading it from the top.
  const firstFilters = useRef(filters)
  useEffect(() => {
    if (filters === firstFilters.current) return
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }, [filters])

  const loadMore = useCallback(() => {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return
    void query.fetchMore({ variables: { after: connection.pageInfo.endCursor }, merge: appendInstitutions })
  }, [connection, query])
  useReachBottom(loadMore)

  const filtered = keyword.trim() !== '' || type !== null
  const clearFilters = () => {
    setTyped('')
    setType(null)
  }

  const search = (
    <SearchBar
      className='institutions__search'
      shape='round'
      placeholder='搜索机构名称'
      value={typed}
      onChange={(value) => setTyped(value)}
      onSearch={(value) => setTyped(value)}
      onClear={() => setTyped('')}
    />
  )
  const types = <TypeFilter chips={typeChips(counts.data)} value={type} onChange={setType} />

  const results = (
    <View className='institutions__results'>
      {connection ? <Text className='institutions__summary'>共 {connection.totalCount} 家金融机构</Text> : null}
      {query.loading ? <ProductSkeletonList /> : null}
      {!query.loading && query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {!query.loading && !query.error && connection && institutions.length === 0 ? (
        <StateView
          icon='empty'
          title='暂无符合条件的金融机构'
          description='换个关键词或机构类型试试'
          action={
            filtered ? (
              <Button size='small' onClick={clearFilters}>
                清除筛选
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {!query.loading && !query.error && institutions.length > 0 ? (
        <>
          <View className='institutions__list'>
            {institutions.map((institution) => (
              <InstitutionCard key={institution.id} institution={institution} />
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
      <PageShell nav='institutions' className='institutions institutions--desktop'>
        <View className='institutions__sidebar'>
          <Text className='institutions__panel-title'>机构类型</Text>
          {types}
        </View>
        <View className='institutions__main'>
          <View className='institutions__intro'>
            <Text className='institutions__heading'>金融机构名录</Text>
            <Text className='institutions__lead'>银行、证券、保险、担保、小贷、融资租赁、转贷基金等 16 类金融机构，展示进驻平台的机构信息，便于企业筛选。</Text>
            <View className='institutions__searchbox'>{search}</View>
          </View>
          {results}
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell nav='institutions' className='institutions institutions--mobile'>
      <View className='institutions__toolbar'>
        {search}
        {types}
      </View>
      {results}
    </PageShell>
  )
}
