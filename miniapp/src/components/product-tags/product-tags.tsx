import { Text, View } from '@tarojs/components'
import { GUARANTEE_METHOD_LABELS, type GuaranteeMethod } from '@rongtong/shared'
import './product-tags.scss'

/** 担保方式 tags, plus 线上申请 when the product can be applied for online. */
export function ProductTags({ methods, onlineApply }: { methods: readonly GuaranteeMethod[]; onlineApply: boolean }) {
  return (
    <View className='product-tags'>
      {methods.map((method) => (
        <Text key={method} className='product-tags__tag'>
          {GUARANTEE_METHOD_LABELS[method]}
        </Text>
      ))}
      {onlineApply ? <Text className='product-tags__tag product-tags__tag--online'>线上申请</Text> : null}
    </View>
  )
}
