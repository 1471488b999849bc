import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ConsentStatus } from '@rongtong/shared'
import { apiClient, ApiError, useQuery } from '@/api'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { PagedResults } from '@/components/paged-list/paged-results'
import type { MyDataConsentsQuery as ConsentsData } from '@/gql/graphql'
import { usePagedList } from '@/hooks/use-paged-list'
import { openPage, ROUTES } from '@/utils/routes'
import { AgentSetting } from '../agent-setting'
import { ChoiceItem, choiceGroup } from '../choice-item'
import { ConsentCard } from '../consent-card'
import { CONSENT_TABS, revokeConfirmation, revokedNotice, type ConsentView } from '../consent-model'
import { AgentConsentPurposesQuery, MyDataConsentsQuery, RevokeDataConsentMutation } from '../data-consent.graphql'
import { EnterpriseGate, type ActingFor } from '../enterprise-gate'
import { takeNotice, useOnReturn } from '../flash'
import { SourceOverview } from '../source-overview'
import '../data-consent.scss'

const PAGE_SIZE = 10
/** Enough for every active consent an enterprise holds (one per purpose and grantee); the overview reads them all. */
const OVERVIEW_SIZE = 100

function appendConsents(previous: ConsentsData, next: ConsentsData): ConsentsData {
  return { myDataConsents: { ...next.myDataConsents, edges: [...previous.myDataConsents.edges, ...next.myDataConsents.edges] } }
}

interface Notice {
  tone: 'success' | 'danger'
  text: string
}

async function confirmRevoke(consent: ConsentView): Promise<boolean> {
  const { title, content, confirmText } = revokeConfirmation(consent)
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#d93025' })
  return confirm
}

function ConsentCentre({ acting }: { acting: ActingFor }) {
  const [status, setStatus] = useState<ConsentStatus>(ConsentStatus.ACTIVE)
  const [notice, setNotice] = useState<Notice | null>(() => {
    const text = takeNotice()
    return text ? { tone: 'success', text } : null
  })
  const [busyId, setBusyId] = useState<string | null>(null)
  const list = useQuery(MyDataConsentsQuery, { status, first: PAGE_SIZE, after: null as string | null })
  const overview = useQuery(MyDataConsentsQuery, { status: ConsentStatus.ACTIVE, first: OVERVIEW_SIZE, after: null as string | null })
  const agentPurposes = useQuery(AgentConsentPurposesQuery, {})
  const paged = usePagedList(list, list.data?.myDataConsents, appendConsents, status)
  const active = overview.data ? overview.data.myDataConsents.edges.map((edge) => edge.node) : null
  const tab = CONSENT_TABS.find((candidate) => candidate.status === status) ?? CONSENT_TABS[0]

  const reload = () => Promise.all([list.refetch(), overview.refetch()])
  // Back from 新增授权 with a new consent: show it among the active ones.
  useOnReturn(() => {
    const text = takeNotice()
    if (text) {
      setNotice({ tone: 'success', text })
      setStatus(ConsentStatus.ACTIVE)
    }
    void reload()
    void agentPurposes.refetch()
  })

  async function revoke(consent: ConsentView) {
    if (!(await confirmRevoke(consent))) return
    setBusyId(consent.id)
    try {
      const { revokeDataConsent } = await apiClient.execute(RevokeDataConsentMutation, { id: consent.id })
      setNotice({ tone: 'success', text: revokedNotice(revokeDataConsent) })
    } catch (error) {
      setNotice({ tone: 'danger', text: error instanceof ApiError ? error.message : '撤销失败，请稍后重试' })
    } finally {
      setBusyId(null)
    }
    await reload()
  }

  const now = new Date()
  return (
    <View className='dc-page'>
      <View className='dc-header'>
        <Text className='dc-header__title'>数据授权</Text>
        <Text className='dc-header__subtitle'>
          {acting.enterprise.name}的政务数据由您决定给谁用、用来做什么、用多久。授权后平台才会调取您选择的数据，您可以随时撤销；每一次调取和查看都记录在数据使用记录中。
        </Text>
        <View className='dc-header__actions'>
          <Button type='primary' size='small' data-testid='new-consent' onClick={() => openPage(ROUTES.dataConsentGrant)}>
            新增授权
          </Button>
          <Button size='small' data-testid='open-data-use' onClick={() => openPage(ROUTES.dataUseRecords)}>
            数据使用记录
          </Button>
          <Button size='small' data-testid='open-enterprise-profile' onClick={() => openPage(ROUTES.enterpriseProfile)}>
            企业信息
          </Button>
        </View>
      </View>
      {notice ? (
        <Text className={`dc-notice dc-notice--${notice.tone}`} data-testid='consent-notice'>
          {notice.text}
        </Text>
      ) : null}
      <View className='dc-columns'>
        <View className='dc-columns__main'>
          <View className='dc-tabs' {...choiceGroup('按状态查看授权')}>
            {CONSENT_TABS.map((candidate) => (
              <ChoiceItem
                key={candidate.status}
                kind='radio'
                checked={candidate.status === status}
                title={candidate.label}
                testId={`consent-tab-${candidate.status}`}
                onChange={() => setStatus(candidate.status)}
              />
            ))}
          </View>
          <PagedResults
            block='dc-list'
            query={list}
            list={paged}
            summary={(count) => `共 ${count} 项${tab.label}的授权`}
            empty={{ title: tab.empty, description: tab.emptyDescription }}
            renderItem={(consent) => <ConsentCard key={consent.id} consent={consent} now={now} busy={busyId !== null} onRevoke={() => void revoke(consent)} />}
          />
        </View>
        <View className='dc-columns__side'>
          <SourceOverview active={active} />
          <AgentSetting relation={acting.relation} query={agentPurposes} />
        </View>
      </View>
    </View>
  )
}

/** 数据授权: the enterprise's consents (active, revoked, expired), revoke, the sources and the agent setting. */
export default function DataConsentsPage() {
  return (
    <PageShell nav='mine' className='data-consent'>
      <EnterpriseGate what='数据授权'>{(acting) => <ConsentCentre acting={acting} />}</EnterpriseGate>
    </PageShell>
  )
}
