import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { useSession } from '@/auth'
import { apiClient, liveUpdates, useQuery } from '@/api'
import { MarkMessagesReadMutation, MyMessagesQuery } from '@/api/content.graphql'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { openInApp, openTab, ROUTES } from '@/utils/routes'
import './index.scss'

interface MessageItem {
  id: string
  title: string
  body: string
  link?: string | null
  readAt?: string | null
  createdAt: string
}

function MessageList() {
  const { data, error, loading, refetch } = useQuery(MyMessagesQuery, { first: 50 }, { client: apiClient })
  const messages: MessageItem[] = data?.myMessages.edges.map((edge) => edge.node) ?? []
  const unreadCount = data?.unreadMessageCount

  // A message arriving live (or a count the 30 s poll finds changed) shows without a reload.
  useEffect(() => {
    const offMessage = liveUpdates.onMessage(() => void refetch())
    const offState = liveUpdates.onState((state) => {
      if (state.mode === 'polling' && state.unreadCount !== null && state.unreadCount !== unreadCount) void refetch()
    })
    return () => {
      offMessage()
      offState()
    }
  }, [refetch, unreadCount])

  // What this page read is the freshest count: the badge follows it at once.
  useEffect(() => {
    if (unreadCount !== undefined) liveUpdates.setUnreadCount(unreadCount)
  }, [unreadCount])

  async function open(message: MessageItem) {
    if (!message.readAt) {
      await apiClient.execute(MarkMessagesReadMutation, { ids: [message.id] })
      await refetch()
    }
    if (message.link) openInApp(message.link)
  }

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />
  if (!loading && messages.length === 0) {
    return <StateView icon='inbox' title='暂无消息' description='申请进度、融资需求对接和政策推送等消息会显示在这里。' />
  }
  return (
    <View>
      {messages.map((message) => (
        <View key={message.id} className='messages__item' data-testid='message-item' onClick={() => void open(message)}>
          <View className='messages__item-head'>
            {message.readAt ? null : <Text className='messages__dot' data-testid='unread-dot' />}
            <Text className='messages__item-title'>{message.title}</Text>
          </View>
          <Text className='messages__item-body'>{message.body}</Text>
          <Text className='messages__item-time'>{message.createdAt.slice(0, 16).replace('T', ' ')}</Text>
        </View>
      ))}
    </View>
  )
}

export default function MessagesPage() {
  const { status } = useSession()
  return (
    <PageShell nav='none' className='messages'>
      <View className='messages__card'>
        {status === 'authenticated' ? (
          <MessageList />
        ) : (
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
        )}
      </View>
    </PageShell>
  )
}
