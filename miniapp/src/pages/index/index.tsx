import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useQuery } from '@/api'
import { HomeBannersQuery, HomeLatestContentQuery } from '@/api/home.graphql'
import { HomeOverviewQuery } from '@/api/products.graphql'
import { PageShell } from '@/components/page-shell/page-shell'
import { ProductCard } from '@/components/product-card/product-card'
import { ProductSkeletonList } from '@/components/product-skeleton/product-skeleton'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { useStagedCount } from '@/hooks/use-staged-count'
import { openInApp, openTab, ROUTES } from '@/utils/routes'
import { BannerCarousel } from './banner-carousel'
import { LatestList } from './latest-content'
import { QuickEntries } from './quick-entries'
import './index.scss'

// The content subpackage's detail pages (packages/content), opened by path so the main package imports none of it.
const openPolicy = (id: string) => openInApp(`/packages/content/policy-detail/index?id=${encodeURIComponent(id)}`)
const openNews = (id: string) => openInApp(`/packages/content/news-detail/index?id=${encodeURIComponent(id)}`)

function Stat({ value, label }: { value: number | undefined; label: string }) {
  return (
    <View className='hero__stat'>
      <Text className='hero__stat-value'>{value ?? '—'}</Text>
      <Text className='hero__stat-label'>{label}</Text>
    </View>
  )
}

export default function HomePage() {
  const overview = useQuery(HomeOverviewQuery, {})
  const banners = useQuery(HomeBannersQuery, {})
  const latest = useQuery(HomeLatestContentQuery, {})
  usePullDownRefresh(() => {
    void Promise.all([overview.refetch(), banners.refetch(), latest.refetch()]).finally(() => Taro.stopPullDownRefresh())
  })
  const allProducts = overview.data?.products.edges.map((edge) => edge.node) ?? []
  // A phone's first screen ends at the first product card: the page renders down to it first, and the other products
  // and the latest policies and news right after (useStagedCount).
  const products = allProducts.slice(0, useStagedCount(allProducts.length, 1))
  const belowFirstScreen = products.length === allProducts.length
  const policies = (latest.data?.policies.edges ?? []).map(({ node }) => ({ ...node, origin: node.issuer, date: node.issuedOn }))
  const news = (latest.data?.newsList.edges ?? []).map(({ node }) => ({ ...node, origin: node.source, date: node.publishedOn }))

  return (
    <PageShell nav='home' className='home'>
      <View className='hero'>
        <Text className='hero__title'>融通 · 金融大数据服务平台</Text>
        <Text className='hero__tagline'>让企业融资更便捷</Text>
        <Text className='hero__description'>政银企统一的金融科技服务门户，政务数据授权替代纸质材料，最快几分钟完成贷款申请。</Text>
        <View className='hero__stats'>
          <Stat value={overview.data?.institutions.totalCount} label='家金融机构入驻' />
          <Stat value={overview.data?.products.totalCount} label='款金融产品' />
        </View>
      </View>

      <BannerCarousel banners={banners.data?.homeBanners ?? []} loading={banners.loading && !banners.data} />

      <QuickEntries />

      <View className='section'>
        <View className='section__header'>
          <Text className='section__title'>推荐产品</Text>
          <Text className='section__more' onClick={() => openTab(ROUTES.market)}>
            查看全部 ›
          </Text>
        </View>
        {overview.loading && !overview.data ? <ProductSkeletonList count={3} /> : null}
        {overview.error ? <ErrorState error={overview.error} onRetry={() => void overview.refetch()} /> : null}
        {overview.data && allProducts.length === 0 ? <StateView icon='empty' title='暂无推荐产品' /> : null}
        <View className='product-grid'>
          {products.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </View>
      </View>

      {latest.error ? <ErrorState error={latest.error} onRetry={() => void latest.refetch()} /> : null}
      {latest.data && belowFirstScreen ? (
        <View className='latest-grid'>
          <LatestList name='policies' title='最新政策' items={policies} emptyText='暂无政策' open={openPolicy} />
          <LatestList name='news' title='新闻动态' items={news} emptyText='暂无资讯' open={openNews} />
        </View>
      ) : null}
    </PageShell>
  )
}
