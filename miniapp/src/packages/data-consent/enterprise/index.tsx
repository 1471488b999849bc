import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ConsentPurpose, DataSource } from '@rongtong/shared'
import { apiClient, ApiError, useQuery } from '@/api'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { openPage, ROUTES } from '@/utils/routes'
import { Rows } from '../consent-card'
import { EnterpriseProfileQuery, RefreshGovernmentDataMutation } from '../register-profile.graphql'
import { EnterpriseGate, type ActingFor } from '../enterprise-gate'
import { takeNotice, useOnReturn } from '../flash'
import { grantPagePath } from '../grant-form'
import { incompleteNotice, profileRows, provenanceLine, refreshReport } from '../register-profile-model'
import '../data-consent.scss'

/** What 去授权 prefills: the register and tax data for the platform's policy matching, the profile's own sources. */
const PROFILE_GRANT = grantPagePath(ROUTES.dataConsentGrant, { purpose: ConsentPurpose.POLICY_MATCHING, sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX] })

type Report = ReturnType<typeof refreshReport>

function RefreshReport({ report }: { report: Report }) {
  return (
    <View className={`dc-report dc-report--${report.tone}`} data-testid='refresh-report' data-tone={report.tone}>
      <Text className='dc-report__title'>{report.title}</Text>
      {report.lines.map((line) => (
        <Text key={line} className='dc-report__line'>
          {line}
        </Text>
      ))}
    </View>
  )
}

function EnterpriseProfile({ acting }: { acting: ActingFor }) {
  const query = useQuery(EnterpriseProfileQuery, {}, { client: apiClient })
  const [refreshing, setRefreshing] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(() => takeNotice())
  // Back from 去授权 with a new consent: fetch at once what was just granted.
  useOnReturn(() => {
    const text = takeNotice()
    setNotice(text)
    if (text) void refresh()
    else void query.refetch()
  })

  const enterprise = query.data?.me?.activeEnterprise ?? null
  const profile = enterprise?.registerProfile ?? null

  async function refresh() {
    setRefreshing(true)
    setFailure(null)
    setReport(null)
    try {
      const { refreshGovernmentData } = await apiClient.execute(RefreshGovernmentDataMutation, { enterpriseId: acting.enterprise.id })
      setReport(refreshReport(refreshGovernmentData.sources))
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : '刷新失败，请稍后重试')
    } finally {
      setRefreshing(false)
    }
    await query.refetch()
  }

  const refreshButton = (
    <Button size='small' type={profile ? 'default' : 'primary'} loading={refreshing} disabled={refreshing} data-testid='refresh-government-data' onClick={() => void refresh()}>
      {refreshing ? '正在获取…' : '刷新'}
    </Button>
  )

  return (
    <View className='dc-page dc-page--narrow'>
      <View className='dc-header'>
        <Text className='dc-header__title'>企业信息</Text>
        <Text className='dc-header__subtitle'>企业的登记信息经您授权后从政务数据共享交换平台获取，用于产品推荐和政策推送；授权撤销或到期后不再显示。</Text>
      </View>
      {notice ? (
        <Text className='dc-notice dc-notice--success' data-testid='profile-notice'>
          {notice}
        </Text>
      ) : null}
      {refreshing ? (
        <Text className='dc-notice dc-notice--progress' data-testid='refresh-progress'>
          正在从政务数据共享交换平台获取已授权的数据，通常需要几秒钟…
        </Text>
      ) : null}
      {failure ? (
        <Text className='dc-notice dc-notice--danger' data-testid='refresh-error'>
          {failure}
        </Text>
      ) : null}
      {report ? <RefreshReport report={report} /> : null}
      {query.error && !query.data ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.loading && !query.data ? <StateView icon='building' title='正在加载企业信息…' /> : null}
      {query.data && !profile ? (
        <StateView
          icon='inbox'
          title='尚未获取企业登记信息'
          description='授权融通平台调取“市场主体登记信息”后，这里将显示企业的注册地区、所属行业、企业规模等登记信息，用于为您匹配政策和推荐产品。已经授权的，可点击「刷新」获取。'
          testId='profile-missing'
          action={
            <View className='dc-header__actions'>
              <Button type='primary' size='small' data-testid='grant-for-profile' onClick={() => openPage(PROFILE_GRANT)}>
                去授权
              </Button>
              {refreshButton}
            </View>
          }
        />
      ) : null}
      {enterprise && profile ? (
        <View className='dc-section' data-testid='register-profile'>
          <View className='dc-card__head'>
            <Text className='dc-section__title'>登记信息</Text>
            {refreshButton}
          </View>
          <Text className='dc-provenance' data-testid='profile-provenance'>
            {provenanceLine(profile)}
          </Text>
          {incompleteNotice(profile) ? (
            <Text className='dc-notice dc-notice--warning' data-testid='profile-incomplete'>
              {incompleteNotice(profile)}
            </Text>
          ) : null}
          <Rows rows={profileRows(enterprise, profile)} testId='profile-rows' />
          <Text className='dc-link dc-link--block' onClick={() => openPage(ROUTES.dataConsents)}>
            管理数据授权
          </Text>
        </View>
      ) : null}
    </View>
  )
}

/** 企业信息: the register profile with its source and date, 刷新, and the way to 数据授权 when there is none. */
export default function EnterpriseProfilePage() {
  return (
    <PageShell nav='mine' className='data-consent'>
      <EnterpriseGate what='企业信息'>{(acting) => <EnterpriseProfile acting={acting} />}</EnterpriseGate>
    </PageShell>
  )
}
