import { ErrorCode, Role } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import { SessionManager, type SessionApi, type SessionState } from './session-manager'
import { tokensFromPayload } from './session-tokens'
import { FakeSessionServer, MINUTE, sessionUser } from './testing/fake-session-server'
import { memoryStorage, TokenStore } from './token-store'

function setup(api?: Partial<SessionApi>) {
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') }
  const server = new FakeSessionServer(clock)
  const storage = memoryStorage()
  const store = new TokenStore(storage)
  const expired: (Role | null)[] = []
  const session = new SessionManager({
    store,
    api: { ...server.api, ...api },
    now: () => clock.now,
    onExpired: (role) => expired.push(role),
  })
  const states: SessionState[] = []
  session.subscribe((state) => states.push(state))
  return { clock, server, store, storage, session, expired, states }
}

describe('SessionManager', () => {
  it('signs in: keeps the tokens in storage, the user in memory, and tells subscribers', () => {
    const { server, store, session, states } = setup()
    const payload = server.payload(sessionUser({ displayName: '李娜' }))
    session.signIn(payload)

    expect(session.state).toMatchObject({ status: 'authenticated', me: { displayName: '李娜' }, notice: null })
    expect(store.load()).toEqual(tokensFromPayload(payload))
    expect(JSON.stringify(store.load())).not.toContain('李娜')
    expect(states.map((state) => state.status)).toEqual(['authenticated'])
  })

  it('hands the live connection the access token as it is, never refreshed, and says when it changes', async () => {
    const { clock, server, session } = setup()
    const changes: Array<string | null> = []
    session.onTokenChange(() => changes.push(session.currentAccessToken()))
    expect(session.currentAccessToken()).toBeNull()
    session.signIn(server.payload())
    expect(changes).toEqual(['access-1'])
    clock.now += 15 * MINUTE
    // Expired: the live connection waits instead of refreshing (an idle app must not keep the session alive).
    expect(session.currentAccessToken()).toBeNull()
    expect(server.refreshCalls).toEqual([])
    await session.refresh()
    expect(changes).toEqual(['access-1', 'access-2'])
    await session.logout()
    expect(changes).toEqual(['access-1', 'access-2', null])
  })

  it('restores a stored session and loads the user', async () => {
    const { clock, server, store } = setup()
    store.save(tokensFromPayload(server.payload()))
    // A new manager over the same storage, as after closing and reopening the app.
    const fetchMe = async () => sessionUser({ displayName: '王芳' })
    const reopened = new SessionManager({ store, api: { ...server.api, fetchMe }, now: () => clock.now })
    const restoring = reopened.restore()
    expect(reopened.state.status).toBe('restoring')
    await restoring
    expect(reopened.state).toMatchObject({ status: 'authenticated', me: { displayName: '王芳' } })
  })

  it('forgets a stored session whose refresh token has expired, without asking the server', async () => {
    const { clock, server, store, session } = setup()
    store.save(tokensFromPayload(server.payload()))
    clock.now += 8 * 24 * 60 * MINUTE
    await session.restore()
    expect(session.state.status).toBe('anonymous')
    expect(store.load()).toBeNull()
    expect(server.refreshCalls).toEqual([])
  })

  it('keeps a restored session whose user could not be loaded for lack of network, and loads it on retry', async () => {
    let online = false
    const { server, store, session } = setup({
      fetchMe: async () => {
        if (!online) throw new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE })
        return sessionUser()
      },
    })
    store.save(tokensFromPayload(server.payload()))
    await session.restore()
    expect(session.state).toMatchObject({ status: 'restoring', loadError: { code: ErrorCode.SERVICE_UNAVAILABLE } })
    online = true
    await session.reloadMe()
    expect(session.state).toMatchObject({ status: 'authenticated', loadError: null })
  })

  it('does not send the user anywhere when a restored session turns out to be over, but leaves the notice', async () => {
    const { server, store, session, expired } = setup({
      fetchMe: async () => {
        throw new ApiError({ code: ErrorCode.UNAUTHENTICATED })
      },
    })
    store.save(tokensFromPayload(server.payload()))
    server.expireAccessTokens()
    const restoring = session.restore()
    session.expire()
    await restoring
    expect(session.state).toMatchObject({ status: 'anonymous', notice: '登录已过期，请重新登录' })
    expect(expired).toEqual([])
  })

  it('logs out on the server and here, even when the server cannot be reached', async () => {
    const logout = jest.fn().mockRejectedValue(new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE }))
    const { server, store, session, expired } = setup({ logout })
    session.signIn(server.payload())
    await session.logout()
    expect(logout).toHaveBeenCalledTimes(1)
    expect(session.state).toMatchObject({ status: 'anonymous', notice: null })
    expect(store.load()).toBeNull()
    expect(expired).toEqual([])
  })

  it('adopts tokens another tab refreshed instead of presenting the used refresh token', async () => {
    const { clock, server, store, session } = setup()
    session.signIn(server.payload())
    const otherTab = new SessionManager({ store, api: server.api, now: () => clock.now })
    await otherTab.restore()
    await otherTab.refresh()

    await expect(session.refresh()).resolves.toBe('access-2')
    expect(server.refreshCalls).toEqual(['refresh-1'])
  })

  it('ignores a refresh answer that arrives after the user logged out', async () => {
    const { server, session, store } = setup()
    session.signIn(server.payload())
    server.holdRefreshes = true
    const refreshing = session.refresh()
    await session.logout()
    server.settleRefreshes()
    await expect(refreshing).resolves.toBeNull()
    expect(session.state.status).toBe('anonymous')
    expect(store.load()).toBeNull()
  })

  it('keeps what the login had to tell through refreshes and user changes, until dismissed or signed out', async () => {
    const { server, session } = setup()
    const withdrawn = '您与阜阳嘉富养殖服务中心的授权关系已由统一身份认证平台撤销，不能再代表该企业办理业务'
    session.signIn(server.payload(sessionUser(), [withdrawn]))
    expect(session.state.loginNotices).toEqual([withdrawn])

    await session.refresh()
    session.setMe(sessionUser({ displayName: '李娜' }))
    expect(session.state.loginNotices).toEqual([withdrawn])

    session.dismissLoginNotices()
    expect(session.state.loginNotices).toEqual([])
    await session.refresh()
    expect(session.state.loginNotices).toEqual([])

    session.signIn(server.payload(sessionUser(), [withdrawn]))
    await session.logout()
    expect(session.state.loginNotices).toEqual([])
  })

  it('records a new role when the user changes, and clears the notice on the next sign-in', () => {
    const { server, store, session } = setup()
    session.signIn(server.payload())
    session.setMe(sessionUser({ role: Role.INSTITUTION_STAFF }))
    expect(store.load()?.role).toBe(Role.INSTITUTION_STAFF)
    session.expire()
    expect(session.state.notice).toBe('登录已过期，请重新登录')
    session.signIn(server.payload())
    expect(session.state.notice).toBeNull()
  })
})
