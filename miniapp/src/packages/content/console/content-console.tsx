import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/api'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { STATUS_LABELS } from './console-shared'
import '../content.scss'

interface ContentConsoleProps {
  /** What the console manages: 政策, 资讯, 轮播图. */
  noun: string
  isOperator: boolean
  notice: string
  editor: ReactNode
  error: ApiError | null | undefined
  onRetry(): void
  /** The empty state, when the list has loaded with nothing in it. */
  empty: { title: string; description: string } | null
  children: ReactNode
}

/** An operator console on the PC shell: notice, editor, then the list (or its error / empty state). */
export function ContentConsole({ noun, isOperator, notice, editor, error, onRetry, empty, children }: ContentConsoleProps) {
  if (!isOperator) {
    return (
      <PageShell nav='staff' className='content'>
        <StateView icon='inbox' title={`仅运营人员可管理${noun}`} description='请使用运营人员账号登录工作台。' />
      </PageShell>
    )
  }
  return (
    <PageShell nav='staff' className='content content--console'>
      {notice ? (
        <Text className='content__reason' data-testid='console-notice'>
          {notice}
        </Text>
      ) : null}
      {editor}
      {error ? <ErrorState error={error} onRetry={onRetry} /> : null}
      {empty ? <StateView icon='inbox' title={empty.title} description={empty.description} /> : null}
      {children}
    </PageShell>
  )
}

interface ContentRowProps {
  /** `policy` or `news`: the row is `managed-<kind>`, its buttons `edit-<kind>`, `publish-<kind>`, `withdraw-<kind>`. */
  kind: string
  item: { title: string; status: string; attachments: readonly unknown[] }
  /** The parts of the line under the title, joined with ` · `. */
  meta: readonly string[]
  onEdit(): void
  onPublish(): void
  onWithdraw(): void
}

/** A policy or news item in its console: title with status, meta line, 编辑 and 发布 or 撤回. */
export function ContentRow({ kind, item, meta, onEdit, onPublish, onWithdraw }: ContentRowProps) {
  const attachments = item.attachments.length > 0 ? ` · 附件 ${item.attachments.length} 个` : ''
  return (
    <View className='content__card content__row' data-testid={`managed-${kind}`}>
      <View className='content__row-main'>
        <Text className='content__title'>
          {item.title}
          <Text className={`content__status content__status--${item.status.toLowerCase()}`}>{STATUS_LABELS[item.status]}</Text>
        </Text>
        <Text className='content__meta'>
          {meta.join(' · ')}
          {attachments}
        </Text>
      </View>
      <View className='content__actions'>
        <Button size='small' data-testid={`edit-${kind}`} onClick={onEdit}>
          编辑
        </Button>
        {item.status === 'PUBLISHED' ? (
          <Button size='small' type='danger' data-testid={`withdraw-${kind}`} onClick={onWithdraw}>
            撤回
          </Button>
        ) : (
          <Button size='small' type='primary' data-testid={`publish-${kind}`} onClick={onPublish}>
            发布
          </Button>
        )}
      </View>
    </View>
  )
}
