import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { anonymousClient } from '@/api'
import { loginState, session, useEnterpriseLogin } from '@/auth'
import { completeUnifiedLoginCallback } from '@/auth/unified-login-callback'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { StateView } from '@/components/state-view/state-view'
import { openTab, ROUTES } from '@/utils/routes'
import './index.scss'

type Progress = { kind: 'working' } | { kind: 'failed'; message: string }

function Failure({ message }: { message: string }) {
  const { busy, login } = useEnterpriseLogin()
  return (
    <StateView
      icon='error'
      title='登录未完成'
      description={message}
      testId='login-callback-error'
      action={
        <View className='auth-callback__actions'>
          <Button size='small' onClick={() => openTab(ROUTES.mine)}>
            返回我的
          </Button>
          <Button size='small' type='primary' loading={busy} disabled={busy} onClick={() => void login()}>
            {busy ? '正在登录…' : '重新登录'}
          </Button>
        </View>
      }
    />
  )
}

/** Where the unified identity platform sends the browser back: finishes the login and opens 我的. */
export default function AuthCallbackPage() {
  const { code, state, error } = useRouter().params
  const [progress, setProgress] = useState<Progress>({ kind: 'working' })
  const started = useRef(false)

  useEffect(() => {
    // The code can be redeemed once only, so a second effect run must not try again.
    if (started.current) return
    started.current = true
    const deps = { client: anonymousClient, loginState, signIn: session.signIn.bind(session) }
    void completeUnifiedLoginCallback({ code, state, error }, deps).then((outcome) => {
      if (outcome.kind === 'signed-in') void Taro.reLaunch({ url: ROUTES.mine })
      else setProgress(outcome)
    })
  }, [code, state, error])

  return (
    <PageShell nav='mine' className='auth-callback'>
      <View className='auth-callback__card'>
        {progress.kind === 'working' ? (
          <View className='auth-callback__working'>
            <View className='auth-callback__spinner' />
            <View className='auth-callback__text'>正在登录…</View>
            <View className='auth-callback__sub'>正在通过安徽省统一身份认证平台确认您的身份</View>
          </View>
        ) : (
          <Failure message={progress.message} />
        )}
      </View>
    </PageShell>
  )
}
