import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { Button, Input } from '@/components/nutui'
import { FormField } from '@/components/form-field/form-field'
import { svgDataUrl } from '@/utils/svg-data-url'
import { PASSWORD_POLICY_TEXT } from './password-policy'
import type { FormErrors, TotpEnrollmentDetails } from './staff-login-flow'

interface FormProps {
  errors: FormErrors
  busy: boolean
}

export function CredentialsForm({ errors, busy, onSubmit }: FormProps & { onSubmit(username: string, password: string): void }) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const submit = () => onSubmit(username, password)
  return (
    <View className='staff-login__form'>
      <FormField name='username' label='用户名' error={errors.fields.username}>
        <Input value={username} placeholder='请输入用户名' maxLength={64} onChange={setUsername} onConfirm={submit} />
      </FormField>
      <FormField name='password' label='密码' error={errors.fields.password}>
        <Input type='password' value={password} placeholder='请输入密码' maxLength={64} onChange={setPassword} onConfirm={submit} />
      </FormField>
      <Button className='staff-login__submit' type='primary' block loading={busy} disabled={busy} onClick={submit}>
        {busy ? '正在登录…' : '登录'}
      </Button>
    </View>
  )
}

export function TotpForm({ errors, busy, onSubmit, submitText }: FormProps & { onSubmit(code: string): void; submitText: string }) {
  const [code, setCode] = useState('')
  const submit = () => onSubmit(code)
  return (
    <View className='staff-login__form'>
      <FormField name='code' label='动态验证码' error={errors.fields.code} hint='打开身份验证器，输入当前显示的 6 位数字'>
        <Input
          type='digit'
          value={code}
          placeholder='6 位数字'
          maxLength={6}
          onChange={(value) => setCode(value.replace(/\D/g, ''))}
          onConfirm={submit}
        />
      </FormField>
      <Button className='staff-login__submit' type='primary' block loading={busy} disabled={busy} onClick={submit}>
        {busy ? '正在验证…' : submitText}
      </Button>
    </View>
  )
}

/** The QR code and secret to add to an authenticator app (e.g. 微信小程序「腾讯身份验证器」). */
export function EnrollmentDetails({ enrollment }: { enrollment: TotpEnrollmentDetails }) {
  return (
    <View className='staff-login__enrollment'>
      <Text className='staff-login__lead'>
        您的账号需要绑定身份验证器作为第二重验证。请用身份验证器扫描二维码，或手动输入密钥，然后填写验证器显示的 6 位验证码完成绑定。
      </Text>
      <View className='staff-login__qr-box'>
        <Image className='staff-login__qr' src={svgDataUrl(enrollment.qrSvg)} mode='aspectFit' />
      </View>
      <View className='staff-login__secret'>
        <Text className='staff-login__secret-label'>密钥</Text>
        <Text className='staff-login__secret-value' selectable>
          {enrollment.secret.replace(/(.{4})(?=.)/g, '$1 ')}
        </Text>
      </View>
    </View>
  )
}

export function PasswordChangeForm({ errors, busy, onSubmit }: FormProps & { onSubmit(newPassword: string, confirm: string): void }) {
  const [newPassword, setNewPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const submit = () => onSubmit(newPassword, confirm)
  return (
    <View className='staff-login__form'>
      <Text className='staff-login__lead'>首次登录须修改初始密码。{PASSWORD_POLICY_TEXT}。</Text>
      <FormField name='newPassword' label='新密码' error={errors.fields.newPassword}>
        <Input type='password' value={newPassword} placeholder='请输入新密码' maxLength={64} onChange={setNewPassword} />
      </FormField>
      <FormField name='confirmPassword' label='确认新密码' error={errors.fields.confirmPassword}>
        <Input type='password' value={confirm} placeholder='请再次输入新密码' maxLength={64} onChange={setConfirm} onConfirm={submit} />
      </FormField>
      <Button className='staff-login__submit' type='primary' block loading={busy} disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '修改密码并继续'}
      </Button>
    </View>
  )
}
