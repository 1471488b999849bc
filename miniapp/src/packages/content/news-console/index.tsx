import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PolicyLevel } from '@rongtong/shared'
import { apiClient, useSession } from '../../../auth'
import { ApiError, useQuery } from '../../../api'
import { Button } from '../../../components/nutui'
import { PageShell } from '../../../components/page-shell/page-shell'
import { ErrorState, StateView } from '../../../components/state-view/state-view'
import { confirmAction, STATUS_LABELS } from '../console/console-shared'
import { LEVEL_LABELS } from '../level-tabs'
import { AttachmentsField, type AttachmentItem } from '../upload/attachments-field'
import {
  CreateNewsMutation,
  ManagedNewsListQuery,
  ManagedNewsQuery,
  PublishNewsMutation,
  UpdateNewsMutation,
  WithdrawNewsMutation,
} from './news-console.graphql'
import { emptyNewsForm, newsFormFrom, toNewsInput, type NewsFormValues, type NewsTextField } from './news-form'
import '../content.scss'

const LEVELS = [PolicyLevel.NATIONAL, PolicyLevel.PROVINCE, PolicyLevel.CITY]
const TEXT_FIELDS: ReadonlyArray<{ field: NewsTextField; label: string }> = [
  { field: 'title', label: '标题' },
  { field: 'source', label: '来源' },
  { field: 'publishedOn', label: '发布日期（YYYY-MM-DD）' },
  { field: 'summary', label: '摘要' },
]

const today = () => new Date().toISOString().slice(0, 10)

interface Draft {
  id: string | null
  values: NewsFormValues
  attachments: AttachmentItem[]
}

const newDraft = (publishedOn: string = today()): Draft => ({ id: null, values: emptyNewsForm(publishedOn), attachments: [] })

function NewsEditor({ draft, onChange, onSaved, onCancel }: { draft: Draft; onChange(draft: Draft): void; onSaved(message: string): void; onCancel(): void }) {
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  const { values } = draft
  const set = (patch: Partial<NewsFormValues>) => onChange({ ...draft, values: { ...values, ...patch } })

  async function save() {
    setSaving(true)
    try {
      const input = toNewsInput(values, draft.attachments.map((attachment) => attachment.id))
      if (draft.id) await apiClient.execute(UpdateNewsMutation, { id: draft.id, input })
      else await apiClient.execute(CreateNewsMutation, { input })
      setError(null)
      onSaved(draft.id ? '已保存修改' : '已保存为草稿')
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught)
      else throw caught
    } finally {
      setSaving(false)
    }
  }

  const attachmentError = error?.fields.find((field) => field.field.startsWith('attachmentIds'))?.message
  return (
    <View className='content__card' data-testid='news-editor'>
      <Text className='content__title'>{draft.id ? `编辑资讯：${values.title}` : '新建资讯'}</Text>
      {TEXT_FIELDS.map(({ field, label }) => (
        <View key={field} className='content__field'>
          <Text className='content__label'>{label}</Text>
          <Input className='content__input' data-testid={`news-${field}`} value={values[field]} onInput={(event) => set({ [field]: event.detail.value })} />
          {error?.fieldMessage(field) ? <Text className='content__error'>{error.fieldMessage(field)}</Text> : null}
        </View>
      ))}
      <View className='content__field'>
        <Text className='content__label'>级别</Text>
        <View className='content__actions'>
          {LEVELS.map((level) => (
            <Button key={level} size='small' type={values.level === level ? 'primary' : 'default'} onClick={() => set({ level })}>
              {LEVEL_LABELS[level]}
            </Button>
          ))}
        </View>
      </View>
      <View className='content__field'>
        <Text className='content__label'>正文（富文本 HTML，保存时自动清理不安全内容）</Text>
        <Textarea className='content__textarea' data-testid='news-bodyHtml' maxlength={-1} value={values.bodyHtml} onInput={(event) => set({ bodyHtml: event.detail.value })} />
        {error?.fieldMessage('bodyHtml') ? <Text className='content__error'>{error.fieldMessage('bodyHtml')}</Text> : null}
      </View>
      <AttachmentsField items={draft.attachments} onChange={(attachments) => onChange({ ...draft, attachments })} error={attachmentError} />
      {error && error.fields.length === 0 ? <Text className='content__error'>{error.message}</Text> : null}
      <View className='content__actions'>
        <Button type='primary' data-testid='save-news' loading={saving} onClick={() => void save()}>
          {draft.id ? '保存修改' : '保存草稿'}
        </Button>
        {draft.id ? <Button onClick={onCancel}>取消编辑</Button> : null}
      </View>
    </View>
  )
}

