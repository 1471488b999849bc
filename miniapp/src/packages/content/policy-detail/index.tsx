import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useQuery } from '@/api'
import { PolicyDetailQuery } from '@/api/content.graphql'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState } from '@/components/state-view/state-view'
import { LEVEL_LABELS } from '../level-tabs'
import { audienceLine } from '../policies/policy-audience'
import { RichBody } from '../rich-body'
import '../content.scss'

export default function PolicyDetailPage() {
  const id = useRouter().params.id ?? ''
  const { data, error, refetch } = useQuery(PolicyDetailQuery, { id })
  const policy = data?.policy
  return (
    <PageShell nav='policies' className='content'>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {policy ? (
        <View data-testid='policy-detail'>
          <View className='content__card'>
            <Text className='content__title'>{policy.title}</Text>
            <Text className='content__meta'>
              {LEVEL_LABELS[policy.level]} · {policy.issuer} {policy.documentNumber}
            </Text>
            <Text className='content__meta'>发布日期：{policy.issuedOn}</Text>
            <Text className='content__audience' data-testid='policy-detail-audience'>
              {audienceLine(policy)}
            </Text>
          </View>
          <RichBody html={policy.bodyHtml} attachments={policy.attachments} />
        </View>
      ) : null}
    </PageShell>
  )
}
