import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ArrowRight, Notice, Order, SettingF, ShieldCheck, Store } from '@nutui/icons-react-taro'
import { isStaffRole, useSession, type SessionUser } from '@/auth'
import { Button } from '@/components/nutui'
import { NoticeBanner } from '@/components/notice-banner/notice-banner'
import { PageShell } from '@/components/page-shell/page-shell'
import { FEATURES, type FeatureKey } from '@/utils/features'
import { openFeature, openPage, ROUTES } from '@/utils/routes'
import { AnonymousProfile } from './anonymous-profile'
import { EnterpriseCard } from './enterprise-card'
import { RestoringProfile, SignedInProfile } from './signed-in-profile'
import { StaffCard } from './staff-card'
import './index.scss'

interface Entry {
  key: string
  title: string
  Icon: typeof Order
  open(): void
}

const built = (key: string, title: string, Icon: typeof Order, route: string): Entry => ({ key, title, Icon, open: () => openPage(route) })
const upcoming = (feature: FeatureKey, Icon: typeof Order): Entry => ({ key: feature, title: FEATURES[feature].title, Icon, open: () => openFeature(feature) })

/** 我的 entries; 数据授权 and 企业信息 explain themselves to anyone not acting for an enterprise. */
const ENTRIES: readonly Entry[] = [
  upcoming('applications', Order),
  upcoming('demands', SettingF),
  built('consents', '数据授权', ShieldCheck, ROUTES.dataConsents),
  built('enterprise', '企业信息', Store, ROUTES.enterpriseProfile),
  built('policyPush', '政策推送', Notice, ROUTES.policyPush),
]

function SignedIn({ me }: { me: SessionUser }) {
  return (
    <>
      <SignedInProfile me={me} />
      {isStaffRole(me.role) ? <StaffCard me={me} /> : <EnterpriseCard me={me} />}
    </>
  )
}

function LogoutButton({ onLogout }: { onLogout(): Promise<void> }) {
  const confirm = async () => {
    const { confirm: confirmed } = await Taro.showModal({
      title: '退出登录',
      content: '确定要退出当前账号吗？',
      confirmText: '退出',
      confirmColor: '#d93025',
    })
    if (!confirmed) return
    await onLogout()
    void Taro.showToast({ title: '已退出登录', icon: 'none' })
  }
  return (
    <Button className='mine__logout' block onClick={() => void confirm()}>
      退出登录
    </Button>
  )
}

export default function MinePage() {
  const current = useSession()
  const me = current.status === 'authenticated' ? current.me : null
  return (
    <PageShell nav='mine' className='mine'>
      {current.notice ? (
        <View className='mine__banner'>
          <NoticeBanner text={current.notice} onClose={current.dismissNotice} />
        </View>
      ) : null}
      {me && current.loginNotices.length > 0 ? (
        <View className='mine__banner'>
          <NoticeBanner text={current.loginNotices.join('；')} onClose={current.dismissLoginNotices} testId='login-notices' />
        </View>
      ) : null}
      {me ? <SignedIn me={me} /> : null}
      {current.status === 'restoring' ? <RestoringProfile failed={current.loadError !== null} onRetry={() => void current.reload()} /> : null}
      {current.status === 'anonymous' ? <AnonymousProfile /> : null}
      <View className='mine__entries'>
        {ENTRIES.map(({ key, title, Icon, open }) => (
          <View key={key} className='mine__entry' data-testid={`mine-entry-${key}`} onClick={open}>
            <Icon size={18} color='#1f5fd6' />
            <Text className='mine__entry-label'>{title}</Text>
            <ArrowRight size={12} color='#8a93a6' />
          </View>
        ))}
      </View>
      {me ? <LogoutButton onLogout={current.logout} /> : null}
    </PageShell>
  )
}