export default function NewsConsolePage() {
  const { me } = useSession()
  const isOperator = me?.role === 'OPERATOR'
  const { data, error, refetch } = useQuery(ManagedNewsListQuery, { first: 50 }, { client: apiClient, skip: !isOperator })
  const [notice, setNotice] = useState('')
  const [draft, setDraft] = useState<Draft>(() => newDraft())
  const [editorKey, setEditorKey] = useState(0)

  function resetEditor(publishedOn?: string) {
    setDraft(newDraft(publishedOn))
    setEditorKey((key) => key + 1)
  }

  async function edit(id: string) {
    try {
      const { managedNews } = await apiClient.execute(ManagedNewsQuery, { id })
      setDraft({ id, values: newsFormFrom(managedNews), attachments: managedNews.attachments.map(({ id: fileId, name, size }) => ({ id: fileId, name, size })) })
      setEditorKey((key) => key + 1)
      setNotice('')
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 })
    } catch (caught) {
      setNotice(caught instanceof ApiError ? caught.message : '加载失败，请稍后重试')
    }
  }

  async function act(kind: 'publish' | 'withdraw', id: string, title: string) {
    if (kind === 'withdraw' && !(await confirmAction('撤回资讯', `撤回后「${title}」将不再对外展示，可再次发布。确定撤回？`))) return
    try {
      if (kind === 'publish') await apiClient.execute(PublishNewsMutation, { id })
      else await apiClient.execute(WithdrawNewsMutation, { id })
      setNotice(kind === 'publish' ? '已发布，已在新闻动态展示' : '已撤回')
    } catch (caught) {
      setNotice(caught instanceof ApiError ? caught.message : '操作失败，请稍后重试')
    }
    await refetch()
  }

  if (!isOperator) {
    return (
      <PageShell nav='staff' className='content'>
        <StateView icon='inbox' title='仅运营人员可管理资讯' description='请使用运营人员账号登录工作台。' />
      </PageShell>
    )
  }
  const items = data?.managedNewsList.edges.map(({ node }) => node) ?? []
  return (
    <PageShell nav='staff' className='content content--console'>
      {notice ? (
        <Text className='content__reason' data-testid='console-notice'>
          {notice}
        </Text>
      ) : null}
      <NewsEditor
        key={editorKey}
        draft={draft}
        onChange={setDraft}
        onCancel={() => resetEditor()}
        onSaved={(message) => {
          setNotice(message)
          resetEditor(draft.values.publishedOn)
          void refetch()
        }}
      />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data && items.length === 0 ? <StateView icon='inbox' title='还没有资讯' description='在上方填写并保存第一条资讯。' /> : null}
      {items.map((node) => (
        <View key={node.id} className='content__card content__row' data-testid='managed-news'>
          <View className='content__row-main'>
            <Text className='content__title'>
              {node.title}
              <Text className={`content__status content__status--${node.status.toLowerCase()}`}>{STATUS_LABELS[node.status]}</Text>
            </Text>
            <Text className='content__meta'>
              {LEVEL_LABELS[node.level]} · {node.source} · {node.publishedOn}
              {node.attachments.length > 0 ? ` · 附件 ${node.attachments.length} 个` : ''}
            </Text>
          </View>
          <View className='content__actions'>
            <Button size='small' data-testid='edit-news' onClick={() => void edit(node.id)}>
              编辑
            </Button>
            {node.status === 'PUBLISHED' ? (
              <Button size='small' type='danger' data-testid='withdraw-news' onClick={() => void act('withdraw', node.id, node.title)}>
                撤回
              </Button>
            ) : (
              <Button size='small' type='primary' data-testid='publish-news' onClick={() => void act('publish', node.id, node.title)}>
                发布
              </Button>
            )}
          </View>
        </View>
      ))}
    </PageShell>
  )
}
