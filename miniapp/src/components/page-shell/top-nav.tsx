import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { isStaffRole, useSession } from '@/auth'
import { openPage, openTab, ROUTES } from '@/utils/routes'

export type NavKey = 'home' | 'market' | 'institutions' | 'policies' | 'news' | 'mine' | 'staff' | 'none'

interface NavItem {
  key: NavKey
  label: string
  open(): void
}

const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', label: '首页', open: () => openTab(ROUTES.home) },
  { key: 'market', label: '金融超市', open: () => openTab(ROUTES.market) },
  { key: 'institutions', label: '金融机构', open: () => openPage(ROUTES.institutions) },
  { key: 'policies', label: '政策法规', open: () => openPage(ROUTES.policies) },
  { key: 'news', label: '新闻动态', open: () => openPage(ROUTES.news) },
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
        <AccountEntry active={active} />
      </View>
    </View>
  )
}

/** Right of the navigation: the two ways to log in, or who is logged in. */
function AccountEntry({ active }: { active: NavKey }) {
  const { status, me } = useSession()
  if (status === 'authenticated' && me) {
    const staff = isStaffRole(me.role)
    const open = () => (staff ? void Taro.navigateTo({ url: ROUTES.staffHome }) : openTab(ROUTES.mine))
    const current = staff ? active === 'staff' : active === 'mine'
    return (
      <View className={`top-nav__account ${current ? 'top-nav__account--active' : ''}`} onClick={open}>
        <View className='top-nav__account-avatar'>{me.displayName.slice(0, 1)}</View>
        <Text className='top-nav__account-name'>{me.displayName}</Text>
      </View>
    )
  }
  return (
    <View className='top-nav__entries'>
      <Text
        className={`top-nav__staff-login ${active === 'staff' ? 'top-nav__staff-login--active' : ''}`}
        onClick={() => void Taro.navigateTo({ url: ROUTES.staffLogin })}
      >
        机构/政府/运营登录
      </Text>
      <View className={`top-nav__login ${active === 'mine' ? 'top-nav__login--active' : ''}`} onClick={() => openTab(ROUTES.mine)}>
        登录
      </View>
    </View>
  )
}
