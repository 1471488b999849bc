import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import { asApiError, initialQueryState, queryReducer, type QueryState } from './query-state'

type Rows = { rows: string[] }

const unavailable = new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE })

function loaded(rows: string[], requestId = 1): QueryState<Rows> {
  return queryReducer(queryReducer(initialQueryState<Rows>(true), { type: 'start', requestId }), {
    type: 'success',
    requestId,
    data: { rows },
  })
}

describe('queryReducer', () => {
  it('shows the answer of the latest request', () => {
    const state = loaded(['a'])
    expect(state).toMatchObject({ loading: false, data: { rows: ['a'] }, error: undefined })
  })

  it('drops an answer that arrives after a newer request started', () => {
    let state = queryReducer(initialQueryState<Rows>(true), { type: 'start', requestId: 1 })
    state = queryReducer(state, { type: 'start', requestId: 2 })
    state = queryReducer(state, { type: 'success', requestId: 1, data: { rows: ['stale'] } })
    expect(state.data).toBeUndefined()
    expect(state.loading).toBe(true)
    state = queryReducer(state, { type: 'success', requestId: 2, data: { rows: ['fresh'] } })
    expect(state.data).toEqual({ rows: ['fresh'] })
  })

  it('keeps the rows shown when the next page fails, and reports that failure separately', () => {
    let state = queryReducer(loaded(['a']), { type: 'moreStart', requestId: 2 })
    expect(state.loadingMore).toBe(true)
    state = queryReducer(state, { type: 'moreFailure', requestId: 2, error: unavailable })
    expect(state).toMatchObject({ loadingMore: false, data: { rows: ['a'] }, fetchMoreError: unavailable, error: undefined })
  })

  it('replaces the rows with the merged page when the next page arrives', () => {
    let state = queryReducer(loaded(['a']), { type: 'moreStart', requestId: 2 })
    state = queryReducer(state, { type: 'moreSuccess', requestId: 2, data: { rows: ['a', 'b'] } })
    expect(state).toMatchObject({ loadingMore: false, data: { rows: ['a', 'b'] } })
  })

  it('clears earlier errors when a refetch starts', () => {
    let state = queryReducer(initialQueryState<Rows>(true), { type: 'start', requestId: 1 })
    state = queryReducer(state, { type: 'failure', requestId: 1, error: unavailable })
    expect(state.error).toBe(unavailable)
    state = queryReducer(state, { type: 'start', requestId: 2 })
    expect(state).toMatchObject({ loading: true, error: undefined })
  })
})

describe('asApiError', () => {
  it('keeps ApiErrors and turns anything else into an internal error', () => {
    expect(asApiError(unavailable)).toBe(unavailable)
    expect(asApiError(new TypeError('x')).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR)
  })
})
