import type { PropsWithChildren } from 'react'
import { Text, View } from '@tarojs/components'
import { useUnreadMessageBadge } from '@/hooks/use-unread-message-badge'
import { useViewport } from '@/hooks/use-viewport'
import { TopNav, type NavKey } from './top-nav'
import './page-shell.scss'

interface PageShellProps {
  /** The top navigation entry this page belongs to on desktop. */
  nav: NavKey
  className?: string
}

/** Desktop (H5 ≥ 1024 px): top navigation, centred content, footer. Otherwise the page as is. */
export function PageShell({ nav, className = '', children }: PropsWithChildren<PageShellProps>) {
  const { isDesktop } = useViewport()
  // Every page keeps the 消息 tab's badge current (it takes effect on the tab pages).
  useUnreadMessageBadge()
  if (!isDesktop) {
    return <View className={`page page--mobile ${className}`}>{children}</View>
  }
  return (
    <View className={`page page--desktop ${className}`}>
      <TopNav active={nav} />
      <View className='page__content'>{children}</View>
      <View className='page__footer'>
        <Text>阜阳市地方金融管理局 · 融通金融大数据服务平台</Text>
        <Text className='page__footer-note'>政银企统一的金融科技服务门户</Text>
      </View>
    </View>
  )
}
