import { ErrorCode, Role } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import { FakeSessionServer, sessionUser } from '@/auth/testing/fake-session-server'
import { StaffLoginStep, type StaffLoginResultFieldsFragment } from '@/gql/graphql'
import { svgDataUrl } from '@/utils/svg-data-url'
import { errorsFromApi, hasErrors, stageFor, validateCredentials, validateNewPassword, validateTotpCode } from './staff-login-flow'

const auth = new FakeSessionServer({ now: Date.parse('2026-03-02T08:00:00Z') }).payload(sessionUser({ role: Role.OPERATOR }))
const enrollment = { secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://totp/%E8%9E%8D%E9%80%9A:operator?secret=JBSWY3DPEHPK3PXP', qrSvg: '<svg/>' }

function result(overrides: Partial<StaffLoginResultFieldsFragment>): StaffLoginResultFieldsFragment {
  return { step: StaffLoginStep.DONE, challengeToken: null, totpEnrollment: null, auth: null, ...overrides }
}

describe('staff login stages', () => {
  it('follows the step the server names, carrying the challenge token', () => {
    expect(stageFor(result({ step: StaffLoginStep.TOTP_REQUIRED, challengeToken: 'ch-1' }))).toEqual({ step: 'TOTP', challengeToken: 'ch-1' })
    expect(stageFor(result({ step: StaffLoginStep.TOTP_ENROLLMENT_REQUIRED, challengeToken: 'ch-2', totpEnrollment: enrollment }))).toEqual({
      step: 'ENROLLMENT',
      challengeToken: 'ch-2',
      enrollment,
    })
    expect(stageFor(result({ step: StaffLoginStep.PASSWORD_CHANGE_REQUIRED, challengeToken: 'ch-3' }))).toEqual({
      step: 'PASSWORD_CHANGE',
      challengeToken: 'ch-3',
    })
    expect(stageFor(result({ step: StaffLoginStep.DONE, auth }))).toEqual({ step: 'DONE', auth })
  })

  it('rejects an answer that lacks what its step needs', () => {
    expect(() => stageFor(result({ step: StaffLoginStep.TOTP_REQUIRED }))).toThrow('登录服务返回的信息不完整')
    expect(() => stageFor(result({ step: StaffLoginStep.TOTP_ENROLLMENT_REQUIRED, challengeToken: 'ch' }))).toThrow(ApiError)
    expect(() => stageFor(result({ step: StaffLoginStep.DONE }))).toThrow(ApiError)
  })
})

describe('staff login form checks', () => {
  it('asks for both username and password', () => {
    expect(validateCredentials(' ', '')).toEqual({ fields: { username: '请输入用户名', password: '请输入密码' } })
    expect(hasErrors(validateCredentials('operator', 'x'))).toBe(false)
  })

  it('wants six digits for a TOTP code', () => {
    expect(validateTotpCode('12345').fields.code).toBe('请输入身份验证器上的 6 位数字验证码')
    expect(validateTotpCode('12a456').fields.code).toBeDefined()
    expect(hasErrors(validateTotpCode('123456'))).toBe(false)
  })

  it('applies the password policy to the new password and compares the two entries', () => {
    expect(validateNewPassword('short', 'short', 'staff01').fields).toEqual({ newPassword: '密码至少 10 位' })
    expect(validateNewPassword('Huaihe@2026', 'Huaihe@2027', 'staff01').fields).toEqual({ confirmPassword: '两次输入的密码不一致' })
    expect(validateNewPassword('Staff01@2026x', 'Staff01@2026x', 'staff01').fields.newPassword).toBe('密码不能包含用户名')
    expect(hasErrors(validateNewPassword('Huaihe@2026', 'Huaihe@2026', 'staff01'))).toBe(false)
  })
})

describe('staff login errors', () => {
  it('shows when a locked account unlocks, in Beijing time', () => {
    const locked = new ApiError({ code: ErrorCode.ACCOUNT_LOCKED, lockedUntil: '2026-03-02T06:20:00.000Z' })
    expect(errorsFromApi(locked)).toEqual({ form: '账号已锁定，请于 14:20 后重试', fields: {} })
    expect(errorsFromApi(new ApiError({ code: ErrorCode.ACCOUNT_LOCKED })).form).toBe('账号已锁定，请稍后重试')
  })

  it('shows a wrong password as the server words it', () => {
    const wrong = new ApiError({ code: ErrorCode.UNAUTHENTICATED, message: '用户名或密码错误' })
    expect(errorsFromApi(wrong)).toEqual({ form: '用户名或密码错误', fields: {} })
  })

  it('puts a refused code under the code field on the code steps', () => {
    const wrongCode = new ApiError({ code: ErrorCode.UNAUTHENTICATED, message: '动态验证码错误，请核对身份验证器中的 6 位数字' })
    expect(errorsFromApi(wrongCode, 'TOTP')).toEqual({ fields: { code: '动态验证码错误，请核对身份验证器中的 6 位数字' } })
    expect(errorsFromApi(wrongCode, 'ENROLLMENT').fields.code).toBeDefined()
    const locked = new ApiError({ code: ErrorCode.ACCOUNT_LOCKED, lockedUntil: '2026-03-02T06:20:00.000Z' })
    expect(errorsFromApi(locked, 'TOTP')).toEqual({ form: '账号已锁定，请于 14:20 后重试', fields: {} })
  })

  it('puts field errors under their fields and the rest above the form', () => {
    const policy = new ApiError({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'newPassword', message: '密码不能包含用户名' }] })
    expect(errorsFromApi(policy)).toEqual({ fields: { newPassword: '密码不能包含用户名' } })
    const mixed = new ApiError({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [
        { field: 'code', message: '验证码错误' },
        { field: 'challengeToken', message: '登录步骤已过期，请重新登录' },
      ],
    })
    expect(errorsFromApi(mixed)).toEqual({ form: '登录步骤已过期，请重新登录', fields: { code: '验证码错误' } })
  })
})

describe('svgDataUrl', () => {
  it('turns the enrolment QR code into an image address', () => {
    expect(svgDataUrl('<svg a="1"/>')).toBe('data:image/svg+xml;charset=utf-8,%3Csvg%20a%3D%221%22%2F%3E')
  })
})
