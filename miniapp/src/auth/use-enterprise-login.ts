import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { hostBridge } from '@/host'
import { enterpriseLoginMethod, startEnterpriseLogin } from './enterprise-login'
import { anonymousClient } from '@/api/api-client'
import { loginState, session } from './session'

function pageOrigin(): string {
  return process.env.TARO_ENV === 'h5' ? window.location.origin : ''
}

/** The 登录 button: 皖事通 silent login inside the host, the unified identity page in a browser. */
export function useEnterpriseLogin(): { busy: boolean; login(): Promise<void> } {
  const [busy, setBusy] = useState(false)
  const login = useCallback(async () => {
    setBusy(true)
    const bridge = hostBridge()
    const outcome = await startEnterpriseLogin({
      method: enterpriseLoginMethod(bridge.name, process.env.TARO_ENV),
      client: anonymousClient,
      getAuthCode: () => bridge.getAuthCode(),
      signIn: (payload) => session.signIn(payload),
      origin: pageOrigin(),
      redirect: (url) => {
        window.location.href = url
      },
      loginState,
    })
    // While the browser leaves for the identity platform the button keeps saying 正在登录….
    if (outcome.kind === 'redirecting') return
    setBusy(false)
    if (outcome.kind === 'signed-in') void Taro.showToast({ title: '登录成功', icon: 'success' })
    if (outcome.kind === 'failed') void Taro.showToast({ title: outcome.message, icon: 'none', duration: 2500 })
  }, [])
  return { busy, login }
}
