import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ENTERPRISE_SCALE_LABELS } from '@rongtong/shared'
import { ProductCard } from '@/components/product-card/product-card'
import { StateView } from '@/components/state-view/state-view'
import type { RecommendProductsQuery } from '@/gql/graphql'
import { formatScore } from './recommend-model'

type Result = RecommendProductsQuery['recommendProducts']
type Entry = Result['recommended'][number]
type NearMiss = Result['nearMisses'][number]

function profileLine(profile: Result['profile']): string | null {
  const parts = [
    profile.regionName,
    profile.industryName,
    profile.scale ? `${ENTERPRISE_SCALE_LABELS[profile.scale]}企业` : null,
    profile.yearsInBusiness != null ? `成立${profile.yearsInBusiness}年` : null,
  ].filter((part): part is string => Boolean(part))
  if (parts.length === 0) return null
  return `${profile.enterpriseName ? `已按「${profile.enterpriseName}」的企业信息匹配：` : '已按企业信息匹配：'}${parts.join(' · ')}`
}

function RecommendedItem({ entry, rank }: { entry: Entry; rank: number }) {
  return (
    <View className='recommend-item'>
      <View className='recommend-item__rank'>
        <Text className='recommend-item__position'>第 {rank} 名</Text>
        <Text className='recommend-item__score'>匹配度 {formatScore(entry.score)}</Text>
      </View>
      <ProductCard product={entry.product} />
      <View className='recommend-item__conditions'>
        {entry.matchedConditions.map((condition) => (
          <Text key={condition} className='recommend-tag recommend-tag--matched'>
            ✓ {condition}
          </Text>
        ))}
      </View>
    </View>
  )
}

function NearMissItem({ entry }: { entry: NearMiss }) {
  return (
    <View className='recommend-item recommend-item--near-miss'>
      <ProductCard product={entry.product} />
      <View className='recommend-item__conditions'>
        {entry.reasons.map((reason) => (
          <Text key={reason} className='recommend-tag recommend-tag--reason'>
            ✗ {reason}
          </Text>
        ))}
      </View>
    </View>
  )
}

export function RecommendResults({ result }: { result: Result }) {
  const [showNearMisses, setShowNearMisses] = useState(false)
  const profile = profileLine(result.profile)
  return (
    <View className='recommend-results'>
      <View className='recommend-results__header'>
        <Text className='recommend-results__title'>为您推荐 {result.recommended.length} 款产品</Text>
        <Text className='recommend-results__note'>按利率、额度、期限、偏好和申请热度综合打分，满分 100 分</Text>
        {profile ? <Text className='recommend-results__profile'>{profile}</Text> : null}
      </View>
      {result.recommended.length === 0 ? (
        <StateView icon='empty' title='暂无完全符合条件的产品' description='可以调整融资金额、期限或偏好后重新匹配' />
      ) : (
        result.recommended.map((entry, index) => <RecommendedItem key={entry.product.id} entry={entry} rank={index + 1} />)
      )}
      {result.nearMisses.length > 0 ? (
        <View className='recommend-near-misses'>
          <View className='recommend-near-misses__toggle' onClick={() => setShowNearMisses((shown) => !shown)}>
            <Text>暂不符合（{result.nearMisses.length}）</Text>
            <Text className='recommend-near-misses__hint'>{showNearMisses ? '收起' : '查看原因'}</Text>
          </View>
          {showNearMisses ? result.nearMisses.map((entry) => <NearMissItem key={entry.product.id} entry={entry} />) : null}
        </View>
      ) : null}
    </View>
  )
}
