import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ArrowRight, Notice, Order, SettingF, ShieldCheck } from '@nutui/icons-react-taro'
import { Button } from '../../components/nutui'
import { PageShell } from '../../components/page-shell/page-shell'
import { FEATURES, type FeatureKey } from '../../utils/features'
import { openFeature } from '../../utils/routes'
import './index.scss'

const ENTRIES: readonly { feature: FeatureKey; Icon: typeof Order }[] = [
  { feature: 'applications', Icon: Order },
  { feature: 'demands', Icon: SettingF },
  { feature: 'consents', Icon: ShieldCheck },
  { feature: 'policyPush', Icon: Notice },
]

function explainLogin() {
  void Taro.showModal({
    title: '登录即将开放',
    content: '融通将通过安徽省统一身份认证平台登录，企业和个人无需另行注册。该功能随身份认证版本一同上线，敬请期待。',
    showCancel: false,
    confirmText: '知道了',
    confirmColor: '#1f5fd6',
  })
}

export default function MinePage() {
  return (
    <PageShell nav='mine' className='mine'>
      <View className='mine__profile'>
        <View className='mine__avatar'>
          <Text className='mine__avatar-text'>企</Text>
        </View>
        <View className='mine__profile-text'>
          <Text className='mine__name'>未登录</Text>
          <Text className='mine__hint'>登录后可管理企业信息、申请记录和融资需求</Text>
        </View>
        <Button className='mine__login' type='primary' size='small' onClick={explainLogin}>
          登录
        </Button>
      </View>
      <View className='mine__notice'>
        登录将通过安徽省统一身份认证平台完成，随身份认证版本一同开放。
      </View>
      <View className='mine__entries'>
        {ENTRIES.map(({ feature, Icon }) => (
          <View key={feature} className='mine__entry' onClick={() => openFeature(feature)}>
            <Icon size={18} color='#1f5fd6' />
            <Text className='mine__entry-label'>{FEATURES[feature].title}</Text>
            <ArrowRight size={12} color='#8a93a6' />
          </View>
        ))}
      </View>
    </PageShell>
  )
}
