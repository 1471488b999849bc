import { useCallback, useEffect, useRef } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import type { QueryResult } from '@/api'

/** The part of a Relay-style connection a paged list reads. */
export interface PagedConnection<TNode> {
  edges: ReadonlyArray<{ node: TNode }>
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  totalCount: number
}

export interface PagedList<TNode> {
  items: TNode[]
  /** Undefined until the first page has arrived. */
  totalCount?: number
  hasNextPage: boolean
  loadMore(): void
}

/**
 * The rows of a paged list and a way to load its next page, on reaching the bottom or on demand.
 * A new `filters` value (compared by identity) shows a new list, so the page scrolls back to the top.
 */
export function usePagedList<TResult, TNode>(
  query: QueryResult<TResult, { after?: string | null }>,
  connection: PagedConnection<TNode> | undefined,
  merge: (previous: TResult, next: TResult) => TResult,
  filters: unknown,
): PagedList<TNode> {
  const firstFilters = useRef(filters)
  useEffect(() => {
    if (filters === firstFilters.current) return
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }, [filters])

  const loadMore = useCallback(() => {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return
    void query.fetchMore({ variables: { after: connection.pageInfo.endCursor }, merge })
  }, [connection, query, merge])
  useReachBottom(loadMore)

  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    hasNextPage: connection?.pageInfo.hasNextPage === true,
    loadMore,
  }
}
