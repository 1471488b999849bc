import { useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { apiClient } from './api-client'
import type { ApiError } from './api-error'
import type { GraphQLClient, TypedDocument } from './client'
import { takePreloaded } from './preloaded'
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

/**
 * Runs a generated query when it mounts and whenever its variables change (compared by value). On mount it first
 * takes the response index.html may have fetched for the page before the app loaded (preloaded.ts): the first render
 * shows its data when it has arrived, otherwise the query awaits it instead of sending the request again.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: UseQueryOptions = {},
): QueryResult<TResult, TVariables> {
  const client = options.client ?? apiClient
  const skip = options.skip === true
  const [preloaded] = useState(() => (skip ? undefined : takePreloaded(document, variables)))
  const [state, dispatch] = useReducer(queryReducer<TResult>, undefined, () => initialQueryState<TResult>(!skip, preloaded?.data))
  const unusedPreload = useRef(preloaded)
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
    if (skip) return
    const first = unusedPreload.current
    unusedPreload.current = undefined
    // The first render already showed the preloaded data.
    if (first?.data !== undefined) return
    void controller.run(first?.response)
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
