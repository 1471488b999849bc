import { useEffect, useMemo, useReducer, useRef } from 'react'
import { apiClient } from './api-client'
import type { ApiError } from './api-error'
import type { GraphQLClient, TypedDocument } from './client'
import { QueryController, type FetchMoreOptions } from './query-controller'
import { initialQueryState, queryReducer } from './query-state'

export type { FetchMoreOptions } from './query-controller'

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

/** Runs a generated query when it mounts and whenever its variables change (compared by value). */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: UseQueryOptions = {},
): QueryResult<TResult, TVariables> {
  const client = options.client ?? apiClient
  const skip = options.skip === true
  const [state, dispatch] = useReducer(queryReducer<TResult>, !skip, initialQueryState<TResult>)
  const latest = useRef({ state, variables })
  latest.current = { state, variables }

  const controller = useMemo(
    () =>
      new QueryController<TResult, TVariables>(
        client,
        document,
        dispatch,
        () => latest.current.state,
        () => latest.current.variables,
      ),
    [client, document],
  )

  const variablesKey = JSON.stringify(variables)
  useEffect(() => {
    if (!skip) void controller.run()
  }, [controller, skip, variablesKey])

  return useMemo(
    () => ({
      data: state.data,
      error: state.error,
      loading: state.loading,
      loadingMore: state.loadingMore,
      fetchMoreError: state.fetchMoreError,
      refetch: () => controller.run(),
      fetchMore: (fetchOptions: FetchMoreOptions<TResult, TVariables>) => controller.fetchMore(fetchOptions),
    }),
    [state, controller],
  )
}
