import { Text, View } from '@tarojs/components'
import { formatAmountCompact, PRODUCT_CATEGORY_LABELS } from '@rongtong/shared'
import type { ProductCardFieldsFragment } from '@/gql/graphql'
import { formatRateRange, formatTermRange } from '@/utils/product-format'
import { openProduct } from '@/utils/routes'
import { ProductTags } from '@/components/product-tags/product-tags'
import './product-card.scss'

/** One product in a list: what it is, who offers it, and its rate, amount and term at a glance. */
export function ProductCard({ product }: { product: ProductCardFieldsFragment }) {
  return (
    <View className='product-card' onClick={() => openProduct(product.id)}>
      <View className='product-card__header'>
        <Text className='product-card__name'>{product.name}</Text>
        <Text className='product-card__category'>{PRODUCT_CATEGORY_LABELS[product.category]}</Text>
      </View>
      <Text className='product-card__institution'>{product.institution.name}</Text>
      <View className='product-card__metrics'>
        <View className='product-card__metric product-card__metric--rate'>
          <Text className='product-card__value product-card__value--accent'>
            {formatRateRange(product.minRateBp, product.maxRateBp)}
          </Text>
          <Text className='product-card__label'>年化利率</Text>
        </View>
        <View className='product-card__metric'>
          <Text className='product-card__value'>{formatAmountCompact(product.maxAmountFen)}</Text>
          <Text className='product-card__label'>最高额度</Text>
        </View>
        <View className='product-card__metric'>
          <Text className='product-card__value'>{formatTermRange(product.minTermMonths, product.maxTermMonths)}</Text>
          <Text className='product-card__label'>期限</Text>
        </View>
      </View>
      {product.guaranteeMethods.length > 0 || product.onlineApply ? (
        <View className='product-card__tags'>
          <ProductTags methods={product.guaranteeMethods} onlineApply={product.onlineApply} />
        </View>
      ) : null}
    </View>
  )
}
