import { Role } from '@rongtong/shared'
import {
  accountTags,
  actionsFor,
  doneNotice,
  filterChoices,
  inReviewOrder,
  isLocked,
  matchesFilter,
  resetTotpConfirmation,
  roleLine,
  SELF_NOTE,
  unlockConfirmation,
  type SecurityAccount,
} from './account-security'

const NOW = new Date('2026-03-02T06:00:00.000Z')
const IN_TEN_MINUTES = '2026-03-02T06:10:00.000Z'
const A_MINUTE_AGO = '2026-03-02T05:59:00.000Z'

function account(overrides: Partial<SecurityAccount> = {}): SecurityAccount {
  return {
    id: 'account-1',
    username: 'zhang.wei',
    displayName: '张伟',
    role: Role.OPERATOR,
    enabled: true,
    lockedUntil: null,
    failedLoginCount: 0,
    totpEnabled: true,
    institution: null,
    ...overrides,
  }
}

describe('account security console', () => {
  it('counts a lock only while it is in force', () => {
    expect(isLocked(account({ lockedUntil: IN_TEN_MINUTES }), NOW)).toBe(true)
    expect(isLocked(account({ lockedUntil: A_MINUTE_AGO }), NOW)).toBe(false)
    expect(isLocked(account(), NOW)).toBe(false)
  })

  it('tags the lock with its end in Beijing time, failures, the authenticator and a disabled account', () => {
    const tags = accountTags(account({ lockedUntil: IN_TEN_MINUTES, failedLoginCount: 20, enabled: false }), NOW)
    expect(tags).toEqual([
      { label: '已锁定（至 14:10）', tone: 'danger' },
      { label: '登录失败 20 次', tone: 'warning' },
      { label: '已绑定身份验证器', tone: 'success' },
      { label: '已停用', tone: 'muted' },
    ])
    expect(accountTags(account({ totpEnabled: false }), NOW)).toEqual([{ label: '未绑定身份验证器', tone: 'muted' }])
    // Institution staff and government officers log in without TOTP: nothing to say about it.
    expect(accountTags(account({ role: Role.INSTITUTION_STAFF, totpEnabled: false }), NOW)).toEqual([])
  })

  it('offers 解锁 for a locked account or counted failures, 重置动态验证码 for an enrolled one', () => {
    expect(actionsFor(account({ lockedUntil: IN_TEN_MINUTES }), 'me', NOW)).toEqual({ unlock: true, resetTotp: true, note: null })
    expect(actionsFor(account({ failedLoginCount: 2, totpEnabled: false }), 'me', NOW)).toEqual({ unlock: true, resetTotp: false, note: null })
    expect(actionsFor(account({ lockedUntil: A_MINUTE_AGO }), 'me', NOW)).toEqual({ unlock: false, resetTotp: true, note: null })
  })

  it('offers nothing on the administrator’s own account, and says why', () => {
    expect(actionsFor(account({ lockedUntil: IN_TEN_MINUTES }), 'account-1', NOW)).toEqual({ unlock: false, resetTotp: false, note: SELF_NOTE })
  })

  it('filters and counts, and lists locked accounts first, then by failures', () => {
    const locked = account({ id: 'l', username: 'locked', lockedUntil: IN_TEN_MINUTES, failedLoginCount: 20 })
    const failing = account({ id: 'f', username: 'failing', failedLoginCount: 3, totpEnabled: false })
    const quiet = account({ id: 'q', username: 'quiet' })
    const calm = account({ id: 'c', username: 'calm', role: Role.GOV_OFFICER, totpEnabled: false })
    const all = [quiet, calm, failing, locked]
    expect(inReviewOrder(all, NOW).map((item) => item.id)).toEqual(['l', 'f', 'c', 'q'])
    expect(all.filter((item) => matchesFilter(item, 'LOCKED', NOW)).map((item) => item.id)).toEqual(['l'])
    expect(all.filter((item) => matchesFilter(item, 'FAILED', NOW)).map((item) => item.id)).toEqual(['f', 'l'])
    expect(filterChoices(all, NOW).map(({ label, count }) => `${label} ${count}`)).toEqual(['全部 4', '已锁定 1', '有登录失败 2', '已绑定身份验证器 2'])
  })

  it('names the account in the confirmation and the feedback', () => {
    const target = account()
    expect(unlockConfirmation(target)).toMatchObject({ title: '解锁账号', confirmText: '解锁' })
    expect(unlockConfirmation(target).content).toContain('「张伟（zhang.wei）」')
    expect(resetTotpConfirmation(target).content).toContain('下次登录需重新绑定身份验证器')
    expect(doneNotice('unlock', target)).toBe('「张伟（zhang.wei）」已解锁')
    expect(doneNotice('resetTotp', target)).toBe('「张伟（zhang.wei）」已重置，该账号下次登录需重新绑定身份验证器')
  })

  it('shows the institution beside the role of institution staff', () => {
    expect(roleLine(account({ role: Role.INSTITUTION_STAFF, institution: { id: 'i', name: '颍淮农商银行' } }))).toBe('金融机构人员 · 颍淮农商银行')
    expect(roleLine(account({ role: Role.SYSTEM_ADMIN }))).toBe('系统管理员')
  })
})
