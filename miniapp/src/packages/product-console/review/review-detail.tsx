import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { ErrorCode } from '@rongtong/shared'
import { apiClient, ApiError } from '@/api'
import { FormField } from '@/components/form-field/form-field'
import { Button } from '@/components/nutui'
import type { ProductReviewQueueQuery as QueueData } from '@/gql/graphql'
import { ApproveProductReviewMutation, RejectProductReviewMutation } from '../product-console.graphql'
import { beijingTime, compareProducts, describeProduct } from '../product-display'
import { REVIEW_KIND_LABELS } from '../product-status'

export type QueuedReview = QueueData['productReviewQueue']['edges'][number]['node']
export type Outcome = { tone: 'success' | 'danger'; text: string; refresh: boolean }

const REASON_REQUIRED = '请填写驳回原因（至少 2 个字）'

function ProposedSheet({ review }: { review: QueuedReview }) {
  return (
    <View className='pc-compare' data-testid='proposed-sheet'>
      {describeProduct(review.proposed).map((row) => (
        <View key={row.key} className='pc-sheet__row'>
          <Text className='pc-sheet__label'>{row.label}</Text>
          <Text className='pc-sheet__value'>{row.value}</Text>
        </View>
      ))}
    </View>
  )
}

function ComparisonTable({ review }: { review: QueuedReview }) {
  const rows = compareProducts(review.product, review.proposed)
  const changed = rows.filter((row) => row.changed).length
  return (
    <View className='pc-compare' data-testid='comparison'>
      <Text className='pc-compare__summary' data-testid='change-count'>
        共 {changed} 项变更（黄色标出）。通过后立即替换线上版本；驳回则线上版本保持不变。
      </Text>
      <View className='pc-compare__row pc-compare__row--head'>
        <Text className='pc-compare__label'>字段</Text>
        <Text className='pc-compare__cell'>线上版本</Text>
        <Text className='pc-compare__cell'>变更后</Text>
      </View>
      {rows.map((row) => (
        <View key={row.key} className={`pc-compare__row ${row.changed ? 'pc-compare__row--changed' : ''}`} data-testid={row.changed ? 'changed-row' : 'same-row'}>
          <Text className='pc-compare__label'>{row.label}</Text>
          <Text className='pc-compare__cell'>{row.before}</Text>
          <Text className='pc-compare__cell'>{row.after}</Text>
        </View>
      ))}
    </View>
  )
}

function outcomeOf(caught: unknown): Outcome {
  if (!(caught instanceof ApiError)) throw caught
  if (caught.code === ErrorCode.CONFLICT) return { tone: 'danger', text: `${caught.message}。待审核列表已刷新。`, refresh: true }
  return { tone: 'danger', text: caught.message, refresh: false }
}

/** One submission: what is proposed (beside the published version for a change), and the decision. */
export function ReviewDetail({ review, onDecided }: { review: QueuedReview; onDecided(outcome: Outcome): void }) {
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const name = review.proposed.name

  async function decide(action: () => Promise<unknown>, success: string) {
    setBusy(true)
    try {
      await action()
      onDecided({ tone: 'success', text: success, refresh: true })
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === ErrorCode.BAD_USER_INPUT && caught.fieldMessage('reason')) {
        setReasonError(caught.fieldMessage('reason'))
      } else {
        onDecided(outcomeOf(caught))
      }
    } finally {
      setBusy(false)
    }
  }

  const approve = () =>
    decide(
      () => apiClient.execute(ApproveProductReviewMutation, { id: review.id }),
      review.kind === 'CHANGE' ? `已通过「${name}」的变更，金融超市已展示新版本` : `已通过「${name}」，产品已在金融超市上架`,
    )
  const reject = () => {
    if (reason.trim().length < 2) {
      setReasonError(REASON_REQUIRED)
      return Promise.resolve()
    }
    setReasonError(undefined)
    return decide(() => apiClient.execute(RejectProductReviewMutation, { id: review.id, reason: reason.trim() }), `已驳回「${name}」，机构可看到驳回原因`)
  }

  return (
    <View className='pc-card pc-review' data-testid='review-detail'>
      <View className='pc-review__head'>
        <Text className={`pc-tag ${review.kind === 'CHANGE' ? 'pc-tag--change' : ''}`}>{REVIEW_KIND_LABELS[review.kind]}</Text>
        <Text className='pc-card__title'>{name}</Text>
      </View>
      <Text className='pc-muted'>
        {review.product.institution.name} · {review.submittedByName ?? '机构产品经理'} 于 {beijingTime(review.submittedAt)} 提交
      </Text>
      {review.kind === 'CHANGE' ? <ComparisonTable review={review} /> : <ProposedSheet review={review} />}
      <FormField name='reason' label='驳回原因（驳回时必填，机构可见）' error={reasonError}>
        <Textarea className='pc-textarea' value={reason} maxlength={500} placeholder='如：利率说明不完整，请补充计息方式' onInput={(event) => setReason(event.detail.value)} />
      </FormField>
      <View className='pc-actions pc-actions--end'>
        <Button type='danger' loading={busy} data-testid='reject-review' onClick={() => void reject()}>
          驳回
        </Button>
        <Button type='primary' loading={busy} data-testid='approve-review' onClick={() => void approve()}>
          审核通过
        </Button>
      </View>
    </View>
  )
}
