import { Text, View } from '@tarojs/components'
import type { PolicyListQuery } from '@/gql/graphql'
import { openPolicy } from '../routes'
import { audienceLine } from './policy-audience'

export type ListedPolicy = PolicyListQuery['policies']['edges'][number]['node']

/** One policy of the list: title, issuer and number, whom it is for, and its summary. */
export function PolicyCard({ policy }: { policy: ListedPolicy }) {
  return (
    <View className='policy-card' data-testid='policy-item' onClick={() => openPolicy(policy.id)}>
      <Text className='policy-card__title'>{policy.title}</Text>
      <Text className='policy-card__meta'>
        {policy.issuer} {policy.documentNumber} · {policy.issuedOn}
      </Text>
      <Text className='policy-card__audience' data-testid='policy-audience'>
        {audienceLine(policy)}
      </Text>
      <Text className='policy-card__summary'>{policy.summary}</Text>
    </View>
  )
}
