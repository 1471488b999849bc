import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import type { GraphQLClient, TypedDocument } from './client'
import { QueryController } from './query-controller'
import { initialQueryState, queryReducer, type QueryAction, type QueryState } from './query-state'

type Page = { rows: string[] }
type Variables = { keyword: string; after?: string }

const DOCUMENT = { toString: () => 'query Rows' } as TypedDocument<Page, Variables>

/** A client whose answers the test releases one by one, in any order. */
function controllableClient() {
  const calls: { variables: Variables; resolve(page: Page): void; reject(error: unknown): void }[] = []
  const client: GraphQLClient = {
    execute: <TResult, TVars>(_document: TypedDocument<TResult, TVars>, variables?: TVars) =>
      new Promise<TResult>((resolve, reject) => {
        calls.push({
          variables: variables as unknown as Variables,
          resolve: (page) => resolve(page as unknown as TResult),
          reject,
        })
      }),
  }
  return { client, calls }
}

function harness(variables: Variables) {
  const { client, calls } = controllableClient()
  let state: QueryState<Page> = initialQueryState<Page>(true)
  const current = { variables }
  const dispatch = (action: QueryAction<Page>) => {
    state = queryReducer(state, action)
  }
  const controller = new QueryController<Page, Variables>(client, DOCUMENT, dispatch, () => state, () => current.variables)
  return { controller, calls, current, state: () => state }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('QueryController', () => {
  it('loads with the current variables', async () => {
    const { controller, calls, state } = harness({ keyword: '税' })
    const done = controller.run()
    expect(calls[0].variables).toEqual({ keyword: '税' })
    calls[0].resolve({ rows: ['税易贷'] })
    await done
    expect(state()).toMatchObject({ loading: false, data: { rows: ['税易贷'] } })
  })

  it('keeps the newer answer when an older request finishes last', async () => {
    const { controller, calls, current, state } = harness({ keyword: '税' })
    void controller.run()
    current.variables = { keyword: '科创' }
    void controller.run()
    calls[1].resolve({ rows: ['科创贷'] })
    await flush()
    calls[0].resolve({ rows: ['税易贷'] })
    await flush()
    expect(state().data).toEqual({ rows: ['科创贷'] })
  })

  it('awaits a preloaded response instead of sending the request', async () => {
    const { controller, calls, state } = harness({ keyword: '' })
    await controller.run(Promise.resolve({ rows: ['预载'] }))
    expect(calls).toHaveLength(0)
    expect(state()).toMatchObject({ loading: false, data: { rows: ['预载'] } })
  })

  it('sends the request after all when the preloaded response failed', async () => {
    const { controller, calls, state } = harness({ keyword: '税' })
    const done = controller.run(Promise.reject(new ApiError({ code: ErrorCode.RATE_LIMITED })))
    await flush()
    expect(calls.map((call) => call.variables)).toEqual([{ keyword: '税' }])
    calls[0].resolve({ rows: ['税易贷'] })
    await done
    expect(state()).toMatchObject({ loading: false, data: { rows: ['税易贷'] }, error: undefined })
  })

  it('appends the next page requested with the cursor', async () => {
    const { controller, calls, state } = harness({ keyword: '' })
    void controller.run()
    calls[0].resolve({ rows: ['a', 'b'] })
    await flush()
    const more = controller.fetchMore({
      variables: { after: 'cursor-b' },
      merge: (previous, next) => ({ rows: [...previous.rows, ...next.rows] }),
    })
    expect(state().loadingMore).toBe(true)
    expect(calls[1].variables).toEqual({ keyword: '', after: 'cursor-b' })
    calls[1].resolve({ rows: ['c'] })
    await more
    expect(state()).toMatchObject({ loadingMore: false, data: { rows: ['a', 'b', 'c'] } })
  })

  it('does not page before the first page arrives, nor twice at once', async () => {
    const { controller, calls } = harness({ keyword: '' })
    const merge = (previous: Page, next: Page) => ({ rows: [...previous.rows, ...next.rows] })
    void controller.run()
    await controller.fetchMore({ variables: { after: 'x' }, merge })
    expect(calls).toHaveLength(1)
    calls[0].resolve({ rows: ['a'] })
    await flush()
    void controller.fetchMore({ variables: { after: 'a' }, merge })
    void controller.fetchMore({ variables: { after: 'a' }, merge })
    expect(calls).toHaveLength(2)
  })

  it('reports failures as ApiErrors and keeps the rows when only the next page fails', async () => {
    const { controller, calls, state } = harness({ keyword: '' })
    void controller.run()
    calls[0].resolve({ rows: ['a'] })
    await flush()
    const more = controller.fetchMore({ variables: { after: 'a' }, merge: (previous) => previous })
    calls[1].reject(new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE }))
    await more
    expect(state().data).toEqual({ rows: ['a'] })
    expect(state().fetchMoreError?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE)

    const refetch = controller.run()
    calls[2].reject(new TypeError('unexpected'))
    await refetch
    expect(state().error?.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR)
  })
})
