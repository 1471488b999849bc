import { Text, View } from '@tarojs/components'
import { openFeature, openTab, ROUTES } from '../../utils/routes'
import type { FeatureKey } from '../../utils/features'

export type NavKey = 'home' | 'market' | 'institutions' | 'policies' | 'news' | 'mine' | 'none'

interface NavItem {
  key: NavKey
  label: string
  open(): void
}

const feature = (key: FeatureKey) => () => openFeature(key)

const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', label: '首页', open: () => openTab(ROUTES.home) },
  { key: 'market', label: '金融超市', open: () => openTab(ROUTES.market) },
  { key: 'institutions', label: '金融机构', open: feature('institutions') },
  { key: 'policies', label: '政策法规', open: feature('policies') },
  { key: 'news', label: '新闻动态', open: feature('news') },
]

/** The desktop header: brand, sections and the login entry. */
export function TopNav({ active }: { active: NavKey }) {
  return (
    <View className='top-nav'>
      <View className='top-nav__inner'>
        <View className='top-nav__brand' onClick={() => openTab(ROUTES.home)}>
          <View className='top-nav__logo'>融</View>
          <View className='top-nav__brand-text'>
            <Text className='top-nav__name'>融通</Text>
            <Text className='top-nav__subtitle'>金融大数据服务平台</Text>
          </View>
        </View>
        <View className='top-nav__links'>
          {NAV_ITEMS.map((item) => (
            <View
              key={item.key}
              className={`top-nav__link ${item.key === active ? 'top-nav__link--active' : ''}`}
              onClick={item.open}
            >
              {item.label}
            </View>
          ))}
        </View>
        <View
          className={`top-nav__login ${active === 'mine' ? 'top-nav__login--active' : ''}`}
          onClick={() => openTab(ROUTES.mine)}
        >
          登录
        </View>
      </View>
    </View>
  )
}
