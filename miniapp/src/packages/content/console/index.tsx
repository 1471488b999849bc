import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ENTERPRISE_SCALE_LABELS, EnterpriseScale, PolicyLevel } from '@rongtong/shared'
import { apiClient, useSession } from '../../../auth'
import { ApiError, useQuery } from '../../../api'
import { CreatePolicyMutation, PublishPolicyMutation, UpdatePolicyMutation, WithdrawPolicyMutation } from '../../../api/content.graphql'
import { Button } from '../../../components/nutui'
import { PageShell } from '../../../components/page-shell/page-shell'
import { ErrorState, StateView } from '../../../components/state-view/state-view'
import { LEVEL_LABELS } from '../level-tabs'
import { AttachmentsField, type AttachmentItem } from '../upload/attachments-field'
import { confirmAction, STATUS_LABELS } from './console-shared'
import { ManagedPolicyListQuery, ManagedPolicyQuery } from './policy-console.graphql'
import { emptyPolicyForm, policyFormFrom, toPolicyInput, type PolicyFormValues } from './policy-form'
import '../content.scss'

const SCALES = [EnterpriseScale.MICRO, EnterpriseScale.SMALL, EnterpriseScale.MEDIUM, EnterpriseScale.LARGE]
const LEVELS = [PolicyLevel.NATIONAL, PolicyLevel.PROVINCE, PolicyLevel.CITY]
type TextField = 'title' | 'issuer' | 'documentNumber' | 'issuedOn' | 'summary' | 'industryCodes'

const TEXT_FIELDS: ReadonlyArray<{ field: TextField; label: string }> = [
  { field: 'title', label: '标题' },
  { field: 'issuer', label: '发文机关' },
  { field: 'documentNumber', label: '文号' },
  { field: 'issuedOn', label: '发布日期（YYYY-MM-DD）' },
  { field: 'summary', label: '摘要' },
  { field: 'industryCodes', label: '适用行业代码（GB/T 4754，逗号分隔，留空为全部行业）' },
]

const today = () => new Date().toISOString().slice(0, 10)

/** What the editor holds: a new policy, or an existing one (its id) being edited. */
interface Draft {
  id: string | null
  values: PolicyFormValues
  attachments: AttachmentItem[]
}

const newDraft = (issuedOn: string = today()): Draft => ({ id: null, values: emptyPolicyForm(issuedOn), attachments: [] })

