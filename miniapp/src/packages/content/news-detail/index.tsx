import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useQuery } from '@/api'
import { NewsDetailQuery } from '@/api/content.graphql'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState } from '@/components/state-view/state-view'
import { LEVEL_LABELS } from '../level-tabs'
import { RichBody } from '../rich-body'
import '../content.scss'

export default function NewsDetailPage() {
  const id = useRouter().params.id ?? ''
  const { data, error, refetch } = useQuery(NewsDetailQuery, { id })
  const news = data?.news
  return (
    <PageShell nav='news' className='content'>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {news ? (
        <View>
          <View className='content__card'>
            <Text className='content__title'>{news.title}</Text>
            <Text className='content__meta'>
              {LEVEL_LABELS[news.level]} · {news.source} · {news.publishedOn}
            </Text>
          </View>
          <RichBody html={news.bodyHtml} attachments={news.attachments} />
        </View>
      ) : null}
    </PageShell>
  )
}
