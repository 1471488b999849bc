import { Text, View } from '@tarojs/components'
import type { ApiError } from '@/api'
import './list-footer.scss'

interface ListFooterProps {
  hasNextPage: boolean
  loadingMore: boolean
  error?: ApiError
  onLoadMore(): void
}

/** The end of the list: loading, a way to continue, a failed page to retry, or the end. */
export function ListFooter({ hasNextPage, loadingMore, error, onLoadMore }: ListFooterProps) {
  if (loadingMore) return <View className='list-footer'>加载中…</View>
  if (error) {
    return (
      <View className='list-footer list-footer--action' onClick={onLoadMore}>
        {error.message}，<Text className='list-footer__link'>点击重试</Text>
      </View>
    )
  }
  if (hasNextPage) {
    return (
      <View className='list-footer list-footer--action' onClick={onLoadMore}>
        <Text className='list-footer__link'>加载更多</Text>
      </View>
    )
  }
  return <View className='list-footer'>已经到底了</View>
}
