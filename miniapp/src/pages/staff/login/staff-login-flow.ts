import { ErrorCode } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import {
  StaffLoginStep,
  type AuthPayloadFieldsFragment,
  type StaffLoginResultFieldsFragment,
} from '@/gql/graphql'
import { formatBeijingClock } from '@/utils/beijing-time'
import { passwordPolicyViolation } from './password-policy'

export interface TotpEnrollmentDetails {
  secret: string
  otpauthUrl: string
  qrSvg: string
}

/** Where the staff member is in logging in; each step after the password carries its one-use challenge. */
export type StaffLoginStage =
  | { step: 'CREDENTIALS' }
  | { step: 'TOTP'; challengeToken: string }
  | { step: 'ENROLLMENT'; challengeToken: string; enrollment: TotpEnrollmentDetails }
  | { step: 'PASSWORD_CHANGE'; challengeToken: string }
  | { step: 'DONE'; auth: AuthPayloadFieldsFragment }

export type FieldName = 'username' | 'password' | 'code' | 'newPassword' | 'confirmPassword'

/** A message for the whole form and messages under single fields. */
export interface FormErrors {
  form?: string
  fields: Partial<Record<FieldName, string>>
}

export const NO_ERRORS: FormErrors = { fields: {} }

function incomplete(): ApiError {
  return new ApiError({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: '登录服务返回的信息不完整，请重新登录' })
}

function requireChallenge(result: StaffLoginResultFieldsFragment): string {
  if (!result.challengeToken) throw incomplete()
  return result.challengeToken
}

/** The next stage for what the server answered; an answer missing what its step needs is an error. */
export function stageFor(result: StaffLoginResultFieldsFragment): StaffLoginStage {
  switch (result.step) {
    case StaffLoginStep.DONE:
      if (!result.auth) throw incomplete()
      return { step: 'DONE', auth: result.auth }
    case StaffLoginStep.TOTP_REQUIRED:
      return { step: 'TOTP', challengeToken: requireChallenge(result) }
    case StaffLoginStep.TOTP_ENROLLMENT_REQUIRED:
      if (!result.totpEnrollment) throw incomplete()
      return { step: 'ENROLLMENT', challengeToken: requireChallenge(result), enrollment: result.totpEnrollment }
    case StaffLoginStep.PASSWORD_CHANGE_REQUIRED:
      return { step: 'PASSWORD_CHANGE', challengeToken: requireChallenge(result) }
    default:
      return assertNever(result.step)
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected staff login step ${String(value)}`)
}

function withFields(fields: FormErrors['fields']): FormErrors {
  const present = Object.fromEntries(Object.entries(fields).filter(([, message]) => message !== undefined))
  return { fields: present }
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== undefined || Object.keys(errors.fields).length > 0
}

export function validateCredentials(username: string, password: string): FormErrors {
  return withFields({
    username: username.trim() === '' ? '请输入用户名' : undefined,
    password: password === '' ? '请输入密码' : undefined,
  })
}

export function validateTotpCode(code: string): FormErrors {
  return withFields({ code: /^\d{6}$/.test(code) ? undefined : '请输入身份验证器上的 6 位数字验证码' })
}

export function validateNewPassword(newPassword: string, confirmPassword: string, username: string): FormErrors {
  const violation = passwordPolicyViolation(newPassword, username.trim())
  return withFields({
    newPassword: violation ?? undefined,
    confirmPassword: violation === null && confirmPassword !== newPassword ? '两次输入的密码不一致' : undefined,
  })
}

const KNOWN_FIELDS: readonly FieldName[] = ['username', 'password', 'code', 'newPassword']

/**
 * How a failed step reads on the form: the lock with its unlock time, field errors under their fields. On a
 * code step the BFF refuses a wrong or reused code as UNAUTHENTICATED, so that message goes under the code.
 */
export function errorsFromApi(error: ApiError, step: StaffLoginStage['step'] = 'CREDENTIALS'): FormErrors {
  if (error.code === ErrorCode.ACCOUNT_LOCKED) {
    const clock = error.lockedUntil ? formatBeijingClock(error.lockedUntil) : null
    return { form: clock ? `账号已锁定，请于 ${clock} 后重试` : '账号已锁定，请稍后重试', fields: {} }
  }
  if (error.code === ErrorCode.BAD_USER_INPUT) {
    const fields: FormErrors['fields'] = {}
    const others: string[] = []
    for (const { field, message } of error.fields) {
      const known = KNOWN_FIELDS.find((name) => name === field)
      if (known) fields[known] = message
      else others.push(message)
    }
    if (Object.keys(fields).length > 0 && others.length === 0) return { fields }
    return { form: others.join('；') || error.message, fields }
  }
  if (error.code === ErrorCode.UNAUTHENTICATED && (step === 'TOTP' || step === 'ENROLLMENT')) {
    return { fields: { code: error.message } }
  }
  return { form: error.message, fields: {} }
}
