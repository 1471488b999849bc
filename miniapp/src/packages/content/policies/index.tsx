import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { PolicyLevel } from '@rongtong/shared'
import { useQuery } from '@/api'
import { PolicyListQuery } from '@/api/content.graphql'
import { FilterListLayout } from '@/components/paged-list/filter-list-layout'
import { PagedResults, type EmptyResults } from '@/components/paged-list/paged-results'
import { usePagedList } from '@/hooks/use-paged-list'
import { useViewport } from '@/hooks/use-viewport'
import { LevelTabs } from '../level-tabs'
import { AudienceFilterGroups } from './audience-filters'
import { PolicyCard } from './policy-card'
import { appendPolicies, hasAudienceFilters, NO_AUDIENCE, policyListVariables, type AudienceFilters } from './policy-filters'
import '../content.scss'
import './policies.scss'

function emptyResults(filtered: boolean, clear: () => void): EmptyResults {
  if (!filtered) return { title: '暂无政策', description: '该级别下还没有发布的政策。' }
  return { title: '暂无符合条件的政策', description: '换个行业、规模或企业类型试试', onClear: clear }
}

export default function PoliciesPage() {
  const { isDesktop } = useViewport()
  const [level, setLevel] = useState(PolicyLevel.CITY)
  const [audience, setAudience] = useState<AudienceFilters>(NO_AUDIENCE)
  const filters = useMemo(() => ({ level, ...audience }), [level, audience])
  const query = useQuery(PolicyListQuery, policyListVariables(filters))
  const list = usePagedList(query, query.data?.policies, appendPolicies, filters)

  const tabs = <LevelTabs value={level} onChange={setLevel} />
  const audienceFilters = <AudienceFilterGroups value={audience} onChange={setAudience} />
  const results = (
    <PagedResults
      block='policies'
      query={query}
      list={list}
      summary={(total) => `共 ${total} 条政策`}
      empty={emptyResults(hasAudienceFilters(audience), () => setAudience(NO_AUDIENCE))}
      renderItem={(policy) => <PolicyCard key={policy.id} policy={policy} />}
    />
  )

  return (
    <FilterListLayout
      nav='policies'
      block='policies'
      isDesktop={isDesktop}
      sidebar={audienceFilters}
      header={
        <View className='policies__intro'>
          <Text className='policies__heading'>政策法规</Text>
          <Text className='policies__lead'>国家、安徽省和阜阳市的惠企金融政策，可按适用行业、企业规模和企业类型筛选。</Text>
          {tabs}
        </View>
      }
      toolbar={
        <>
          {tabs}
          {audienceFilters}
        </>
      }
      results={results}
    />
  )
}
