import { ErrorCode, Role } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import { createAuthenticatedClient } from '@/api/authenticated-client'
import type { TypedDocument } from '@/api/client'
import { SessionManager } from './session-manager'
import { FakeSessionServer, MINUTE, sessionUser } from './testing/fake-session-server'
import { memoryStorage, TokenStore } from './token-store'

const QUERY = 'query Applications { applications { id } }' as unknown as TypedDocument<{ ok: boolean; token: string }, Record<string, never>>

function setup() {
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') }
  const server = new FakeSessionServer(clock)
  const storage = memoryStorage()
  const expired: (Role | null)[] = []
  const session = new SessionManager({
    store: new TokenStore(storage),
    api: server.api,
    now: () => clock.now,
    onExpired: (role) => expired.push(role),
  })
  const client = createAuthenticatedClient(server.transport, session)
  return { clock, server, storage, session, client, expired }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

// The API layer's authenticated client driven by the real session manager: tokens, refreshes, retries and expiry.
describe('requests with the session (authenticated client + session manager)', () => {
  it('sends the access token as a bearer token, and no header without a session', async () => {
    const { server, session, client } = setup()
    await expect(client.execute(QUERY)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED })
    expect(server.requests[0].authorization).toBeUndefined()

    session.signIn(server.payload())
    await expect(client.execute(QUERY)).resolves.toEqual({ ok: true, token: 'access-1' })
    expect(server.requests[1].authorization).toBe('Bearer access-1')
  })

  it('refreshes once when the access token is rejected, then retries the request with the new token', async () => {
    const { server, session, client } = setup()
    session.signIn(server.payload())
    server.expireAccessTokens()

    await expect(client.execute(QUERY)).resolves.toEqual({ ok: true, token: 'access-2' })
    expect(server.refreshCalls).toEqual(['refresh-1'])
    expect(server.requests.map((request) => request.authorization)).toEqual(['Bearer access-1', 'Bearer access-2'])
    expect(session.state.status).toBe('authenticated')
  })

  it('lets concurrent requests wait for one shared refresh (single-flight)', async () => {
    const { server, session, client } = setup()
    session.signIn(server.payload())
    server.expireAccessTokens()
    server.holdRefreshes = true

    const results = Promise.all([client.execute(QUERY), client.execute(QUERY), client.execute(QUERY)])
    await flush()
    expect(server.refreshCalls).toEqual(['refresh-1'])
    server.settleRefreshes()

    expect((await results).map((result) => result.token)).toEqual(['access-2', 'access-2', 'access-2'])
    expect(server.refreshCalls).toHaveLength(1)
  })

  it('refreshes before sending when the access token is about to expire', async () => {
    const { clock, server, session, client } = setup()
    session.signIn(server.payload())
    clock.now += 14.5 * MINUTE

    await expect(client.execute(QUERY)).resolves.toEqual({ ok: true, token: 'access-2' })
    expect(server.requests.map((request) => request.authorization)).toEqual(['Bearer access-2'])
  })

  it('uses the token another request just obtained instead of refreshing again', async () => {
    const { server, session, client } = setup()
    session.signIn(server.payload())
    server.expireAccessTokens()
    await client.execute(QUERY)
    // A request that went out with the old token comes back rejected after the refresh finished.
    await expect(session.renewAfterRejection('access-1')).resolves.toBe('access-2')
    expect(server.refreshCalls).toEqual(['refresh-1'])
  })

  it('ends the session, tells the user and rejects with SESSION_EXPIRED when the refresh is refused', async () => {
    const { server, session, client, storage, expired } = setup()
    session.signIn(server.payload(sessionUser({ role: Role.OPERATOR })))
    server.expireAccessTokens()
    server.holdRefreshes = true

    const first = client.execute(QUERY).catch((cause: unknown) => cause)
    const second = client.execute(QUERY).catch((cause: unknown) => cause)
    await flush()
    server.pendingRefreshes[0].fail(new ApiError({ code: ErrorCode.UNAUTHENTICATED, message: '登录凭证已失效' }))

    for (const error of [await first, await second]) {
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ code: ErrorCode.SESSION_EXPIRED, message: '登录已过期，请重新登录' })
    }
    expect(server.refreshCalls).toHaveLength(1)
    expect(session.state).toMatchObject({ status: 'anonymous', me: null, notice: '登录已过期，请重新登录' })
    expect(storage.entries.size).toBe(0)
    expect(expired).toEqual([Role.OPERATOR])
  })

  it('ends the session without a refresh when the server answers SESSION_EXPIRED (idle timeout)', async () => {
    const { server, session, client, expired } = setup()
    session.signIn(server.payload())
    server.scriptedFailures.push(new ApiError({ code: ErrorCode.SESSION_EXPIRED }))

    await expect(client.execute(QUERY)).rejects.toMatchObject({ code: ErrorCode.SESSION_EXPIRED })
    expect(server.refreshCalls).toEqual([])
    expect(session.state.status).toBe('anonymous')
    expect(expired).toEqual([Role.ENTERPRISE])
  })

  it('keeps the session when the refresh fails for lack of network, and reports the network error', async () => {
    const { server, session, client } = setup()
    session.signIn(server.payload())
    server.expireAccessTokens()
    server.holdRefreshes = true

    const result = client.execute(QUERY).catch((cause: unknown) => cause)
    await flush()
    server.pendingRefreshes[0].fail(new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE }))

    expect(await result).toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE })
    expect(session.state.status).toBe('authenticated')
    server.holdRefreshes = false
    await expect(client.execute(QUERY)).resolves.toEqual({ ok: true, token: 'access-2' })
  })

  it('does not retry a second time when even the fresh token is rejected', async () => {
    const { server, session, client } = setup()
    session.signIn(server.payload())
    server.expireAccessTokens()
    server.scriptedFailures.push(
      new ApiError({ code: ErrorCode.UNAUTHENTICATED }),
      new ApiError({ code: ErrorCode.UNAUTHENTICATED }),
    )

    await expect(client.execute(QUERY)).rejects.toMatchObject({ code: ErrorCode.SESSION_EXPIRED })
    expect(server.requests).toHaveLength(2)
    expect(session.state.status).toBe('anonymous')
  })

  it('logs out a session whose refresh is refused without sending the user to log in again', async () => {
    const clock = { now: Date.parse('2026-03-02T08:00:00Z') }
    const server = new FakeSessionServer(clock)
    const expired: (Role | null)[] = []
    // As in the app, logout itself goes through the authenticated client.
    const api = { ...server.api, logout: () => client.execute(QUERY) }
    const session = new SessionManager({ store: new TokenStore(memoryStorage()), api, now: () => clock.now, onExpired: (role) => expired.push(role) })
    const client = createAuthenticatedClient(server.transport, session)
    session.signIn(server.payload())
    server.expireAccessTokens()
    server.holdRefreshes = true

    const loggingOut = session.logout()
    await flush()
    server.pendingRefreshes[0].fail(new ApiError({ code: ErrorCode.UNAUTHENTICATED }))
    await loggingOut

    expect(server.refreshCalls).toEqual(['refresh-1'])
    expect(session.state).toMatchObject({ status: 'anonymous', notice: null })
    expect(expired).toEqual([])
  })

  it('passes other errors through untouched', async () => {
    const { server, session, client } = setup()
    session.signIn(server.payload())
    const forbidden = new ApiError({ code: ErrorCode.FORBIDDEN })
    server.scriptedFailures.push(forbidden)
    await expect(client.execute(QUERY)).rejects.toBe(forbidden)
    expect(server.refreshCalls).toEqual([])
    expect(session.state.status).toBe('authenticated')
  })
})
