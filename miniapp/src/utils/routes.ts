import Taro from '@tarojs/taro'
import type { FeatureKey } from './features'

export const ROUTES = {
  home: '/pages/index/index',
  market: '/pages/market/index',
  messages: '/pages/messages/index',
  mine: '/pages/mine/index',
  productDetail: '/packages/product/detail/index',
  building: '/packages/common/building/index',
  calculator: '/packages/tools/calculator/index',
  authCallback: '/pages/auth/callback/index',
  staffLogin: '/pages/staff/login/index',
  staffHome: '/pages/staff/home/index',
} as const

export type TabRoute = typeof ROUTES.home | typeof ROUTES.market | typeof ROUTES.messages | typeof ROUTES.mine

export function productDetailPath(productId: string): string {
  return `${ROUTES.productDetail}?id=${encodeURIComponent(productId)}`
}

export function openProduct(productId: string): void {
  void Taro.navigateTo({ url: productDetailPath(productId) })
}

export function openPage(route: string): void {
  void Taro.navigateTo({ url: route })
}

export function openTab(route: TabRoute): void {
  void Taro.switchTab({ url: route })
}

/** Features not released yet open a friendly 功能建设中 page instead of a dead link. */
export function openFeature(feature: FeatureKey): void {
  void Taro.navigateTo({ url: `${ROUTES.building}?feature=${feature}` })
}
