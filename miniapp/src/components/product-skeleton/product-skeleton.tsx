import { View } from '@tarojs/components'
import { Skeleton } from '@/components/nutui'
import './product-skeleton.scss'

/** Placeholder cards while the first page of products loads. */
export function ProductSkeletonList({ count = 4 }: { count?: number }) {
  return (
    <View className='product-skeleton-list' aria-busy='true'>
      {Array.from({ length: count }, (_, index) => (
        <View key={index} className='product-skeleton'>
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  )
}
