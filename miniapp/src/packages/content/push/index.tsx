import { Text, View } from '@tarojs/components'
import { useSession } from '@/auth'
import { apiClient, useQuery } from '@/api'
import { MyPolicyPushQuery } from '@/api/content.graphql'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { openPolicy } from '../routes'
import '../content.scss'

export default function PolicyPushPage() {
  const { status } = useSession()
  const signedIn = status === 'authenticated'
  const { data, error, loading, refetch } = useQuery(MyPolicyPushQuery, {}, { client: apiClient, skip: !signedIn })
  const items = data?.myPolicyPush ?? []
  return (
    <PageShell nav='mine' className='content'>
      {!signedIn ? <StateView icon='inbox' title='登录后查看政策推送' description='企业登录后，按行业、规模和类型为您匹配政策。' /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {signedIn && !error && !loading && items.length === 0 ? (
        <StateView icon='inbox' title='暂无匹配的政策' description='有与贵企业匹配的政策发布时，会推送到这里。' />
      ) : null}
      {items.map((item) => (
        <View key={item.policy.id} className='content__card' data-testid='push-item' onClick={() => openPolicy(item.policy.id)}>
          <Text className='content__title'>{item.policy.title}</Text>
          <Text className='content__meta'>
            {item.policy.issuer} · {item.policy.issuedOn}
          </Text>
          <Text className='content__summary'>{item.policy.summary}</Text>
          <Text className='content__reason'>{item.reasonText}</Text>
        </View>
      ))}
    </PageShell>
  )
}
