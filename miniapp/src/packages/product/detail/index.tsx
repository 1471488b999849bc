import { Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { ErrorCode, PRODUCT_CATEGORY_LABELS } from '@rongtong/shared'
import { useQuery } from '@/api'
import { useEnterpriseLogin, useSession } from '@/auth'
import { ProductDetailQuery } from '@/api/products.graphql'
import { Button } from '@/components/nutui'
import { ProductTags } from '@/components/product-tags/product-tags'
import { PageShell } from '@/components/page-shell/page-shell'
import { ProductSkeletonList } from '@/components/product-skeleton/product-skeleton'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { HostBridgeError, hostBridge } from '@/host'
import { formatAmountRange, formatRateRange, formatTermRange } from '@/utils/product-format'
import { openFeature, openInstitution, openTab, productDetailPath, ROUTES } from '@/utils/routes'
import { applyStep } from './apply-entry'
import { eligibilityFacts, institutionFacts, termsFacts, type Fact, type ProductDetail } from './product-facts'
import './index.scss'

function FactList({ title, facts }: { title: string; facts: Fact[] }) {
  return (
    <View className='detail__section'>
      <Text className='detail__section-title'>{title}</Text>
      {facts.map((fact) => (
        <View key={fact.label} className='detail__fact'>
          <Text className='detail__fact-label'>{fact.label}</Text>
          <Text className='detail__fact-value'>{fact.value}</Text>
        </View>
      ))}
    </View>
  )
}

function Summary({ product }: { product: ProductDetail }) {
  return (
    <View className='detail__summary'>
      <View className='detail__title-row'>
        <Text className='detail__name'>{product.name}</Text>
        <Text className='detail__category'>{PRODUCT_CATEGORY_LABELS[product.category]}</Text>
      </View>
      <Text className='detail__institution detail__institution--link' onClick={() => openInstitution(product.institution.id)}>
        {product.institution.name} ›
      </Text>
      <View className='detail__metrics'>
        <View className='detail__metric'>
          <Text className='detail__metric-value detail__metric-value--accent'>
            {formatRateRange(product.minRateBp, product.maxRateBp)}
          </Text>
          <Text className='detail__metric-label'>年化利率</Text>
        </View>
        <View className='detail__metric'>
          <Text className='detail__metric-value'>{formatAmountRange(product.minAmountFen, product.maxAmountFen)}</Text>
          <Text className='detail__metric-label'>融资额度</Text>
        </View>
        <View className='detail__metric'>
          <Text className='detail__metric-value'>{formatTermRange(product.minTermMonths, product.maxTermMonths)}</Text>
          <Text className='detail__metric-label'>融资期限</Text>
        </View>
      </View>
      <View className='detail__tags'>
        <ProductTags methods={product.guaranteeMethods} onlineApply={product.onlineApply} />
      </View>
    </View>
  )
}

function Materials({ materials }: { materials: readonly string[] }) {
  return (
    <View className='detail__section'>
      <Text className='detail__section-title'>所需材料</Text>
      {materials.length === 0 ? <Text className='detail__text'>无需额外材料，授权政务数据即可申请</Text> : null}
      {materials.map((material, index) => (
        <View key={material} className='detail__material'>
          <Text className='detail__material-index'>{index + 1}</Text>
          <Text className='detail__text'>{material}</Text>
        </View>
      ))}
    </View>
  )
}

async function shareProduct(product: ProductDetail) {
  try {
    const bridge = hostBridge()
    await bridge.share({ title: product.name, path: productDetailPath(product.id) })
    if (bridge.name === 'h5-dev') void Taro.showToast({ title: '链接已复制', icon: 'none' })
  } catch (error) {
    const message = error instanceof HostBridgeError ? error.message : '分享失败，请重试'
    void Taro.showToast({ title: message, icon: 'none' })
  }
}

function ApplyButton() {
  const { me } = useSession()
  const { busy, login } = useEnterpriseLogin()
  const apply = () => {
    const step = applyStep(me)
    if (step.kind === 'login') void login()
    else if (step.kind === 'refuse') void Taro.showToast({ title: step.message, icon: 'none', duration: 2500 })
    else openFeature('apply')
  }
  return (
    <Button className='detail__apply' type='primary' loading={busy} disabled={busy} onClick={apply}>
      {me ? '立即申请' : '登录后申请'}
    </Button>
  )
}

export default function ProductDetailPage() {
  const id = useRouter().params.id ?? ''
  const query = useQuery(ProductDetailQuery, { id }, { skip: id === '' })
  const product = query.data?.product
  useShareAppMessage(() => ({
    title: product?.name ?? '融通 · 金融超市',
    path: product ? productDetailPath(product.id) : ROUTES.home,
  }))

  const notFound = id === '' || query.error?.code === ErrorCode.NOT_FOUND
  return (
    <PageShell nav='market' className='detail'>
      {query.loading ? <ProductSkeletonList count={2} /> : null}
      {notFound ? (
        <StateView
          icon='empty'
          title='产品不存在或已下架'
          action={<Button size='small' onClick={() => openTab(ROUTES.market)}>去金融超市看看</Button>}
        />
      ) : null}
      {!notFound && query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {product ? (
        <View className='detail__body'>
          <Summary product={product} />
          <View className='detail__section'>
            <Text className='detail__section-title'>产品介绍</Text>
            <Text className='detail__text detail__text--lead'>{product.summary}</Text>
            <Text className='detail__text'>{product.description}</Text>
          </View>
          <FactList title='申请条件' facts={eligibilityFacts(product)} />
          <FactList title='产品信息' facts={termsFacts(product)} />
          <Materials materials={product.requiredMaterials} />
          <FactList title='机构信息' facts={institutionFacts(product)} />
          <View className='detail__actions'>
            <Button className='detail__share' onClick={() => void shareProduct(product)}>
              分享
            </Button>
            <ApplyButton />
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
