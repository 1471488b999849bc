import { ErrorCode, type FieldError } from '@rongtong/shared'
import { ApiError, toErrorCode } from './api-error'

export interface GraphQLErrorPayload {
  message?: string
  extensions?: {
    code?: unknown
    fields?: unknown
    correlationId?: unknown
    lockedUntil?: unknown
  }
}

export interface GraphQLResponseBody<TData> {
  data?: TData | null
  errors?: readonly GraphQLErrorPayload[]
}

export interface HttpResult {
  statusCode: number
  data: unknown
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return typeof candidate.field === 'string' && typeof candidate.message === 'string'
}

function readFields(value: unknown): FieldError[] {
  return Array.isArray(value) ? value.filter(isFieldError) : []
}

/** Maps the first GraphQL error to an ApiError; internal errors keep only the generic message. */
export function apiErrorFromGraphQL(error: GraphQLErrorPayload): ApiError {
  const code = toErrorCode(error.extensions?.code)
  const { correlationId, lockedUntil } = error.extensions ?? {}
  return new ApiError({
    code,
    message: code === ErrorCode.INTERNAL_SERVER_ERROR ? undefined : error.message,
    fields: readFields(error.extensions?.fields),
    correlationId: typeof correlationId === 'string' ? correlationId : undefined,
    lockedUntil: typeof lockedUntil === 'string' ? lockedUntil : undefined,
  })
}

function isResponseBody<TData>(value: unknown): value is GraphQLResponseBody<TData> {
  if (typeof value !== 'object' || value === null) return false
  return 'data' in value || 'errors' in value
}

function errorForStatus(statusCode: number): ApiError {
  if (statusCode === 429) return new ApiError({ code: ErrorCode.RATE_LIMITED })
  if (statusCode === 401) return new ApiError({ code: ErrorCode.UNAUTHENTICATED })
  if (statusCode === 403) return new ApiError({ code: ErrorCode.FORBIDDEN })
  if (statusCode >= 500 || statusCode === 0) return new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE })
  return new ApiError({ code: ErrorCode.INTERNAL_SERVER_ERROR })
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return undefined
  }
}

/** Turns one HTTP exchange into data, or throws the ApiError that explains why there is none. */
export function readGraphQLResult<TData>(result: HttpResult): TData {
  const body = parseBody(result.data)
  if (!isResponseBody<TData>(body)) throw errorForStatus(result.statusCode)
  const [firstError] = body.errors ?? []
  if (firstError) throw apiErrorFromGraphQL(firstError)
  if (body.data === undefined || body.data === null) throw errorForStatus(result.statusCode)
  return body.data
}
