import Taro from '@tarojs/taro'
import type { Role } from '@rongtong/shared'
import { createGraphQLClient, taroPost, type GraphQLClient } from '@/api/client'
import { API_URL } from '@/api/endpoint'
import { ROUTES } from '@/utils/routes'
import { createAuthenticatedClient } from './authenticated-client'
import { LoginStateStore } from './login-state-store'
import { isStaffRole } from './roles'
import { LogoutMutation, MeQuery, RefreshSessionMutation } from './session.graphql'
import { SESSION_EXPIRED_MESSAGE, SessionManager } from './session-manager'
import { taroStorage } from './taro-storage'
import { TokenStore } from './token-store'

/** Without a token: logins and the refresh itself. */
export const anonymousClient = createGraphQLClient({ url: API_URL, post: taroPost })

/** After an active session ended, the login screen that fits the user, with the reason. */
function sendToLogin(role: Role | null): void {
  void Taro.showToast({ title: SESSION_EXPIRED_MESSAGE, icon: 'none', duration: 2500 })
  if (role !== null && isStaffRole(role)) void Taro.reLaunch({ url: ROUTES.staffLogin })
  else void Taro.switchTab({ url: ROUTES.mine })
}

export const session: SessionManager = new SessionManager({
  store: new TokenStore(taroStorage),
  api: {
    refresh: async (refreshToken) => (await anonymousClient.execute(RefreshSessionMutation, { refreshToken })).refreshSession,
    fetchMe: async () => (await apiClient.execute(MeQuery)).me,
    logout: () => apiClient.execute(LogoutMutation),
  },
  onExpired: sendToLogin,
})

/** The app's client: every request carries the session's token and survives its expiry (see createAuthenticatedClient). */
export const apiClient: GraphQLClient = createAuthenticatedClient(anonymousClient, session)

export const loginState = new LoginStateStore(taroStorage)
