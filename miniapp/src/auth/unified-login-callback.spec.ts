import { ErrorCode } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import type { AuthPayloadFieldsFragment } from '@/gql/graphql'
import { LoginStateStore, PENDING_LOGIN_TTL_MS } from './login-state-store'
import { FakeSessionServer } from './testing/fake-session-server'
import { scriptedClient } from './testing/scripted-client'
import { memoryStorage } from './token-store'
import { completeUnifiedLoginCallback } from './unified-login-callback'

const payload = new FakeSessionServer({ now: Date.parse('2026-03-02T08:00:00Z') }).payload()

function setup(complete: (variables: unknown) => unknown = () => ({ completeUnifiedLogin: payload })) {
  const clock = { now: 1_000_000 }
  const loginState = new LoginStateStore(memoryStorage(), () => clock.now)
  const { client, calls } = scriptedClient({ CompleteUnifiedLogin: complete })
  const signedIn: AuthPayloadFieldsFragment[] = []
  const callbackDeps = { client, loginState, signIn: (value: AuthPayloadFieldsFragment) => signedIn.push(value) }
  return { clock, loginState, calls, signedIn, callbackDeps }
}

describe('unified login callback', () => {
  it('redeems the code for the state this app started and keeps the session', async () => {
    const { loginState, calls, signedIn, callbackDeps } = setup()
    loginState.remember('s-1')
    await expect(completeUnifiedLoginCallback({ code: 'c-1', state: 's-1' }, callbackDeps)).resolves.toEqual({ kind: 'signed-in' })
    expect(calls).toEqual([{ operation: 'CompleteUnifiedLogin', variables: { state: 's-1', code: 'c-1' } }])
    expect(signedIn).toEqual([payload])
  })

  it('refuses a state it did not start, a used one or a stale one, without calling the server', async () => {
    const { clock, loginState, calls, callbackDeps } = setup()
    loginState.remember('s-1')
    const foreign = await completeUnifiedLoginCallback({ code: 'c-1', state: 'someone-else' }, callbackDeps)
    expect(foreign).toEqual({ kind: 'failed', message: '登录请求已失效，请重新登录' })
    const reused = await completeUnifiedLoginCallback({ code: 'c-1', state: 's-1' }, callbackDeps)
    expect(reused.kind).toBe('failed')
    loginState.remember('s-2')
    clock.now += PENDING_LOGIN_TTL_MS + 1
    expect((await completeUnifiedLoginCallback({ code: 'c-2', state: 's-2' }, callbackDeps)).kind).toBe('failed')
    expect(calls).toEqual([])
  })

  it('explains an error the identity platform sent back', async () => {
    const { loginState, callbackDeps } = setup()
    loginState.remember('s-1')
    await expect(completeUnifiedLoginCallback({ error: 'access_denied', state: 's-1' }, callbackDeps)).resolves.toEqual({
      kind: 'failed',
      message: '您已取消统一身份认证登录',
    })
    expect(loginState.consume('s-1')).toBe(false)
    await expect(completeUnifiedLoginCallback({ error: 'server_error' }, callbackDeps)).resolves.toMatchObject({
      message: '统一身份认证平台暂时不可用，请稍后重试',
    })
    await expect(completeUnifiedLoginCallback({}, callbackDeps)).resolves.toMatchObject({ message: '登录回调缺少授权信息，请重新登录' })
  })

  it("shows the server's reason when the code cannot be redeemed", async () => {
    const { loginState, signedIn, callbackDeps } = setup(() => {
      throw new ApiError({ code: ErrorCode.UNAUTHENTICATED, message: '授权码已使用或已过期，请重新登录' })
    })
    loginState.remember('s-1')
    await expect(completeUnifiedLoginCallback({ code: 'c-1', state: 's-1' }, callbackDeps)).resolves.toEqual({
      kind: 'failed',
      message: '授权码已使用或已过期，请重新登录',
    })
    expect(signedIn).toEqual([])
  })
})
