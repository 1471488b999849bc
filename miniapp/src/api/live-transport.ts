import type { LiveOperation, LiveSocket, LiveSocketHandlers, OpenLiveSocket } from './live-updates'
import type { createClient as CreateClient } from 'graphql-ws'
import type { TypedDocument } from './client'

/** The WebSocket address of the GraphQL endpoint: same host and path, ws:// or wss:// as the page or the URL says. */
export function liveUrl(apiUrl: string, location: { protocol: string; host: string } | undefined): string | null {
  if (/^https?:\/\//i.test(apiUrl)) return apiUrl.replace(/^http/i, 'ws')
  if (!location) return null
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${apiUrl.startsWith('/') ? '' : '/'}${apiUrl}`
}

/** A generated subscription as the socket sends it: the text, or in production builds only its safelisted hash. */
export function liveOperation<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, persisted: boolean): LiveOperation {
  const hash = document.__meta__?.hash
  const operationName = document.__meta__?.operationName
  if (persisted && hash) return { query: '', operationName, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
  return { query: document.toString(), operationName }
}

/**
 * graphql-ws in H5 builds, loaded when the first socket opens (it stays out of the first page load); null in
 * mini-program builds (the app polls there: the H5-only branch and its import are dropped at build time) and where
 * the browser has no WebSocket. The client never retries on its own: LiveUpdates decides when to reconnect and with
 * which token.
 */
export function graphqlWsOpener(url: string | null): OpenLiveSocket | null {
  if (process.env.TARO_ENV === 'h5') {
    if (url === null || typeof WebSocket === 'undefined') return null
    return async (accessToken, handlers) => {
      const { createClient } = await import('graphql-ws')
      return graphqlWsSocket(createClient, url, accessToken, handlers)
    }
  }
  return null
}

/** One socket of the graphql-ws client, as LiveUpdates drives it. */
export function graphqlWsSocket(create: typeof CreateClient, url: string, accessToken: string, handlers: LiveSocketHandlers): LiveSocket {
  const client = create({
    url,
    connectionParams: { accessToken },
    lazy: false,
    retryAttempts: 0,
    keepAlive: 20_000,
    onNonLazyError: () => undefined,
    on: {
      connected: (_socket, payload) => handlers.acknowledged(payload as Record<string, unknown> | undefined),
      closed: (event) => {
        const { code, reason } = event as { code?: number; reason?: string }
        handlers.closed(code ?? 1006, reason ?? '')
      },
    },
  })
  return {
    subscribe: (operation, variables, sink) =>
      client.subscribe(
        { query: operation.query, operationName: operation.operationName, variables, ...(operation.extensions ? { extensions: operation.extensions } : {}) },
        {
          next: (result) => (result.data ? sink.next(result.data as never) : sink.error(result.errors)),
          error: (error) => sink.error(error),
          complete: () => undefined,
        },
      ),
    // dispose() awaits the connection attempt, which rejects with the CloseEvent when the server refused the socket
    // (4401/4403 after a session ended): that is already handled through `closed`, not an error of the page.
    close: () => {
      Promise.resolve(client.dispose()).catch(() => undefined)
    },
  }
}
