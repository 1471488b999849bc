import Taro from '@tarojs/taro'
import { ErrorCode } from '@rongtong/shared'
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'
import { ApiError } from './api-error'
import { SEND_PERSISTED_OPERATIONS } from './endpoint'
import { readGraphQLResult, type HttpResult } from './graphql-response'

/**
 * A generated document: its text is the operation, its type parameters the result and variables. Codegen adds
 * `__meta__`: the operation's name and the SHA-256 under which the BFF's safelist holds its text.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string
  __meta__?: { hash?: string; operationName?: string }
}

/** The operation's text, or — in production builds — only the hash of a text the BFF has on its safelist. */
export type GraphQLRequestBody =
  | { query: string; variables?: unknown }
  | {
      operationName?: string
      variables?: unknown
      extensions: { persistedQuery: { version: 1; sha256Hash: string } }
    }

export interface HttpPostRequest {
  url: string
  body: GraphQLRequestBody
  timeoutMs: number
  /** Extra request headers, e.g. `authorization`. */
  headers?: Readonly<Record<string, string>>
}

/** Sends one POST; resolves with whatever status the server answered, rejects only when nothing came back. */
export type HttpPost = (request: HttpPostRequest) => Promise<HttpResult>

export interface GraphQLClient {
  execute<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables?: TVariables): Promise<TResult>
}

export interface GraphQLClientOptions {
  url: string
  post: HttpPost
  timeoutMs?: number
  /** Send operations by hash (the BFF refuses operation text in production); by default in production builds. */
  persistedOperations?: boolean
}

/** Per-request options: headers such as `authorization` for this one request. */
export interface ExecuteOptions {
  headers?: Readonly<Record<string, string>>
}

const DEFAULT_TIMEOUT_MS = 15_000

/** A client whose requests may carry extra headers; the authenticated client builds on it. */
export interface HeaderAwareClient {
  execute<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    options?: ExecuteOptions,
  ): Promise<TResult>
}

/**
 * The body of one request: by hash when asked to and the document has one (every generated operation does),
 * otherwise the operation's text.
 */
export function requestBody<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables | undefined,
  persisted: boolean,
): GraphQLRequestBody {
  const hash = document.__meta__?.hash
  if (!persisted || !hash) return { query: document.toString(), variables }
  return {
    operationName: document.__meta__?.operationName,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  }
}

export function createGraphQLClient(options: GraphQLClientOptions): HeaderAwareClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const persisted = options.persistedOperations ?? SEND_PERSISTED_OPERATIONS
  return {
    async execute<TResult, TVariables>(
      document: TypedDocument<TResult, TVariables>,
      variables?: TVariables,
      executeOptions: ExecuteOptions = {},
    ) {
      const body = requestBody(document, variables, persisted)
      let result: HttpResult
      try {
        result = await options.post({ url: options.url, body, timeoutMs, headers: executeOptions.headers })
      } catch (cause) {
        throw new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE, message: networkMessage(cause) })
      }
      return readGraphQLResult<TResult>(result)
    },
  }
}

function networkMessage(cause: unknown): string {
  const text = typeof cause === 'object' && cause !== null ? String((cause as { errMsg?: unknown }).errMsg ?? '') : ''
  return /timeout/i.test(text) ? '网络请求超时，请检查网络后重试' : '网络连接失败，请检查网络后重试'
}

/** The default transport: Taro.request, which is wx.request / my.request / fetch depending on the platform. */
export const taroPost: HttpPost = async ({ url, body, timeoutMs, headers }) => {
  const response = await Taro.request<unknown>({
    url,
    method: 'POST',
    header: { ...headers, 'content-type': 'application/json' },
    data: body,
    dataType: 'json',
    timeout: timeoutMs,
  })
  return { statusCode: response.statusCode, data: response.data }
}
