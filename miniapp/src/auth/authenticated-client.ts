import { ErrorCode } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import type { GraphQLClient, HeaderAwareClient, TypedDocument } from '@/api/client'
import { SESSION_EXPIRED_MESSAGE } from './session-manager'

/** The part of the session manager the transport needs. */
export interface SessionTokenSource {
  accessTokenForRequest(): Promise<string | null>
  renewAfterRejection(rejectedToken: string): Promise<string | null>
  expire(): void
}

function bearer(token: string | null): { authorization: string } | undefined {
  return token === null ? undefined : { authorization: `Bearer ${token}` }
}

function sessionExpired(): ApiError {
  return new ApiError({ code: ErrorCode.SESSION_EXPIRED, message: SESSION_EXPIRED_MESSAGE })
}

function isApiError(cause: unknown, code: ErrorCode): cause is ApiError {
  return cause instanceof ApiError && cause.code === code
}

/**
 * Sends every request with the session's access token. When the server rejects the token
 * (UNAUTHENTICATED), the session refreshes once — shared with every other request that hit the same
 * wall — and the request is retried once with the new token. SESSION_EXPIRED, a failed refresh or a
 * rejected fresh token end the session. Requests without a session go out without a token.
 */
export function createAuthenticatedClient(base: HeaderAwareClient, session: SessionTokenSource): GraphQLClient {
  return {
    async execute<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables?: TVariables) {
      const token = await session.accessTokenForRequest()
      const send = (accessToken: string | null) => base.execute(document, variables, { headers: bearer(accessToken) })
      try {
        return await send(token)
      } catch (cause) {
        if (token === null) throw cause
        if (isApiError(cause, ErrorCode.SESSION_EXPIRED)) {
          session.expire()
          throw cause
        }
        if (!isApiError(cause, ErrorCode.UNAUTHENTICATED)) throw cause
      }
      const renewed = await session.renewAfterRejection(token)
      if (renewed === null) throw sessionExpired()
      try {
        return await send(renewed)
      } catch (cause) {
        if (isApiError(cause, ErrorCode.UNAUTHENTICATED) || isApiError(cause, ErrorCode.SESSION_EXPIRED)) {
          session.expire()
          throw sessionExpired()
        }
        throw cause
      }
    },
  }
}
