import type { TypedDocument } from './client'
import { readGraphQLResult, type HttpResult } from './graphql-response'

/**
 * The global under which the script config/preload.ts writes into index.html files each response it fetched, by the
 * operation's hash (the build configuration names it too; its test keeps the two the same).
 */
export const PRELOAD_REGISTRY = '__rongtongPreload'

/** One response the page's HTML asked for. */
export interface PreloadEntry {
  variables: unknown
  /** The response, once it has arrived. */
  settled?: HttpResult
  response: Promise<HttpResult>
}

export interface Preloaded<TResult> {
  /** The data, when the response had already arrived without errors: the page can show it in its first render. */
  data?: TResult
  /** What the query awaits instead of sending the same request again (rejects as a request would). */
  response: Promise<TResult>
}

function registry(): Record<string, PreloadEntry | undefined> | undefined {
  if (typeof window === 'undefined') return undefined
  return (window as unknown as Record<string, Record<string, PreloadEntry | undefined> | undefined>)[PRELOAD_REGISTRY]
}

/** JSON with the keys of every object sorted: equal variables give equal text however their objects were built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The response index.html fetched for this operation with these variables before the app loaded (production H5
 * builds, on the pages config/preload.ts lists), if there is one. Each is handed out once, to the query that mounts
 * first; later queries send their own requests.
 */
export function takePreloaded<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables): Preloaded<TResult> | undefined {
  const hash = document.__meta__?.hash
  const entries = registry()
  const entry = hash ? entries?.[hash] : undefined
  if (!hash || !entries || !entry || canonicalJson(entry.variables ?? {}) !== canonicalJson(variables ?? {})) return undefined
  delete entries[hash]
  let data: TResult | undefined
  if (entry.settled) {
    try {
      data = readGraphQLResult<TResult>(entry.settled)
    } catch {
      // An error answer is handled like any other: the query's request path reports it.
    }
  }
  return { data, response: entry.response.then((result) => readGraphQLResult<TResult>(result)) }
}
