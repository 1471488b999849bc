import { View, Text } from '@tarojs/components'
import { ENTERPRISE_SCALE_LABELS, EnterpriseScale } from '@rongtong/shared'
import { apiClient, useQuery } from '@/api'
import { CreatePolicyMutation, PublishPolicyMutation, UpdatePolicyMutation, WithdrawPolicyMutation } from '@/api/content.graphql'
import { Button } from '@/components/nutui'
import { LEVEL_LABELS } from '../level-tabs'
import { ContentConsole, ContentRow } from './content-console'
import { followStored, updateVariables, type ContentDraft, type StoredItem } from './content-draft'
import { attachmentItems, ContentEditor } from './content-editor'
import { confirmWithdraw, RELOADED_NOTICE, today } from './console-shared'
import { ManagedPolicyListQuery, ManagedPolicyQuery } from './policy-console.graphql'
import { emptyPolicyForm, policyFormFrom, toPolicyInput, type PolicyFormValues } from './policy-form'
import { useContentConsole, useIsOperator, type EditorBinding } from './use-content-console'

const SCALES = [EnterpriseScale.MICRO, EnterpriseScale.SMALL, EnterpriseScale.MEDIUM, EnterpriseScale.LARGE]
type TextField = 'title' | 'issuer' | 'documentNumber' | 'issuedOn' | 'summary' | 'industryCodes'

const TEXT_LABELS: Readonly<Record<TextField, string>> = {
  title: '标题',
  issuer: '发文机关',
  documentNumber: '文号',
  issuedOn: '发布日期（YYYY-MM-DD）',
  summary: '摘要',
  industryCodes: '适用行业代码（GB/T 4754，逗号分隔，留空为全部行业）',
}

type Draft = ContentDraft<PolicyFormValues>

const newDraft = (issuedOn: string = today()): Draft => ({ stored: null, values: emptyPolicyForm(issuedOn), attachments: [] })

async function persistPolicy({ stored, values, attachments }: Draft) {
  const input = toPolicyInput(values, attachments.map((attachment) => attachment.id))
  if (stored) await apiClient.execute(UpdatePolicyMutation, updateVariables(stored, input))
  else await apiClient.execute(CreatePolicyMutation, { input })
}

/** The stored policy as the editor holds it, with the version it was loaded at. */
async function fetchPolicy(id: string): Promise<Draft> {
  const { managedPolicy } = await apiClient.execute(ManagedPolicyQuery, { id })
  return { stored: { id, version: managedPolicy.version }, values: policyFormFrom(managedPolicy), attachments: attachmentItems(managedPolicy.attachments) }
}

function PolicyEditor(binding: EditorBinding<Draft> & { reload(id: string): void }) {
  const { draft, onChange } = binding
  const { scales } = draft.values
  const toggleScale = (scale: EnterpriseScale) =>
    onChange({ ...draft, values: { ...draft.values, scales: scales.includes(scale) ? scales.filter((s) => s !== scale) : [...scales, scale] } })
  return (
    <ContentEditor {...binding} noun='政策' kind='policy' fieldPrefix='field' labels={TEXT_LABELS} persist={persistPolicy}>
      <View className='content__field'>
        <Text className='content__label'>适用企业规模（不选为全部）</Text>
        <View className='content__actions'>
          {SCALES.map((scale) => (
            <Button key={scale} size='small' data-testid={`scale-${scale}`} type={scales.includes(scale) ? 'primary' : 'default'} onClick={() => toggleScale(scale)}>
              {ENTERPRISE_SCALE_LABELS[scale]}
            </Button>
          ))}
        </View>
      </View>
    </ContentEditor>
  )
}

export default function PolicyConsolePage() {
  const isOperator = useIsOperator()
  const { data, error, refetch } = useQuery(ManagedPolicyListQuery, { first: 50 }, { client: apiClient, skip: !isOperator })
  const { notice, editorKey, editor, load, run, updateDraft } = useContentConsole(newDraft, refetch, (saved) => newDraft(saved.values.issuedOn))
  const follow = (moved: StoredItem) => updateDraft((current) => followStored(current, moved))

  const edit = (id: string, loadedNotice?: string) => load(() => fetchPolicy(id), loadedNotice)
  const publish = (id: string) =>
    run(
      async () => {
        const result = await apiClient.execute(PublishPolicyMutation, { id })
        follow(result.publishPolicy.policy)
        return result
      },
      ({ publishPolicy }) => `已发布，已向 ${publishPolicy.notifiedUserCount} 位企业用户推送消息`,
    )
  async function withdraw(id: string, title: string) {
    if (!(await confirmWithdraw('政策', title))) return
    await run(async () => follow((await apiClient.execute(WithdrawPolicyMutation, { id })).withdrawPolicy), '已撤回')
  }

  const policies = data?.managedPolicies.edges.map(({ node }) => node) ?? []
  return (
    <ContentConsole
      noun='政策'
      isOperator={isOperator}
      notice={notice}
      editor={<PolicyEditor key={editorKey} {...editor} reload={(id) => void edit(id, RELOADED_NOTICE)} />}
      error={error}
      onRetry={() => void refetch()}
      empty={data && policies.length === 0 ? { title: '还没有政策', description: '在上方填写并保存第一条政策。' } : null}
    >
      {policies.map((node) => (
        <ContentRow
          key={node.id}
          kind='policy'
          item={node}
          meta={[LEVEL_LABELS[node.level], node.issuedOn]}
          onEdit={() => void edit(node.id)}
          onPublish={() => void publish(node.id)}
          onWithdraw={() => void withdraw(node.id, node.title)}
        />
      ))}
    </ContentConsole>
  )
}
