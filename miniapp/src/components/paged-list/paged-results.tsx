import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { QueryResult } from '@/api'
import type { PagedList } from '@/hooks/use-paged-list'
import { Button } from '@/components/nutui'
import { ProductSkeletonList } from '@/components/product-skeleton/product-skeleton'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import { useStagedCount } from '@/hooks/use-staged-count'
import { ListFooter } from './list-footer'

export interface EmptyResults {
  title: string
  description: string
  /** Offered as 清除筛选 when filters may be what hides every row. */
  onClear?: () => void
}

interface PagedResultsProps<TItem> {
  /** BEM block of the page: renders `<block>__results`, `<block>__summary` and `<block>__list`. */
  block: string
  query: Pick<QueryResult<unknown, unknown>, 'loading' | 'error' | 'loadingMore' | 'fetchMoreError' | 'refetch'>
  list: PagedList<TItem>
  /** The line above the rows, once the first page has arrived. */
  summary(totalCount: number): string
  empty: EmptyResults
  renderItem(item: TItem): ReactNode
}

const FIRST_SCREEN_ROWS = 4

/** A paged list's body: skeleton while loading, the error or empty state, or the rows and their footer. */
export function PagedResults<TItem>(props: PagedResultsProps<TItem>) {
  const { block, query, list, empty } = props
  const { items, totalCount } = list
  const settled = !query.loading && !query.error
  // A phone's first screen holds about four rows: those render first, the rest right after (see the hook).
  const shown = useStagedCount(items.length, FIRST_SCREEN_ROWS)
  return (
    <View className={`${block}__results`}>
      {totalCount !== undefined ? <Text className={`${block}__summary`}>{props.summary(totalCount)}</Text> : null}
      {query.loading ? <ProductSkeletonList /> : null}
      {!query.loading && query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {settled && totalCount !== undefined && items.length === 0 ? <EmptyState {...empty} /> : null}
      {settled && items.length > 0 ? (
        <>
          <View className={`${block}__list`}>{items.slice(0, shown).map((item) => props.renderItem(item))}</View>
          <ListFooter
            hasNextPage={list.hasNextPage}
            loadingMore={query.loadingMore}
            error={query.fetchMoreError}
            onLoadMore={list.loadMore}
          />
        </>
      ) : null}
    </View>
  )
}

function EmptyState({ title, description, onClear }: EmptyResults) {
  const action = onClear ? (
    <Button size='small' onClick={onClear}>
      清除筛选
    </Button>
  ) : undefined
  return <StateView icon='empty' title={title} description={description} action={action} />
}
