import { ROLE_LABELS, Role } from '@rongtong/shared'
import type { SecurityStaffAccountsQuery } from '@/gql/graphql'
import { formatBeijingClock } from '@/utils/beijing-time'

/** One staff account as the security administrator's console lists it. */
export type SecurityAccount = SecurityStaffAccountsQuery['staffAccounts'][number]

/** What the list can be narrowed to; null is 全部. */
export type SecurityFilter = 'LOCKED' | 'FAILED' | 'TOTP'

export type TagTone = 'danger' | 'warning' | 'success' | 'muted'

export interface AccountTag {
  label: string
  tone: TagTone
}

/** The roles that prove a TOTP code at every login (the BFF's requiresTotp). */
const TOTP_ROLES: readonly Role[] = [Role.OPERATOR, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN]

export const UNLOCKED_NOTICE = '已解锁'
export const TOTP_RESET_NOTICE = '已重置，该账号下次登录需重新绑定身份验证器'
export const SELF_NOTE = '这是您自己的账号，如需解锁或重置请联系其他安全管理员'

export function isLocked(account: Pick<SecurityAccount, 'lockedUntil'>, now: Date): boolean {
  return account.lockedUntil !== null && account.lockedUntil !== undefined && Date.parse(account.lockedUntil) > now.getTime()
}

/** 张伟（zhang.wei）: how the console names an account in tags, dialogs and notices. */
export function accountLabel(account: Pick<SecurityAccount, 'displayName' | 'username'>): string {
  return `${account.displayName}（${account.username}）`
}

/** The role, and the institution for institution staff: 金融机构人员 · 颍淮农商银行. */
export function roleLine(account: Pick<SecurityAccount, 'role' | 'institution'>): string {
  const role = ROLE_LABELS[account.role] ?? account.role
  return account.institution ? `${role} · ${account.institution.name}` : role
}

/** The state worth a security administrator's attention, most urgent first. */
export function accountTags(account: SecurityAccount, now: Date): AccountTag[] {
  const tags: AccountTag[] = []
  if (isLocked(account, now)) {
    const until = account.lockedUntil ? formatBeijingClock(account.lockedUntil) : null
    tags.push({ label: until ? `已锁定（至 ${until}）` : '已锁定', tone: 'danger' })
  }
  if (account.failedLoginCount > 0) tags.push({ label: `登录失败 ${account.failedLoginCount} 次`, tone: 'warning' })
  if (account.totpEnabled) tags.push({ label: '已绑定身份验证器', tone: 'success' })
  else if (TOTP_ROLES.includes(account.role)) tags.push({ label: '未绑定身份验证器', tone: 'muted' })
  if (!account.enabled) tags.push({ label: '已停用', tone: 'muted' })
  return tags
}

export interface SecurityActions {
  /** 解锁: while locked, or while failures are counted (an address may still be waiting). */
  unlock: boolean
  /** 重置动态验证码: while an authenticator is enrolled. */
  resetTotp: boolean
  /** Why nothing may be done here, shown instead of the buttons. */
  note: string | null
}

/** The actions the console offers on an account; never on the administrator's own (the BFF refuses those too). */
export function actionsFor(account: SecurityAccount, myUserId: string, now: Date): SecurityActions {
  if (account.id === myUserId) return { unlock: false, resetTotp: false, note: SELF_NOTE }
  return { unlock: isLocked(account, now) || account.failedLoginCount > 0, resetTotp: account.totpEnabled, note: null }
}

export function matchesFilter(account: SecurityAccount, filter: SecurityFilter | null, now: Date): boolean {
  switch (filter) {
    case null:
      return true
    case 'LOCKED':
      return isLocked(account, now)
    case 'FAILED':
      return account.failedLoginCount > 0
    case 'TOTP':
      return account.totpEnabled
  }
}

const FILTER_LABELS: ReadonlyArray<{ value: SecurityFilter | null; label: string }> = [
  { value: null, label: '全部' },
  { value: 'LOCKED', label: '已锁定' },
  { value: 'FAILED', label: '有登录失败' },
  { value: 'TOTP', label: '已绑定身份验证器' },
]

/** The filter chips with how many accounts each would list. */
export function filterChoices(accounts: readonly SecurityAccount[], now: Date): Array<{ value: SecurityFilter | null; label: string; count: number }> {
  return FILTER_LABELS.map((choice) => ({ ...choice, count: accounts.filter((account) => matchesFilter(account, choice.value, now)).length }))
}

/** Locked accounts first, then by failures (most first), then by username. */
export function inReviewOrder(accounts: readonly SecurityAccount[], now: Date): SecurityAccount[] {
  return [...accounts].sort(
    (a, b) =>
      Number(isLocked(b, now)) - Number(isLocked(a, now)) ||
      b.failedLoginCount - a.failedLoginCount ||
      a.username.localeCompare(b.username),
  )
}

export interface Confirmation {
  title: string
  content: string
  confirmText: string
}

export function unlockConfirmation(account: SecurityAccount): Confirmation {
  return {
    title: '解锁账号',
    content: `解锁后将清除「${accountLabel(account)}」的锁定和登录失败记录，该账号可立即重新登录。请确认已核实是本人申请。确定解锁？`,
    confirmText: '解锁',
  }
}

export function resetTotpConfirmation(account: SecurityAccount): Confirmation {
  return {
    title: '重置动态验证码',
    content: `重置后「${accountLabel(account)}」原身份验证器立即失效，该账号的所有登录将退出，下次登录需重新绑定身份验证器。确定重置？`,
    confirmText: '重置',
  }
}

/** What the console says after an action succeeded. */
export function doneNotice(action: 'unlock' | 'resetTotp', account: SecurityAccount): string {
  return `「${accountLabel(account)}」${action === 'unlock' ? UNLOCKED_NOTICE : TOTP_RESET_NOTICE}`
}
