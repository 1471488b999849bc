import { View } from '@tarojs/components'
import { PageShell } from '../../components/page-shell/page-shell'
import { StateView } from '../../components/state-view/state-view'
import './index.scss'

export default function MessagesPage() {
  return (
    <PageShell nav='none' className='messages'>
      <View className='messages__card'>
        <StateView
          icon='inbox'
          title='暂无消息'
          description='申请进度、融资需求对接和政策推送等消息需要登录后查看。统一身份认证登录将在下一个版本开放，届时消息会显示在这里。'
        />
      </View>
    </PageShell>
  )
}
