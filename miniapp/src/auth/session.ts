import Taro from '@tarojs/taro'
import type { Role } from '@rongtong/shared'
import { anonymousClient, apiClient, connectSession } from '@/api/api-client'
import { ROUTES } from '@/utils/routes'
import { LoginStateStore } from './login-state-store'
import { isStaffRole } from './roles'
import { LogoutMutation, MeQuery, RefreshSessionMutation } from './session.graphql'
import { SESSION_EXPIRED_MESSAGE, SessionManager } from './session-manager'
import { taroStorage } from './taro-storage'
import { TokenStore } from './token-store'

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

// From here on the app's client (@/api) sends this session's tokens.
connectSession(session)

export const loginState = new LoginStateStore(taroStorage)
