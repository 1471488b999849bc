import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { InstitutionType } from '@rongtong/shared'
import { useQuery } from '@/api'
import { ChipFilter } from '@/components/chip-filter/chip-filter'
import { FilterListLayout } from '@/components/paged-list/filter-list-layout'
import { ListSearchBar } from '@/components/paged-list/list-search-bar'
import { PagedResults } from '@/components/paged-list/paged-results'
import { useDebouncedValue } from '@/hooks/use-debounced-value'
import { usePagedList } from '@/hooks/use-paged-list'
import { useViewport } from '@/hooks/use-viewport'
import { appendInstitutions, directoryVariables, typeChips, typeCountVariables } from '../directory-model'
import { InstitutionCard } from '../institution-card'
import { InstitutionDirectoryQuery, InstitutionTypeCountsQuery } from '../institutions.graphql'
import '../institutions.scss'

export default function InstitutionListPage() {
  const { isDesktop } = useViewport()
  const [typed, setTyped] = useState('')
  const [type, setType] = useState<InstitutionType | null>(null)
  const keyword = useDebouncedValue(typed, 400)
  const filters = useMemo(() => ({ keyword, type }), [keyword, type])
  const query = useQuery(InstitutionDirectoryQuery, directoryVariables(filters))
  const counts = useQuery(InstitutionTypeCountsQuery, typeCountVariables(filters))
  const list = usePagedList(query, query.data?.institutions, appendInstitutions, filters)

  const filtered = keyword.trim() !== '' || type !== null
  const clearFilters = () => {
    setTyped('')
    setType(null)
  }

  const search = <ListSearchBar className='institutions__search' placeholder='搜索机构名称' value={typed} onChange={setTyped} />
  const types = <ChipFilter choices={typeChips(counts.data)} value={type} onChange={setType} />

  const results = (
    <PagedResults
      block='institutions'
      query={query}
      list={list}
      summary={(total) => `共 ${total} 家金融机构`}
      empty={{
        title: '暂无符合条件的金融机构',
        description: '换个关键词或机构类型试试',
        onClear: filtered ? clearFilters : undefined,
      }}
      renderItem={(institution) => <InstitutionCard key={institution.id} institution={institution} />}
    />
  )

  return (
    <FilterListLayout
      nav='institutions'
      block='institutions'
      isDesktop={isDesktop}
      sidebar={
        <>
          <Text className='institutions__panel-title'>机构类型</Text>
          {types}
        </>
      }
      header={
        <View className='institutions__intro'>
          <Text className='institutions__heading'>金融机构名录</Text>
          <Text className='institutions__lead'>银行、证券、保险、担保、小贷、融资租赁、转贷基金等 16 类金融机构，展示进驻平台的机构信息，便于企业筛选。</Text>
          <View className='institutions__searchbox'>{search}</View>
        </View>
      }
      toolbar={
        <>
          {search}
          {types}
        </>
      }
      results={results}
    />
  )
}
