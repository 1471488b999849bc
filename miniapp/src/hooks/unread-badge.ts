import { ROUTES } from '@/utils/route-paths'

/** The 消息 tab's position in app.config.ts's tabBar. */
export const MESSAGES_TAB_INDEX = 2

const TAB_ROUTES: readonly string[] = [ROUTES.home, ROUTES.market, ROUTES.messages, ROUTES.mine]

/** What the badge shows for a count: nothing at 0 or unknown, then the number, 99+ beyond. */
export function badgeText(count: number | null): string | null {
  if (count === null || count <= 0) return null
  return count > 99 ? '99+' : String(count)
}

/** Whether a page route (`pages/mine/index` or `/pages/mine/index`, a query string allowed) is a tab page. */
export function isTabRoute(route: string | undefined): boolean {
  if (!route) return false
  const path = `/${route.replace(/^\//, '').split('?')[0]}`
  return TAB_ROUTES.includes(path)
}
