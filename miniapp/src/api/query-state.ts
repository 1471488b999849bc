import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'

export interface QueryState<TResult> {
  data?: TResult
  error?: ApiError
  loading: boolean
  loadingMore: boolean
  /** A failed next page; the rows already shown stay. */
  fetchMoreError?: ApiError
  /** Identifies the request whose answer may still change the state; older answers are dropped. */
  requestId: number
}

export type QueryAction<TResult> =
  | { type: 'start'; requestId: number }
  | { type: 'success'; requestId: number; data: TResult }
  | { type: 'failure'; requestId: number; error: ApiError }
  | { type: 'moreStart'; requestId: number }
  | { type: 'moreSuccess'; requestId: number; data: TResult }
  | { type: 'moreFailure'; requestId: number; error: ApiError }

/** Before the first request: loading unless skipped, or already settled with `data` (a preloaded response). */
export function initialQueryState<TResult>(loading: boolean, data?: TResult): QueryState<TResult> {
  if (data !== undefined) return { data, loading: false, loadingMore: false, requestId: 0 }
  return { loading, loadingMore: false, requestId: 0 }
}

/** Anything thrown that is not already an ApiError is a bug on our side, reported as an internal error. */
export function asApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause
  return new ApiError({ code: ErrorCode.INTERNAL_SERVER_ERROR })
}

export function queryReducer<TResult>(state: QueryState<TResult>, action: QueryAction<TResult>): QueryState<TResult> {
  switch (action.type) {
    case 'start':
      return { ...state, loading: true, loadingMore: false, error: undefined, fetchMoreError: undefined, requestId: action.requestId }
    case 'moreStart':
      return { ...state, loadingMore: true, fetchMoreError: undefined, requestId: action.requestId }
    default:
      return settle(state, action)
  }
}

function settle<TResult>(state: QueryState<TResult>, action: QueryAction<TResult>): QueryState<TResult> {
  if (action.requestId !== state.requestId) return state
  switch (action.type) {
    case 'success':
      return { ...state, loading: false, data: action.data, error: undefined }
    case 'failure':
      return { ...state, loading: false, error: action.error }
    case 'moreSuccess':
      return { ...state, loadingMore: false, data: action.data }
    case 'moreFailure':
      return { ...state, loadingMore: false, fetchMoreError: action.error }
    default:
      return state
  }
}
