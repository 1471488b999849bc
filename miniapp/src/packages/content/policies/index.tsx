import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { PolicyLevel } from '@rongtong/shared'
import { useQuery } from '../../../api'
import { PolicyListQuery } from '../../../api/content.graphql'
import { PageShell } from '../../../components/page-shell/page-shell'
import { ErrorState, StateView } from '../../../components/state-view/state-view'
import { LevelTabs } from '../level-tabs'
import { openPolicy } from '../routes'
import '../content.scss'

export default function PoliciesPage() {
  const [level, setLevel] = useState(PolicyLevel.CITY)
  const { data, error, loading, refetch } = useQuery(PolicyListQuery, { level, first: 50 })
  const policies = data?.policies.edges.map((edge) => edge.node) ?? []
  return (
    <PageShell nav='policies' className='content'>
      <LevelTabs value={level} onChange={setLevel} />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!error && !loading && policies.length === 0 ? <StateView icon='inbox' title='暂无政策' description='该级别下还没有发布的政策。' /> : null}
      {policies.map((policy) => (
        <View key={policy.id} className='content__card' data-testid='policy-item' onClick={() => openPolicy(policy.id)}>
          <Text className='content__title'>{policy.title}</Text>
          <Text className='content__meta'>
            {policy.issuer} {policy.documentNumber} · {policy.issuedOn}
          </Text>
          <Text className='content__summary'>{policy.summary}</Text>
        </View>
      ))}
    </PageShell>
  )
}
