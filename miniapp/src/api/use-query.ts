import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import { apiClient } from './api-client'
import type { ApiError } from './api-error'
import type { GraphQLClient, TypedDocument } from './client'
import { asApiError, initialQueryState, queryReducer, type QueryState } from './query-state'

export interface FetchMoreOptions<TResult, TVariables> {
  variables: Partial<TVariables>
  /** Combines the rows shown so far with the next page. */
  merge(previous: TResult, next: TResult): TResult
}

export interface QueryResult<TResult, TVariables> {
  data?: TResult
  error?: ApiError
  loading: boolean
  loadingMore: boolean
  fetchMoreError?: ApiError
  refetch(): Promise<void>
  fetchMore(options: FetchMoreOptions<TResult, TVariables>): Promise<void>
}

export interface UseQueryOptions {
  skip?: boolean
  client?: GraphQLClient
}

/**
 * Runs a generated query when it mounts and whenever its variables change.
 * Only the latest request may change the state, so a slow old answer never overwrites a newer one.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: UseQueryOptions = {},
): QueryResult<TResult, TVariables> {
  const client = options.client ?? apiClient
  const skip = options.skip === true
  const [state, dispatch] = useReducer(queryReducer<TResult>, !skip, initialQueryState<TResult>)
  const variablesKey = JSON.stringify(variables)
  const latest = useRef({ requestId: 0, state, variables })
  latest.current.state = state
  latest.current.variables = variables

  const run = useCallback(async () => {
    const requestId = ++latest.current.requestId
    dispatch({ type: 'start', requestId })
    try {
      const data = await client.execute(document, latest.current.variables)
      dispatch({ type: 'success', requestId, data })
    } catch (cause) {
      dispatch({ type: 'failure', requestId, error: asApiError(cause) })
    }
  }, [client, document])

  useEffect(() => {
    if (!skip) void run()
  }, [run, skip, variablesKey])

  const fetchMore = useCallback(
    async ({ variables: extra, merge }: FetchMoreOptions<TResult, TVariables>) => {
      const previous: QueryState<TResult> = latest.current.state
      if (!previous.data || previous.loading || previous.loadingMore) return
      const requestId = ++latest.current.requestId
      dispatch({ type: 'moreStart', requestId })
      try {
        const next = await client.execute(document, { ...latest.current.variables, ...extra })
        dispatch({ type: 'moreSuccess', requestId, data: merge(previous.data, next) })
      } catch (cause) {
        dispatch({ type: 'moreFailure', requestId, error: asApiError(cause) })
      }
    },
    [client, document],
  )

  return useMemo(
    () => ({
      data: state.data,
      error: state.error,
      loading: state.loading,
      loadingMore: state.loadingMore,
      fetchMoreError: state.fetchMoreError,
      refetch: run,
      fetchMore,
    }),
    [state, run, fetchMore],
  )
}
