import { Text, View } from '@tarojs/components'
import { POLICY_LEVEL_LABELS, type PolicyLevel } from '@rongtong/shared'

export interface LatestItem {
  id: string
  title: string
  level: PolicyLevel
  /** 发文机关 or 来源 */
  origin: string
  /** YYYY-MM-DD */
  date: string
}

interface LatestListProps {
  name: string
  title: string
  items: readonly LatestItem[]
  emptyText: string
  /** Where an item opens; items are shown without a link while there is no detail page. */
  open?: (id: string) => void
}

/** 最新政策 / 新闻动态: the three newest items, title first, then level, origin and date. */
export function LatestList({ name, title, items, emptyText, open }: LatestListProps) {
  return (
    <View className={`section latest latest--${name}`}>
      <View className='section__header'>
        <Text className='section__title'>{title}</Text>
      </View>
      <View className='latest__card'>
        {items.length === 0 ? <Text className='latest__empty'>{emptyText}</Text> : null}
        {items.map((item) => (
          <View
            key={item.id}
            className={`latest__item ${open ? 'latest__item--link' : ''}`}
            onClick={open ? () => open(item.id) : undefined}
          >
            <Text className='latest__title'>{item.title}</Text>
            <View className='latest__meta'>
              <Text className='latest__level'>{POLICY_LEVEL_LABELS[item.level]}</Text>
              <Text className='latest__origin'>{item.origin}</Text>
              <Text className='latest__date'>{item.date}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
