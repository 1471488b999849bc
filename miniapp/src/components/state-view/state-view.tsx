import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ErrorCode } from '@rongtong/shared'
import type { ApiError } from '@/api'
import { Button } from '@/components/nutui'
import './state-view.scss'

interface StateViewProps {
  icon: 'empty' | 'error' | 'building' | 'inbox'
  title: string
  description?: string
  action?: ReactNode
  testId?: string
}

/** A centred message for a list or page with nothing to show. */
export function StateView({ icon, title, description, action, testId }: StateViewProps) {
  return (
    <View className='state-view' id={testId}>
      <View className={`state-view__icon state-view__icon--${icon}`} />
      <Text className='state-view__title'>{title}</Text>
      {description ? <Text className='state-view__description'>{description}</Text> : null}
      {action ? <View className='state-view__action'>{action}</View> : null}
    </View>
  )
}

/** The message for a failed load, with the correlation id support staff ask for, and a retry. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const reference = error.code === ErrorCode.INTERNAL_SERVER_ERROR && error.correlationId ? `问题编号：${error.correlationId}` : undefined
  return (
    <StateView
      icon='error'
      title={error.message}
      description={reference}
      testId='error-state'
      action={
        <Button type='primary' size='small' onClick={onRetry}>
          重试
        </Button>
      }
    />
  )
}
