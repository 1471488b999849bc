import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES, type ConsentPurpose } from '@rongtong/shared'
import { apiClient, ApiError, type QueryResult } from '@/api'
import { Button } from '@/components/nutui'
import { EnterpriseRelation, type AgentConsentPurposesQuery as AgentPurposesData } from '@/gql/graphql'
import { ChoiceItem, choiceGroup } from './choice-item'
import { agentPurposesText, purposePermissions, samePurposes, toggle } from './consent-model'
import { UpdateAgentConsentPurposesMutation } from './data-consent.graphql'

type AgentPurposesQuery = QueryResult<AgentPurposesData, Record<string, never>>

/** What the legal representative lets agents grant; editable by the legal representative only. */
function LegalRepresentativeSetting({ saved, onSaved }: { saved: readonly ConsentPurpose[]; onSaved(): Promise<void> }) {
  const [draft, setDraft] = useState<ConsentPurpose[]>([...saved])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  useEffect(() => setDraft([...saved]), [saved])

  async function save() {
    setBusy(true)
    setMessage(null)
    try {
      const { updateAgentConsentPurposes } = await apiClient.execute(UpdateAgentConsentPurposesMutation, { purposes: CONSENT_PURPOSES.filter((purpose) => draft.includes(purpose)) })
      setMessage({ tone: 'success', text: `已保存。${agentPurposesText(updateAgentConsentPurposes)}` })
      await onSaved()
    } catch (error) {
      setMessage({ tone: 'danger', text: error instanceof ApiError ? error.message : '保存失败，请稍后重试' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Text className='dc-section__hint'>经办人只能为您勾选的用途授权；已授权的内容不受影响。</Text>
      <View className='dc-choices' {...choiceGroup('经办人可以授权的用途')}>
        {CONSENT_PURPOSES.map((purpose) => (
          <ChoiceItem
            key={purpose}
            kind='checkbox'
            checked={draft.includes(purpose)}
            title={CONSENT_PURPOSE_LABELS[purpose]}
            testId={`agent-purpose-${purpose}`}
            onChange={() => setDraft(toggle(draft, purpose))}
          />
        ))}
      </View>
      {message ? (
        <Text className={`dc-notice dc-notice--${message.tone}`} data-testid='agent-setting-notice'>
          {message.text}
        </Text>
      ) : null}
      <Button size='small' type='primary' loading={busy} disabled={busy || samePurposes(draft, saved)} data-testid='save-agent-purposes' onClick={() => void save()}>
        保存设置
      </Button>
    </>
  )
}

/** An agent sees what it may not grant and why. */
function AgentView({ allowed }: { allowed: readonly ConsentPurpose[] }) {
  return (
    <>
      <Text className='dc-section__hint'>{agentPurposesText(allowed)}</Text>
      {purposePermissions(EnterpriseRelation.AGENT, allowed)
        .filter((permission) => !permission.allowed)
        .map((permission) => (
          <Text key={permission.purpose} className='dc-section__note' data-testid={`agent-denied-${permission.purpose}`}>
            {CONSENT_PURPOSE_LABELS[permission.purpose]}：{permission.reason}
          </Text>
        ))}
    </>
  )
}

/** 经办人授权范围: the legal representative's setting of what agents may grant. */
export function AgentSetting({ relation, query }: { relation: EnterpriseRelation; query: AgentPurposesQuery }) {
  const allowed = query.data?.agentConsentPurposes ?? null
  return (
    <View className='dc-section' data-testid='agent-setting'>
      <Text className='dc-section__title'>经办人授权范围</Text>
      {query.error ? (
        <Text className='dc-notice dc-notice--danger'>
          {query.error.message}，<Text className='dc-link' onClick={() => void query.refetch()}>重试</Text>
        </Text>
      ) : null}
      {allowed === null && !query.error ? <Text className='dc-section__hint'>正在加载…</Text> : null}
      {allowed !== null && relation === EnterpriseRelation.LEGAL_REPRESENTATIVE ? <LegalRepresentativeSetting saved={allowed} onSaved={query.refetch} /> : null}
      {allowed !== null && relation === EnterpriseRelation.AGENT ? <AgentView allowed={allowed} /> : null}
    </View>
  )
}
