import type { GraphQLClient } from '@/api/client'
import { ApiError } from '@/api/api-error'
import type { AuthPayloadFieldsFragment } from '@/gql/graphql'
import type { LoginStateStore } from './login-state-store'
import { CompleteUnifiedLoginMutation } from './unified-login.graphql'

/** The query the unified identity platform appends to the callback page's address. */
export interface CallbackParams {
  code?: string
  state?: string
  error?: string
}

export type CallbackOutcome = { kind: 'signed-in' } | { kind: 'failed'; message: string }

export interface CallbackDeps {
  client: GraphQLClient
  signIn(payload: AuthPayloadFieldsFragment): void
  loginState: LoginStateStore
}

/** OAuth error codes the platform sends back (RFC 6749 §4.1.2.1), in the user's words. */
export function unifiedLoginErrorMessage(error: string): string {
  switch (error) {
    case 'access_denied':
      return '您已取消统一身份认证登录'
    case 'temporarily_unavailable':
    case 'server_error':
      return '统一身份认证平台暂时不可用，请稍后重试'
    default:
      return '统一身份认证未能完成登录，请重试'
  }
}

/** Finishes the unified login this app started: checks the state, redeems the code, keeps the session. */
export async function completeUnifiedLoginCallback(params: CallbackParams, deps: CallbackDeps): Promise<CallbackOutcome> {
  if (params.error) {
    if (params.state) deps.loginState.consume(params.state)
    return { kind: 'failed', message: unifiedLoginErrorMessage(params.error) }
  }
  if (!params.code || !params.state) return { kind: 'failed', message: '登录回调缺少授权信息，请重新登录' }
  if (!deps.loginState.consume(params.state)) return { kind: 'failed', message: '登录请求已失效，请重新登录' }
  try {
    const { completeUnifiedLogin } = await deps.client.execute(CompleteUnifiedLoginMutation, {
      state: params.state,
      code: params.code,
    })
    deps.signIn(completeUnifiedLogin)
    return { kind: 'signed-in' }
  } catch (cause) {
    return { kind: 'failed', message: cause instanceof ApiError ? cause.message : '登录失败，请重试' }
  }
}
