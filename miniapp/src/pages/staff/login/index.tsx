import { useCallback } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS } from '@rongtong/shared'
import { isStaffRole, session, useSession } from '@/auth'
import { Button } from '@/components/nutui'
import { NoticeBanner } from '@/components/notice-banner/notice-banner'
import { PageShell } from '@/components/page-shell/page-shell'
import type { AuthPayloadFieldsFragment } from '@/gql/graphql'
import { openTab, ROUTES } from '@/utils/routes'
import { CredentialsForm, EnrollmentDetails, PasswordChangeForm, TotpForm } from './forms'
import type { StaffLoginStage } from './staff-login-flow'
import { useStaffLogin, type StaffLogin } from './use-staff-login'
import './index.scss'

const TITLES: Record<StaffLoginStage['step'], string> = {
  CREDENTIALS: '机构/政府/运营人员登录',
  TOTP: '动态验证码验证',
  ENROLLMENT: '绑定身份验证器',
  PASSWORD_CHANGE: '修改初始密码',
  DONE: '登录成功',
}

function StageForm({ flow }: { flow: StaffLogin }) {
  const { stage, errors, busy } = flow
  switch (stage.step) {
    case 'CREDENTIALS':
      return <CredentialsForm errors={errors} busy={busy} onSubmit={(username, password) => void flow.submitCredentials(username, password)} />
    case 'TOTP':
      return <TotpForm errors={errors} busy={busy} submitText='验证并登录' onSubmit={(code) => void flow.submitTotp(code)} />
    case 'ENROLLMENT':
      return (
        <>
          <EnrollmentDetails enrollment={stage.enrollment} />
          <TotpForm errors={errors} busy={busy} submitText='完成绑定并登录' onSubmit={(code) => void flow.submitTotp(code)} />
        </>
      )
    case 'PASSWORD_CHANGE':
      return <PasswordChangeForm errors={errors} busy={busy} onSubmit={(next, confirm) => void flow.submitPasswordChange(next, confirm)} />
    case 'DONE':
      return <Text className='staff-login__lead'>正在进入工作台…</Text>
    default:
      return null
  }
}

function Intro() {
  return (
    <View className='staff-login__intro'>
      <Text className='staff-login__intro-title'>融通工作人员入口</Text>
      <Text className='staff-login__intro-text'>
        金融机构、政府部门和平台运营人员使用平台分配的账号登录。平台运营人员和系统管理员、安全管理员、审计管理员须使用身份验证器进行二次验证。
      </Text>
      <Text className='staff-login__intro-text'>密码或动态验证码多次输错后，需稍等片刻才能再试；累计输错 20 次，账号将锁定 15 分钟，可请安全管理员解锁。</Text>
    </View>
  )
}

function SignedInHint() {
  const { status, me } = useSession()
  if (status !== 'authenticated' || !me || !isStaffRole(me.role)) return null
  return (
    <View className='staff-login__signed-in'>
      <Text>
        您已以 {me.displayName}（{ROLE_LABELS[me.role]}）身份登录。
      </Text>
      <Text className='staff-login__link' onClick={() => void Taro.redirectTo({ url: ROUTES.staffHome })}>
        进入工作台
      </Text>
    </View>
  )
}

export default function StaffLoginPage() {
  const { notice, dismissNotice } = useSession()
  const finish = useCallback((auth: AuthPayloadFieldsFragment) => {
    session.signIn(auth)
    void Taro.redirectTo({ url: ROUTES.staffHome })
  }, [])
  const flow = useStaffLogin(finish)
  const step = flow.stage.step
  return (
    <PageShell nav='staff' className='staff-login'>
      <View className='staff-login__layout'>
        <Intro />
        <View className='staff-login__card'>
          {notice ? <NoticeBanner text={notice} onClose={dismissNotice} /> : null}
          {step === 'CREDENTIALS' ? <SignedInHint /> : null}
          <Text className='staff-login__title'>{TITLES[step]}</Text>
          {flow.errors.form ? (
            <View className='staff-login__form-error' id='staff-login-error'>
              {flow.errors.form}
            </View>
          ) : null}
          <StageForm flow={flow} />
          <View className='staff-login__footer'>
            {step === 'CREDENTIALS' ? (
              <Text className='staff-login__link' onClick={() => openTab(ROUTES.mine)}>
                企业和个人用户请通过统一身份认证登录
              </Text>
            ) : (
              <Text className='staff-login__link' onClick={flow.restart}>
                返回重新输入账号密码
              </Text>
            )}
            <Button size='small' fill='none' className='staff-login__home' onClick={() => openTab(ROUTES.home)}>
              返回首页
            </Button>
          </View>
        </View>
      </View>
    </PageShell>
  )
}
