import { useCallback } from 'react'
import { Text, View } from '@tarojs/components'
import { useReachBottom, useRouter } from '@tarojs/taro'
import { ErrorCode, INSTITUTION_TYPE_LABELS } from '@rongtong/shared'
import { useQuery } from '@/api'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ProductCard } from '@/components/product-card/product-card'
import { ProductSkeletonList } from '@/components/product-skeleton/product-skeleton'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { useViewport } from '@/hooks/use-viewport'
import { ListFooter } from '@/components/paged-list/list-footer'
import type { InstitutionDetailQuery as InstitutionDetailResult, InstitutionDetailQueryVariables } from '@/gql/graphql'
import { openPage, openTab, ROUTES } from '@/utils/routes'
import { ContactBlock } from '../contact-block'
import { appendInstitutionProducts, establishedLabel, PRODUCT_PAGE_SIZE, regionLabel } from '../directory-model'
import { InstitutionMark } from '../institution-card'
import { InstitutionDetailQuery } from '../institutions.graphql'
import '../institutions.scss'

type Institution = InstitutionDetailResult['institution']

function Header({ institution }: { institution: Institution }) {
  return (
    <View className='institution-section institution-header'>
      <View className='institution-header__top'>
        <InstitutionMark shortName={institution.shortName} />
        <View className='institution-header__title'>
          <Text className='institution-header__name'>{institution.name}</Text>
          <View className='institution-header__meta'>
            <Text className='institution-tag'>{INSTITUTION_TYPE_LABELS[institution.type]}</Text>
            <Text className='institution-header__region'>{regionLabel(institution.regionCode)}</Text>
            <Text className='institution-header__region'>成立于 {establishedLabel(institution.establishedOn)}</Text>
          </View>
        </View>
      </View>
      <Text className='institution-section__title institution-header__intro-title'>机构简介</Text>
      <Text className='institution-header__intro'>{institution.description}</Text>
    </View>
  )
}

function Products({ institution, loadingMore, onLoadMore, error }: {
  institution: Institution
  loadingMore: boolean
  onLoadMore(): void
  error: Parameters<typeof ListFooter>[0]['error']
}) {
  const { products } = institution
  return (
    <View className='institution-products'>
      <Text className='institution-products__title'>在售产品（{products.totalCount}）</Text>
      {products.totalCount === 0 ? (
        <View className='institution-section'>
          <StateView
            icon='inbox'
            title='该机构暂无在售产品'
            description='可以先到金融超市看看其他机构的产品'
            action={<Button size='small' onClick={() => openTab(ROUTES.market)}>去金融超市</Button>}
          />
        </View>
      ) : (
        <>
          <View className='institution-products__list'>
            {products.edges.map((edge) => (
              <ProductCard key={edge.node.id} product={edge.node} />
            ))}
          </View>
          <ListFooter hasNextPage={products.pageInfo.hasNextPage} loadingMore={loadingMore} error={error} onLoadMore={onLoadMore} />
        </>
      )}
    </View>
  )
}

export default function InstitutionDetailPage() {
  const id = useRouter().params.id ?? ''
  const { isDesktop } = useViewport()
  const variables: InstitutionDetailQueryVariables = { id, first: PRODUCT_PAGE_SIZE }
  const query = useQuery(InstitutionDetailQuery, variables, { skip: id === '' })
  const institution = query.data?.institution

  const loadMore = useCallback(() => {
    const page = institution?.products.pageInfo
    if (!page?.hasNextPage || !page.endCursor) return
    void query.fetchMore({ variables: { after: page.endCursor }, merge: appendInstitutionProducts })
  }, [institution, query])
  useReachBottom(loadMore)

  const notFound = id === '' || query.error?.code === ErrorCode.NOT_FOUND || query.error?.code === ErrorCode.BAD_USER_INPUT
  const products = institution ? (
    <Products institution={institution} loadingMore={query.loadingMore} error={query.fetchMoreError} onLoadMore={loadMore} />
  ) : null
  return (
    <PageShell nav='institutions' className='institution-detail'>
      {query.loading ? <ProductSkeletonList count={2} /> : null}
      {notFound ? (
        <StateView
          icon='empty'
          title='机构不存在或已停止展示'
          action={<Button size='small' onClick={() => openPage(ROUTES.institutions)}>查看金融机构名录</Button>}
        />
      ) : null}
      {!notFound && query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {institution && isDesktop ? (
        <View className='institution-detail__columns'>
          <View className='institution-detail__main'>
            <Header institution={institution} />
            {products}
          </View>
          <View className='institution-detail__aside'>
            <ContactBlock institution={institution} canCall={false} />
          </View>
        </View>
      ) : null}
      {institution && !isDesktop ? (
        <View className='institution-detail__body'>
          <Header institution={institution} />
          <ContactBlock institution={institution} canCall />
          {products}
        </View>
      ) : null}
    </PageShell>
  )
}
