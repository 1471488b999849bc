import Taro from '@tarojs/taro'

export const CONTENT_ROUTES = {
  policies: '/packages/content/policies/index',
  policyDetail: '/packages/content/policy-detail/index',
  news: '/packages/content/news/index',
  newsDetail: '/packages/content/news-detail/index',
  push: '/packages/content/push/index',
  console: '/packages/content/console/index',
  newsConsole: '/packages/content/news-console/index',
  bannerConsole: '/packages/content/banner-console/index',
} as const

export function openPolicy(id: string): void {
  void Taro.navigateTo({ url: `${CONTENT_ROUTES.policyDetail}?id=${encodeURIComponent(id)}` })
}

export function openNews(id: string): void {
  void Taro.navigateTo({ url: `${CONTENT_ROUTES.newsDetail}?id=${encodeURIComponent(id)}` })
}
