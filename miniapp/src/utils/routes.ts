import Taro from '@tarojs/taro'
import type { FeatureKey } from './features'
import { ROUTES } from './route-paths'

export { ROUTES } from './route-paths'

export type TabRoute = typeof ROUTES.home | typeof ROUTES.market | typeof ROUTES.messages | typeof ROUTES.mine

export function productDetailPath(productId: string): string {
  return `${ROUTES.productDetail}?id=${encodeURIComponent(productId)}`
}

export function openProduct(productId: string): void {
  void Taro.navigateTo({ url: productDetailPath(productId) })
}

export function institutionDetailPath(institutionId: string): string {
  return `${ROUTES.institutionDetail}?id=${encodeURIComponent(institutionId)}`
}

export function openInstitution(institutionId: string): void {
  void Taro.navigateTo({ url: institutionDetailPath(institutionId) })
}

export function openPage(route: string): void {
  void Taro.navigateTo({ url: route })
}

const TAB_ROUTES: readonly string[] = [ROUTES.home, ROUTES.market, ROUTES.messages, ROUTES.mine]

/** Opens an in-app path from content (a banner's link): tab pages by switching tabs, others on top. */
export function openInApp(path: string): void {
  const [page] = path.split('?')
  if (TAB_ROUTES.includes(page)) void Taro.switchTab({ url: page })
  else void Taro.navigateTo({ url: path })
}

export function openTab(route: TabRoute): void {
  void Taro.switchTab({ url: route })
}

/** Features not released yet open a friendly 功能建设中 page instead of a dead link. */
export function openFeature(feature: FeatureKey): void {
  void Taro.navigateTo({ url: `${ROUTES.building}?feature=${feature}` })
}
