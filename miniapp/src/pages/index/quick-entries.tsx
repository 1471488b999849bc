import { Text, View } from '@tarojs/components'
import { Articles, Edit, Home, Notice, Prices, Retweet, Star, Store } from '@nutui/icons-react-taro'
import type { FeatureKey } from '@/utils/features'
import { openFeature, openPage, openTab, ROUTES } from '@/utils/routes'

interface QuickEntry {
  label: string
  Icon: typeof Store
  tone: string
  open(): void
}

const feature = (key: FeatureKey) => () => openFeature(key)

const ENTRIES: readonly QuickEntry[] = [
  { label: '金融超市', Icon: Store, tone: 'blue', open: () => openTab(ROUTES.market) },
  { label: '产品推荐', Icon: Star, tone: 'orange', open: () => openPage(ROUTES.recommend) },
  { label: '金融机构', Icon: Home, tone: 'indigo', open: () => openPage(ROUTES.institutions) },
  { label: '政策法规', Icon: Articles, tone: 'green', open: () => openPage(ROUTES.policies) },
  { label: '新闻动态', Icon: Notice, tone: 'amber', open: () => openPage(ROUTES.news) },
  { label: '我要转贷', Icon: Retweet, tone: 'purple', open: feature('bridgeLoan') },
  { label: '贷款计算器', Icon: Prices, tone: 'cyan', open: () => openPage(ROUTES.calculator) },
  { label: '融资需求', Icon: Edit, tone: 'red', open: feature('demand') },
]

export function QuickEntries() {
  return (
    <View className='quick-entries'>
      {ENTRIES.map(({ label, Icon, tone, open }) => (
        <View key={label} className='quick-entries__item' onClick={open}>
          <View className={`quick-entries__icon quick-entries__icon--${tone}`}>
            <Icon size={22} color='#ffffff' />
          </View>
          <Text className='quick-entries__label'>{label}</Text>
        </View>
      ))}
    </View>
  )
}
