import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import type { GraphQLClient, HeaderAwareClient, TypedDocument } from './client'

/**
 * What the transport needs of the session (the port auth's SessionManager fills): the token for a request, a new
 * one after the server rejected it, and ending the session. The API layer knows no more of login than this.
 */
export interface SessionTokenSource {
  accessTokenForRequest(): Promise<string | null>
  renewAfterRejection(rejectedToken: string): Promise<string | null>
  expire(): void
}

/**
 * A session connected after the client is built: the app's client exists before the session (which sends its own
 * requests through it), so auth connects the session when it creates it. A request before that is a wiring
 * mistake and fails instead of going out without the user's token.
 */
export function connectableSession(): { source: SessionTokenSource; connect(session: SessionTokenSource): void } {
  let connected: SessionTokenSource | null = null
  const current = (): SessionTokenSource => {
    if (connected === null) throw new Error('No session is connected to the API client (auth/session.ts connects it)')
    return connected
  }
  return {
    source: {
      accessTokenForRequest: async () => current().accessTokenForRequest(),
      renewAfterRejection: async (rejectedToken) => current().renewAfterRejection(rejectedToken),
      expire: () => current().expire(),
    },
    connect: (session) => {
      connected = session
    },
  }
}

function bearer(token: string | null): { authorization: string } | undefined {
  return token === null ? undefined : { authorization: `Bearer ${token}` }
}

/** The shared message for SESSION_EXPIRED (登录已过期，请重新登录), as the session manager shows it. */
function sessionExpired(): ApiError {
  return new ApiError({ code: ErrorCode.SESSION_EXPIRED })
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