function PolicyEditor({ draft, onChange, onSaved, onCancel }: { draft: Draft; onChange(draft: Draft): void; onSaved(message: string): void; onCancel(): void }) {
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState(false)
  const { values } = draft
  const set = (patch: Partial<PolicyFormValues>) => onChange({ ...draft, values: { ...values, ...patch } })
  const toggleScale = (scale: EnterpriseScale) =>
    set({ scales: values.scales.includes(scale) ? values.scales.filter((s) => s !== scale) : [...values.scales, scale] })

  async function save() {
    setSaving(true)
    try {
      const input = toPolicyInput(values, draft.attachments.map((attachment) => attachment.id))
      if (draft.id) await apiClient.execute(UpdatePolicyMutation, { id: draft.id, input })
      else await apiClient.execute(CreatePolicyMutation, { input })
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
    <View className='content__card' data-testid='policy-editor'>
      <Text className='content__title'>{draft.id ? `编辑政策：${values.title}` : '新建政策'}</Text>
      {TEXT_FIELDS.map(({ field, label }) => (
        <View key={field} className='content__field'>
          <Text className='content__label'>{label}</Text>
          <Input className='content__input' data-testid={`field-${field}`} value={values[field]} onInput={(event) => set({ [field]: event.detail.value })} />
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
        <Text className='content__label'>适用企业规模（不选为全部）</Text>
        <View className='content__actions'>
          {SCALES.map((scale) => (
            <Button key={scale} size='small' data-testid={`scale-${scale}`} type={values.scales.includes(scale) ? 'primary' : 'default'} onClick={() => toggleScale(scale)}>
              {ENTERPRISE_SCALE_LABELS[scale]}
            </Button>
          ))}
        </View>
      </View>
      <View className='content__field'>
        <Text className='content__label'>正文（富文本 HTML，保存时自动清理不安全内容）</Text>
        <Textarea className='content__textarea' data-testid='field-bodyHtml' maxlength={-1} value={values.bodyHtml} onInput={(event) => set({ bodyHtml: event.detail.value })} />
        {error?.fieldMessage('bodyHtml') ? <Text className='content__error'>{error.fieldMessage('bodyHtml')}</Text> : null}
      </View>
      <AttachmentsField items={draft.attachments} onChange={(attachments) => onChange({ ...draft, attachments })} error={attachmentError} />
      {error && error.fields.length === 0 ? <Text className='content__error'>{error.message}</Text> : null}
      <View className='content__actions'>
        <Button type='primary' data-testid='save-policy' loading={saving} onClick={() => void save()}>
          {draft.id ? '保存修改' : '保存草稿'}
        </Button>
        {draft.id ? (
          <Button data-testid='cancel-edit' onClick={onCancel}>
            取消编辑
          </Button>
        ) : null}
      </View>
    </View>
  )
}

export default function PolicyConsolePage() {
  const { me } = useSession()
  const isOperator = me?.role === 'OPERATOR'
  const { data, error, refetch } = useQuery(ManagedPolicyListQuery, { first: 50 }, { client: apiClient, skip: !isOperator })
  const [notice, setNotice] = useState('')
  const [draft, setDraft] = useState<Draft>(() => newDraft())
  const [editorKey, setEditorKey] = useState(0)

  function resetEditor(issuedOn?: string) {
    setDraft(newDraft(issuedOn))
    setEditorKey((key) => key + 1)
  }

  async function edit(id: string) {
    try {
      const { managedPolicy } = await apiClient.execute(ManagedPolicyQuery, { id })
      setDraft({ id, values: policyFormFrom(managedPolicy), attachments: managedPolicy.attachments.map(({ id: fileId, name, size }) => ({ id: fileId, name, size })) })
      setEditorKey((key) => key + 1)
      setNotice('')
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 })
    } catch (caught) {
      setNotice(caught instanceof ApiError ? caught.message : '加载失败，请稍后重试')
    }
  }

  async function act(kind: 'publish' | 'withdraw', id: string, title: string) {
    if (kind === 'withdraw' && !(await confirmAction('撤回政策', `撤回后「${title}」将不再对外展示，可再次发布。确定撤回？`))) return
    try {
      if (kind === 'publish') {
        const { publishPolicy } = await apiClient.execute(PublishPolicyMutation, { id })
        setNotice(`已发布，已向 ${publishPolicy.notifiedUserCount} 位企业用户推送消息`)
      } else {
        await apiClient.execute(WithdrawPolicyMutation, { id })
        setNotice('已撤回')
      }
    } catch (caught) {
      setNotice(caught instanceof ApiError ? caught.message : '操作失败，请稍后重试')
    }
    await refetch()
  }

  if (!isOperator) {
    return (
      <PageShell nav='staff' className='content'>
        <StateView icon='inbox' title='仅运营人员可管理政策' description='请使用运营人员账号登录工作台。' />
      </PageShell>
    )
  }
  const policies = data?.managedPolicies.edges.map(({ node }) => node) ?? []
  return (
    <PageShell nav='staff' className='content content--console'>
      {notice ? (
        <Text className='content__reason' data-testid='console-notice'>
          {notice}
        </Text>
      ) : null}
      <PolicyEditor
        key={editorKey}
        draft={draft}
        onChange={setDraft}
        onCancel={() => resetEditor()}
        onSaved={(message) => {
          setNotice(message)
          resetEditor(draft.values.issuedOn)
          void refetch()
        }}
      />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data && policies.length === 0 ? <StateView icon='inbox' title='还没有政策' description='在上方填写并保存第一条政策。' /> : null}
      {policies.map((node) => (
        <View key={node.id} className='content__card content__row' data-testid='managed-policy'>
          <View className='content__row-main'>
            <Text className='content__title'>
              {node.title}
              <Text className={`content__status content__status--${node.status.toLowerCase()}`}>{STATUS_LABELS[node.status]}</Text>
            </Text>
            <Text className='content__meta'>
              {LEVEL_LABELS[node.level]} · {node.issuedOn}
              {node.attachments.length > 0 ? ` · 附件 ${node.attachments.length} 个` : ''}
            </Text>
          </View>
          <View className='content__actions'>
            <Button size='small' data-testid='edit-policy' onClick={() => void edit(node.id)}>
              编辑
            </Button>
            {node.status === 'PUBLISHED' ? (
              <Button size='small' type='danger' data-testid='withdraw-policy' onClick={() => void act('withdraw', node.id, node.title)}>
                撤回
              </Button>
            ) : (
              <Button size='small' type='primary' data-testid='publish-policy' onClick={() => void act('publish', node.id, node.title)}>
                发布
              </Button>
            )}
          </View>
        </View>
      ))}
    </PageShell>
  )
}
