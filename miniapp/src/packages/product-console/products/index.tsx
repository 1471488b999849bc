import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { PRODUCT_CATEGORY_LABELS, PRODUCT_STATUS_LABELS, PRODUCT_STATUSES, type ProductStatus } from '@rongtong/shared'
import { apiClient, ApiError, useQuery } from '@/api'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import type { MyInstitutionProductsQuery as ProductsData } from '@/gql/graphql'
import { ConsoleGate, isProductManager } from '@/components/console-gate/console-gate'
import { StatusChip } from '../components/status-chip'
import { editorPath } from '../console-routes'
import { MyInstitutionProductsQuery, RetireProductMutation, SubmitProductForReviewMutation } from '../product-console.graphql'
import { amountRange, rateRange, termRange } from '../product-display'
import { ACTION_LABELS, productActions, reviewMarker, type ProductAction } from '../product-status'
import '../product-console.scss'

const PAGE_SIZE = 10
type ManagedNode = ProductsData['myInstitutionProducts']['edges'][number]['node']

function appendPage(previous: ProductsData, next: ProductsData): ProductsData {
  const edges = [...previous.myInstitutionProducts.edges, ...next.myInstitutionProducts.edges]
  return { myInstitutionProducts: { ...next.myInstitutionProducts, edges } }
}

function ProductRow({ node, onAction }: { node: ManagedNode; onAction(action: ProductAction, node: ManagedNode): void }) {
  const { product, latestReview } = node
  const marker = reviewMarker(product.status, latestReview)
  return (
    <View className='pc-card pc-product' data-testid='managed-product'>
      <View className='pc-product__head'>
        <Text className='pc-product__name'>{product.name}</Text>
        <StatusChip status={product.status} />
      </View>
      <Text className='pc-product__facts'>
        {PRODUCT_CATEGORY_LABELS[product.category]} · 额度 {amountRange(product)} · 年利率 {rateRange(product)} · 期限 {termRange(product)}
      </Text>
      {marker ? (
        <Text className={`pc-marker pc-marker--${marker.tone}`} data-testid='review-marker'>
          {marker.text}
        </Text>
      ) : null}
      <View className='pc-actions'>
        {productActions(product.status, latestReview).map((action) => (
          <Button
            key={action}
            size='small'
            type={action === 'submit' || action === 'change' ? 'primary' : 'default'}
            data-testid={`action-${action}`}
            onClick={() => onAction(action, node)}
          >
            {ACTION_LABELS[action]}
          </Button>
        ))}
      </View>
    </View>
  )
}

function StatusTabs({ value, onChange }: { value: ProductStatus | null; onChange(status: ProductStatus | null): void }) {
  const tabs: Array<ProductStatus | null> = [null, ...PRODUCT_STATUSES]
  return (
    <View className='pc-tabs'>
      {tabs.map((status) => (
        <Text
          key={status ?? 'ALL'}
          data-testid={`status-tab-${status ?? 'ALL'}`}
          className={`pc-tab ${status === value ? 'pc-tab--active' : ''}`}
          onClick={() => onChange(status)}
        >
          {status ? PRODUCT_STATUS_LABELS[status] : '全部'}
        </Text>
      ))}
    </View>
  )
}

function ProductList() {
  const [status, setStatus] = useState<ProductStatus | null>(null)
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  const query = useQuery(MyInstitutionProductsQuery, { status, first: PAGE_SIZE, after: null as string | null }, { client: apiClient })
  const connection = query.data?.myInstitutionProducts
  // Back from the editor: show what was saved there.
  useDidShow(() => void query.refetch())

  async function run(action: () => Promise<unknown>, success: string) {
    try {
      await action()
      setNotice({ tone: 'success', text: success })
    } catch (caught) {
      setNotice({ tone: 'danger', text: caught instanceof ApiError ? caught.message : '操作失败，请稍后重试' })
    }
    await query.refetch()
  }

  async function onAction(action: ProductAction, { product }: ManagedNode) {
    if (action === 'submit') {
      await run(() => apiClient.execute(SubmitProductForReviewMutation, { id: product.id }), `「${product.name}」已提交审核`)
    } else if (action === 'retire') {
      const { confirm } = await Taro.showModal({
        title: '确认下架',
        content: `下架后「${product.name}」将立即从金融超市移除，正在审核的变更也会撤销，且不能恢复。`,
        confirmText: '下架',
        cancelText: '取消',
      })
      if (confirm) await run(() => apiClient.execute(RetireProductMutation, { id: product.id }), `「${product.name}」已下架`)
    } else {
      void Taro.navigateTo({ url: editorPath(product.id) })
    }
  }

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return
    void query.fetchMore({ variables: { after: connection.pageInfo.endCursor }, merge: appendPage })
  }

  return (
    <View className='pc-page'>
      <View className='pc-header'>
        <View>
          <Text className='pc-title'>产品管理</Text>
          <Text className='pc-subtitle'>新建和维护本机构的金融产品。产品经平台审核通过后在金融超市上架；已发布产品的修改以「提交变更」送审，审核期间线上仍展示当前版本。</Text>
        </View>
        <Button type='primary' data-testid='new-product' onClick={() => void Taro.navigateTo({ url: editorPath() })}>
          新建产品
        </Button>
      </View>
      <StatusTabs value={status} onChange={setStatus} />
      {notice ? (
        <Text className={`pc-notice pc-notice--${notice.tone}`} data-testid='console-notice'>
          {notice.text}
        </Text>
      ) : null}
      {query.loading && !connection ? <StateView icon='building' title='正在加载产品…' /> : null}
      {query.error && !connection ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {connection && connection.edges.length === 0 ? (
        <StateView
          icon='empty'
          title={status ? `暂无${PRODUCT_STATUS_LABELS[status]}的产品` : '还没有产品'}
          description={status ? '换个状态看看。' : '点击「新建产品」填写产品信息，保存为草稿后提交平台审核。'}
        />
      ) : null}
      {connection?.edges.map(({ node }) => <ProductRow key={node.id} node={node} onAction={(action, row) => void onAction(action, row)} />)}
      {connection && connection.edges.length > 0 ? (
        <View className='pc-footer'>
          <Text className='pc-muted'>
            已显示 {connection.edges.length} / {connection.totalCount} 款
          </Text>
          {connection.pageInfo.hasNextPage ? (
            <Button size='small' loading={query.loadingMore} data-testid='load-more' onClick={loadMore}>
              加载更多
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

/** 产品管理: an institution's product manager lists, submits, changes and retires the institution's products. */
export default function ProductConsolePage() {
  return (
    <PageShell nav='staff' className='product-console'>
      <ConsoleGate allows={isProductManager} deniedTitle='仅产品经理可管理产品' deniedDescription='请使用具有产品管理权限的机构工作人员账号登录。'>
        {() => <ProductList />}
      </ConsoleGate>
    </PageShell>
  )
}
