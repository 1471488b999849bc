import { ErrorCode } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import type { AuthPayloadFieldsFragment } from '@/gql/graphql'
import { HostBridgeError } from '@/host/host-bridge'
import { enterpriseLoginMethod, startEnterpriseLogin, type EnterpriseLoginDeps } from './enterprise-login'
import { LoginStateStore } from './login-state-store'
import { FakeSessionServer } from './testing/fake-session-server'
import { scriptedClient } from './testing/scripted-client'
import { memoryStorage } from './token-store'

const payload = new FakeSessionServer({ now: Date.parse('2026-03-02T08:00:00Z') }).payload()

function deps(overrides: Partial<EnterpriseLoginDeps>, answers: Record<string, (variables: unknown) => unknown>) {
  const { client, calls } = scriptedClient(answers)
  const signedIn: AuthPayloadFieldsFragment[] = []
  const redirects: string[] = []
  const loginState = new LoginStateStore(memoryStorage())
  const all: EnterpriseLoginDeps = {
    method: 'redirect',
    client,
    getAuthCode: async () => 'host-code',
    signIn: (value) => signedIn.push(value),
    origin: 'http://127.0.0.1:4000',
    redirect: (url) => redirects.push(url),
    loginState,
    ...overrides,
  }
  return { deps: all, calls, signedIn, redirects, loginState }
}

describe('enterprise login', () => {
  it('chooses silent login inside 皖事通, the identity page in a browser, and nothing in a plain mini-program', () => {
    expect(enterpriseLoginMethod('wanshitong', 'h5')).toBe('host')
    expect(enterpriseLoginMethod('wanshitong', 'weapp')).toBe('host')
    expect(enterpriseLoginMethod('h5-dev', 'h5')).toBe('redirect')
    expect(enterpriseLoginMethod('weapp', 'weapp')).toBe('unsupported')
  })

  it('inside 皖事通 exchanges the host auth code for a session', async () => {
    const setup = deps({ method: 'host' }, { HostLogin: () => ({ hostLogin: payload }) })
    await expect(startEnterpriseLogin(setup.deps)).resolves.toEqual({ kind: 'signed-in' })
    expect(setup.calls).toEqual([{ operation: 'HostLogin', variables: { authCode: 'host-code' } }])
    expect(setup.signedIn).toEqual([payload])
  })

  it('in a browser starts the unified login with the callback page and goes to the authorize URL', async () => {
    const authorizeUrl = 'http://127.0.0.1:4100/oidc/authorize?client_id=rongtong-bff&state=s-1'
    const setup = deps({ origin: 'http://127.0.0.1:4000/' }, { BeginUnifiedLogin: () => ({ beginUnifiedLogin: { authorizeUrl, state: 's-1' } }) })
    await expect(startEnterpriseLogin(setup.deps)).resolves.toEqual({ kind: 'redirecting' })
    expect(setup.calls[0].variables).toEqual({ redirectUri: 'http://127.0.0.1:4000/pages/auth/callback/index' })
    expect(setup.redirects).toEqual([authorizeUrl])
    expect(setup.loginState.consume('s-1')).toBe(true)
  })

  it('reports a cancelled host dialog as cancelled and other failures with their message', async () => {
    const cancelled = deps({ method: 'host', getAuthCode: () => Promise.reject(new HostBridgeError('CANCELLED', '已取消')) }, {})
    await expect(startEnterpriseLogin(cancelled.deps)).resolves.toEqual({ kind: 'cancelled' })

    const refused = deps({ method: 'host' }, {
      HostLogin: () => {
        throw new ApiError({ code: ErrorCode.UNAUTHENTICATED, message: '授权码无效或已过期' })
      },
    })
    await expect(startEnterpriseLogin(refused.deps)).resolves.toEqual({ kind: 'failed', message: '授权码无效或已过期' })
    expect(refused.signedIn).toEqual([])

    const plain = deps({ method: 'unsupported' }, {})
    await expect(startEnterpriseLogin(plain.deps)).resolves.toMatchObject({ kind: 'failed', message: expect.stringContaining('皖事通') })
  })
})
