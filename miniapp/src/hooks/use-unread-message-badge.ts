import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { liveUpdates } from '@/api'
import { badgeText, isTabRoute, MESSAGES_TAB_INDEX } from './unread-badge'

function currentRoute(): string | undefined {
  const pages = Taro.getCurrentPages()
  return pages[pages.length - 1]?.route
}

/** Puts the count on the 消息 tab (or takes it off); mini-programs allow that from tab pages only. */
function applyBadge(count: number | null): void {
  if (!isTabRoute(currentRoute())) return
  const text = badgeText(count)
  const done = text === null ? Taro.removeTabBarBadge({ index: MESSAGES_TAB_INDEX }) : Taro.setTabBarBadge({ index: MESSAGES_TAB_INDEX, text })
  // A host without a tab bar here (the PC shell) has nothing to badge.
  void Promise.resolve(done).catch(() => undefined)
}

/**
 * The signed-in user's unread message count, kept on the 消息 tab's badge: live over graphql-ws in H5 builds, polled
 * every 30 s on mini-program hosts and while the socket is down (api/live-updates.ts). Null until known, and when
 * nobody is signed in.
 */
export function useUnreadMessageBadge(): number | null {
  const [count, setCount] = useState<number | null>(liveUpdates.state.unreadCount)
  useEffect(() => {
    setCount(liveUpdates.state.unreadCount)
    return liveUpdates.onState((state) => setCount(state.unreadCount))
  }, [])
  useEffect(() => applyBadge(count), [count])
  // Back on a tab page after the count changed elsewhere.
  useDidShow(() => applyBadge(liveUpdates.state.unreadCount))
  return count
}
