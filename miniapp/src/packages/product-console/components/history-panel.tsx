import { Text, View } from '@tarojs/components'
import { beijingTime } from '../product-display'
import { REVIEW_KIND_LABELS, REVIEW_STATUS_LABELS, type ReviewKind, type ReviewStatus } from '../product-status'

export interface HistoryEntry {
  id: string
  kind: ReviewKind | `${ReviewKind}`
  status: ReviewStatus | `${ReviewStatus}`
  reason?: string | null
  submittedByName?: string | null
  submittedAt: string
  reviewedByName?: string | null
  reviewedAt?: string | null
}

function decisionLine(entry: HistoryEntry): string | null {
  if (!entry.reviewedAt) return null
  const when = beijingTime(entry.reviewedAt)
  if (entry.status === 'CANCELLED') return `${when} 随产品下架撤销`
  return `${when} ${entry.reviewedByName ?? '平台运营人员'}${entry.status === 'APPROVED' ? '审核通过' : '驳回'}`
}

/** The product's submissions and their decisions, newest first. */
export function HistoryPanel({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <View className='pc-card pc-history' data-testid='review-history'>
      <Text className='pc-card__title'>审核记录</Text>
      {entries.length === 0 ? <Text className='pc-muted'>尚未提交过审核。</Text> : null}
      {entries.map((entry) => {
        const decision = decisionLine(entry)
        return (
          <View key={entry.id} className='pc-history__item' data-testid='history-item'>
            <View className='pc-history__head'>
              <Text className='pc-tag'>{REVIEW_KIND_LABELS[entry.kind]}</Text>
              <Text className={`pc-review-status pc-review-status--${entry.status.toLowerCase()}`}>{REVIEW_STATUS_LABELS[entry.status]}</Text>
            </View>
            <Text className='pc-history__line'>
              {beijingTime(entry.submittedAt)} {entry.submittedByName ?? ''}提交审核
            </Text>
            {decision ? <Text className='pc-history__line'>{decision}</Text> : null}
            {entry.reason && entry.status !== 'APPROVED' ? (
              <Text className='pc-history__reason'>
                {entry.status === 'REJECTED' ? '驳回原因：' : ''}
                {entry.reason}
              </Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
