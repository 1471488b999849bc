import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { apiClient, useQuery } from '@/api'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import type { ProductReviewQueueQuery as QueueData } from '@/gql/graphql'
import { ConsoleGate, isOperator } from '@/components/console-gate/console-gate'
import { ProductReviewQueueQuery } from '../product-console.graphql'
import { beijingTime } from '../product-display'
import { REVIEW_KIND_LABELS } from '../product-status'
import { ReviewDetail, type Outcome, type QueuedReview } from './review-detail'
import '../product-console.scss'

const PAGE_SIZE = 20

function appendPage(previous: QueueData, next: QueueData): QueueData {
  return { productReviewQueue: { ...next.productReviewQueue, edges: [...previous.productReviewQueue.edges, ...next.productReviewQueue.edges] } }
}

function QueueItem({ review, active, onSelect }: { review: QueuedReview; active: boolean; onSelect(): void }) {
  return (
    <View className={`pc-queue__item ${active ? 'pc-queue__item--active' : ''}`} data-testid='review-item' onClick={onSelect}>
      <View className='pc-history__head'>
        <Text className={`pc-tag ${review.kind === 'CHANGE' ? 'pc-tag--change' : ''}`}>{REVIEW_KIND_LABELS[review.kind]}</Text>
        <Text className='pc-queue__name'>{review.proposed.name}</Text>
      </View>
      <Text className='pc-muted'>{review.product.institution.name}</Text>
      <Text className='pc-muted'>{beijingTime(review.submittedAt)} 提交</Text>
    </View>
  )
}

function ReviewQueue() {
  const query = useQuery(ProductReviewQueueQuery, { first: PAGE_SIZE, after: null as string | null }, { client: apiClient })
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const connection = query.data?.productReviewQueue
  const reviews = connection?.edges.map((edge) => edge.node) ?? []
  const selected = reviews.find((review) => review.id === selectedId) ?? reviews[0] ?? null

  const onDecided = (next: Outcome) => {
    setOutcome(next)
    if (next.refresh) {
      setSelectedId(null)
      void query.refetch()
    }
  }
  const loadMore = () => {
    if (connection?.pageInfo.endCursor) void query.fetchMore({ variables: { after: connection.pageInfo.endCursor }, merge: appendPage })
  }

  return (
    <View className='pc-page'>
      <View className='pc-header'>
        <View>
          <Text className='pc-title'>产品审核</Text>
          <Text className='pc-subtitle'>金融机构提交的新产品和已发布产品的变更，按提交时间先后排列。通过后产品上架或变更生效；驳回需填写原因。</Text>
        </View>
        {connection ? <Text className='pc-count' data-testid='queue-count'>待审核 {connection.totalCount} 项</Text> : null}
      </View>
      {outcome ? (
        <Text className={`pc-notice pc-notice--${outcome.tone}`} data-testid='review-notice'>
          {outcome.text}
        </Text>
      ) : null}
      {query.loading && !connection ? <StateView icon='building' title='正在加载待审核产品…' /> : null}
      {query.error && !connection ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {connection && reviews.length === 0 ? <StateView icon='inbox' title='暂无待审核的产品' description='机构提交新产品或变更后会出现在这里。' /> : null}
      {selected ? (
        <View className='pc-columns pc-columns--queue'>
          <View className='pc-columns__side pc-queue'>
            {reviews.map((review) => (
              <QueueItem key={review.id} review={review} active={review.id === selected.id} onSelect={() => setSelectedId(review.id)} />
            ))}
            {connection?.pageInfo.hasNextPage ? (
              <Button size='small' loading={query.loadingMore} onClick={loadMore}>
                加载更多
              </Button>
            ) : null}
          </View>
          <View className='pc-columns__main'>
            <ReviewDetail key={selected.id} review={selected} onDecided={onDecided} />
          </View>
        </View>
      ) : null}
    </View>
  )
}

/** 产品审核: the operator's queue of product submissions, oldest first, with approve and reject. */
export default function ProductReviewPage() {
  return (
    <PageShell nav='staff' className='product-console'>
      <ConsoleGate allows={isOperator} deniedTitle='仅平台运营人员可审核产品' deniedDescription='请使用运营人员账号登录工作台。'>
        {() => <ReviewQueue />}
      </ConsoleGate>
    </PageShell>
  )
}
