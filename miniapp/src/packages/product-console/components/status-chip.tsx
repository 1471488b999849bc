import { Text } from '@tarojs/components'
import { PRODUCT_STATUS_LABELS, type ProductStatus } from '@rongtong/shared'

/** 草稿 / 待审核 / 已发布 / 已驳回 / 已下架, coloured by status. */
export function StatusChip({ status }: { status: ProductStatus }) {
  return (
    <Text className={`pc-status pc-status--${status.toLowerCase()}`} data-testid='product-status'>
      {PRODUCT_STATUS_LABELS[status]}
    </Text>
  )
}
