import type { GraphQLClient, TypedDocument } from './client'
import { asApiError, type QueryAction, type QueryState } from './query-state'

export interface FetchMoreOptions<TResult, TVariables> {
  variables: Partial<TVariables>
  /** Combines the rows shown so far with the next page. */
  merge(previous: TResult, next: TResult): TResult
}

/**
 * Runs one query's requests and reports them as actions. Each request gets a new id; the reducer only
 * lets the latest one change the state, so a slow old answer never overwrites a newer one.
 */
export class QueryController<TResult, TVariables> {
  private lastRequestId = 0

  constructor(
    private readonly client: GraphQLClient,
    private readonly document: TypedDocument<TResult, TVariables>,
    private readonly dispatch: (action: QueryAction<TResult>) => void,
    private readonly currentState: () => QueryState<TResult>,
    private readonly currentVariables: () => TVariables,
  ) {}

  /**
   * Loads with the current variables. `preloaded` is the same request already under way (a response the page's HTML
   * asked for, see preloaded.ts): it is awaited instead, and should it fail the request is sent as usual.
   */
  async run(preloaded?: Promise<TResult>): Promise<void> {
    const requestId = ++this.lastRequestId
    this.dispatch({ type: 'start', requestId })
    try {
      const send = () => this.client.execute(this.document, this.currentVariables())
      const data = await (preloaded ? preloaded.catch(send) : send())
      this.dispatch({ type: 'success', requestId, data })
    } catch (cause) {
      this.dispatch({ type: 'failure', requestId, error: asApiError(cause) })
    }
  }

  /** Loads the next page; does nothing before the first page has arrived or while a load is running. */
  async fetchMore({ variables, merge }: FetchMoreOptions<TResult, TVariables>): Promise<void> {
    const previous = this.currentState()
    if (previous.data === undefined || previous.loading || previous.loadingMore) return
    const shown = previous.data
    const requestId = ++this.lastRequestId
    this.dispatch({ type: 'moreStart', requestId })
    try {
      const next = await this.client.execute(this.document, { ...this.currentVariables(), ...variables })
      this.dispatch({ type: 'moreSuccess', requestId, data: merge(shown, next) })
    } catch (cause) {
      this.dispatch({ type: 'moreFailure', requestId, error: asApiError(cause) })
    }
  }
}
