import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { ENTERPRISE_SCALE_LABELS, EnterpriseScale, PolicyLevel } from '@rongtong/shared'
import { apiClient, useSession } from '../../../auth'
import { ApiError, useQuery } from '../../../api'
import {
  CreatePolicyMutation,
  ManagedPoliciesQuery,
  PublishPolicyMutation,
  WithdrawPolicyMutation,
} from '../../../api/content.graphql'
import { Button } from '../../../components/nutui'
import { PageShell } from '../../../components/page-shell/page-shell'
import { ErrorState, StateView } from '../../../components/state-view/state-view'
import { LEVEL_LABELS } from '../level-tabs'
import { emptyPolicyForm, toPolicyInput, type PolicyFormValues } from './policy-form'
import '../content.scss'

const STATUS_LABELS: Record<string, string> = { DRAFT: '草稿', PUBLISHED: '已发布', WITHDRAWN: '已撤回' }
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

function PolicyEditor({ onSaved }: { onSaved(message: string): void }) {
  const [values, setValues] = useState<PolicyFormValues>(() => emptyPolicyForm(new Date().toISOString().slice(0, 10)))
  const [error, setError] = useState<ApiError | null>(null)
  const set = (patch: Partial<PolicyFormValues>) => setValues((current) => ({ ...current, ...patch }))
  const toggleScale = (scale: EnterpriseScale) =>
    set({ scales: values.scales.includes(scale) ? values.scales.filter((s) => s !== scale) : [...values.scales, scale] })

  async function save() {
    try {
      await apiClient.execute(CreatePolicyMutation, { input: toPolicyInput(values) })
      setError(null)
      setValues(emptyPolicyForm(values.issuedOn))
      onSaved('已保存为草稿')
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught)
      else throw caught
    }
  }

  return (
    <View className='content__card' data-testid='policy-editor'>
      <Text className='content__title'>新建政策</Text>
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
      {error && error.fields.length === 0 ? <Text className='content__error'>{error.message}</Text> : null}
      <Button type='primary' data-testid='save-policy' onClick={() => void save()}>
        保存草稿
      </Button>
    </View>
  )
}

export default function PolicyConsolePage() {
  const { me } = useSession()
  const isOperator = me?.role === 'OPERATOR'
  const { data, error, refetch } = useQuery(ManagedPoliciesQuery, { first: 50 }, { client: apiClient, skip: !isOperator })
  const [notice, setNotice] = useState('')

  async function act(kind: 'publish' | 'withdraw', id: string) {
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
  return (
    <PageShell nav='staff' className='content'>
      {notice ? (
        <Text className='content__reason' data-testid='console-notice'>
          {notice}
        </Text>
      ) : null}
      <PolicyEditor
        onSaved={(message) => {
          setNotice(message)
          void refetch()
        }}
      />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data?.managedPolicies.edges.map(({ node }) => (
        <View key={node.id} className='content__card' data-testid='managed-policy'>
          <Text className='content__title'>
            {node.title}
            <Text className='content__status'>{STATUS_LABELS[node.status]}</Text>
          </Text>
          <Text className='content__meta'>
            {LEVEL_LABELS[node.level]} · {node.issuedOn}
          </Text>
          <View className='content__actions'>
            {node.status === 'PUBLISHED' ? (
              <Button size='small' onClick={() => void act('withdraw', node.id)}>
                撤回
              </Button>
            ) : (
              <Button size='small' type='primary' data-testid='publish-policy' onClick={() => void act('publish', node.id)}>
                发布
              </Button>
            )}
          </View>
        </View>
      ))}
    </PageShell>
  )
}
