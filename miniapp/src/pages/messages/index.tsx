import { View } from '@tarojs/components'
import { useSession } from '../../auth'
import { Button } from '../../components/nutui'
import { PageShell } from '../../components/page-shell/page-shell'
import { StateView } from '../../components/state-view/state-view'
import { openTab, ROUTES } from '../../utils/routes'
import './index.scss'

export default function MessagesPage() {
  const { status } = useSession()
  return (
    <PageShell nav='none' className='messages'>
      <View className='messages__card'>
        {status === 'anonymous' ? (
          <StateView
            icon='inbox'
            title='登录后查看消息'
            description='申请进度、融资需求对接和政策推送等消息需要登录后查看。'
            action={
              <Button type='primary' size='small' onClick={() => openTab(ROUTES.mine)}>
                去登录
              </Button>
            }
          />
        ) : (
          <StateView
            icon='inbox'
            title='暂无消息'
            description='申请进度、融资需求对接和政策推送等消息会显示在这里。'
          />
        )}
      </View>
    </PageShell>
  )
}
