import { Role } from '@rongtong/shared'
import type { SessionUser } from '@/auth'

/** What 立即申请 does for the person looking at the product. */
export type ApplyStep =
  | { kind: 'login' }
  | { kind: 'refuse'; message: string }
  | { kind: 'start'; enterpriseName: string }

export function applyStep(me: SessionUser | null): ApplyStep {
  if (!me) return { kind: 'login' }
  if (me.role !== Role.ENTERPRISE) return { kind: 'refuse', message: '工作人员账号不能申请产品，请使用企业账号登录' }
  if (!me.activeEnterprise) return { kind: 'refuse', message: '请先在「我的」中选择要申请的企业' }
  return { kind: 'start', enterpriseName: me.activeEnterprise.name }
}
