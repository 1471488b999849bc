import { Role } from '@rongtong/shared'
import type { SessionUser } from '@/auth'
import { applyStep } from './apply-entry'

function user(overrides: Partial<SessionUser>): SessionUser {
  return {
    id: 'u1',
    displayName: '张伟',
    role: Role.ENTERPRISE,
    permissions: [],
    phoneMasked: null,
    mustChangePassword: false,
    totpEnabled: false,
    institution: null,
    enterprises: [],
    activeEnterprise: { id: 'e1', uscc: '91341200MA2T000001', name: '阜阳皖新科技有限公司' },
    ...overrides,
  }
}

describe('applyStep', () => {
  it('asks an anonymous visitor to log in first', () => {
    expect(applyStep(null)).toEqual({ kind: 'login' })
  })

  it('starts the application for the enterprise being acted for', () => {
    expect(applyStep(user({}))).toEqual({ kind: 'start', enterpriseName: '阜阳皖新科技有限公司' })
  })

  it('asks an enterprise user without a chosen enterprise to choose one', () => {
    expect(applyStep(user({ activeEnterprise: null }))).toEqual({ kind: 'refuse', message: '请先在「我的」中选择要申请的企业' })
  })

  it('turns staff away with the reason', () => {
    expect(applyStep(user({ role: Role.OPERATOR, activeEnterprise: null }))).toMatchObject({ kind: 'refuse', message: expect.stringContaining('企业账号') })
  })
})
