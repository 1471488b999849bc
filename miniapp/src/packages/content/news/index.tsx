import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { PolicyLevel } from '@rongtong/shared'
import { useQuery } from '@/api'
import { NewsListQuery } from '@/api/content.graphql'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { LevelTabs } from '../level-tabs'
import { openNews } from '../routes'
import '../content.scss'

export default function NewsPage() {
  const [level, setLevel] = useState(PolicyLevel.CITY)
  const { data, error, loading, refetch } = useQuery(NewsListQuery, { level, first: 50 })
  const items = data?.newsList.edges.map((edge) => edge.node) ?? []
  return (
    <PageShell nav='news' className='content'>
      <LevelTabs value={level} onChange={setLevel} />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!error && !loading && items.length === 0 ? <StateView icon='inbox' title='暂无资讯' description='该级别下还没有发布的资讯。' /> : null}
      {items.map((item) => (
        <View key={item.id} className='content__card' onClick={() => openNews(item.id)}>
          <Text className='content__title'>{item.title}</Text>
          <Text className='content__meta'>
            {item.source} · {item.publishedOn}
          </Text>
          <Text className='content__summary'>{item.summary}</Text>
        </View>
      ))}
    </PageShell>
  )
}
