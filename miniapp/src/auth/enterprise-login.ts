import type { GraphQLClient } from '@/api/client'
import { ApiError } from '@/api/api-error'
import type { AuthPayloadFieldsFragment } from '@/gql/graphql'
import { HostBridgeError, type HostBridgeName } from '@/host/host-bridge'
import type { LoginStateStore } from './login-state-store'
import { BeginUnifiedLoginMutation, HostLoginMutation } from './unified-login.graphql'

/** `host`: 皖事通 silent login. `redirect`: the unified identity page (H5). `unsupported`: a plain mini-program. */
export type EnterpriseLoginMethod = 'host' | 'redirect' | 'unsupported'

export const AUTH_CALLBACK_PATH = '/pages/auth/callback/index'

export function enterpriseLoginMethod(bridgeName: HostBridgeName, taroEnv: string): EnterpriseLoginMethod {
  if (bridgeName === 'wanshitong') return 'host'
  return taroEnv === 'h5' ? 'redirect' : 'unsupported'
}

export type EnterpriseLoginOutcome =
  | { kind: 'signed-in' }
  | { kind: 'redirecting' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }

export interface EnterpriseLoginDeps {
  method: EnterpriseLoginMethod
  /** Public operations only: login must not carry (or refresh) an old session's token. */
  client: GraphQLClient
  getAuthCode(): Promise<string>
  signIn(payload: AuthPayloadFieldsFragment): void
  /** The H5 page's origin; the unified identity platform sends the user back to its callback page. */
  origin: string
  redirect(url: string): void
  loginState: LoginStateStore
}

export const UNSUPPORTED_LOGIN_MESSAGE = '请在皖事通中打开融通，或使用浏览器访问融通网页版登录'

/** Starts enterprise (and citizen) login the way the environment allows. */
export async function startEnterpriseLogin(deps: EnterpriseLoginDeps): Promise<EnterpriseLoginOutcome> {
  try {
    switch (deps.method) {
      case 'host':
        return await hostLogin(deps)
      case 'redirect':
        return await redirectToUnifiedLogin(deps)
      case 'unsupported':
        return { kind: 'failed', message: UNSUPPORTED_LOGIN_MESSAGE }
      default:
        return assertNever(deps.method)
    }
  } catch (cause) {
    if (cause instanceof HostBridgeError && cause.code === 'CANCELLED') return { kind: 'cancelled' }
    if (cause instanceof HostBridgeError || cause instanceof ApiError) return { kind: 'failed', message: cause.message }
    return { kind: 'failed', message: '登录失败，请重试' }
  }
}

async function hostLogin(deps: EnterpriseLoginDeps): Promise<EnterpriseLoginOutcome> {
  const authCode = await deps.getAuthCode()
  const { hostLogin: payload } = await deps.client.execute(HostLoginMutation, { authCode })
  deps.signIn(payload)
  return { kind: 'signed-in' }
}

async function redirectToUnifiedLogin(deps: EnterpriseLoginDeps): Promise<EnterpriseLoginOutcome> {
  const redirectUri = `${deps.origin.replace(/\/+$/, '')}${AUTH_CALLBACK_PATH}`
  const { beginUnifiedLogin } = await deps.client.execute(BeginUnifiedLoginMutation, { redirectUri })
  deps.loginState.remember(beginUnifiedLogin.state)
  deps.redirect(beginUnifiedLogin.authorizeUrl)
  return { kind: 'redirecting' }
}

function assertNever(value: never): never {
  throw new Error(`unexpected login method ${String(value)}`)
}
