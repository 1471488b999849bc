import { Role } from '@rongtong/shared';
import type { AuthUser } from '../auth-user';
import { isAdministrator } from './staff-roles';

export interface ManagedAccount {
  role: Role;
  institutionId: string | null;
}

/** An INSTITUTION_STAFF member holding the INSTITUTION_ADMIN permission. */
export function isInstitutionAdmin(caller: Pick<AuthUser, 'role' | 'permissions'>): boolean {
  return caller.role === Role.INSTITUTION_STAFF && caller.permissions.includes('INSTITUTION_ADMIN');
}

/**
 * Who may create or change which staff account:
 * - SYSTEM_ADMIN: every staff account, the three administrators included (only it may create them);
 * - OPERATOR: institution staff of any institution, government officers and operators, never administrators;
 * - INSTITUTION_ADMIN: institution staff of its own institution only;
 * - nobody else.
 * An account holds exactly one role and that role never changes after creation, so the three
 * administrator roles (三员) can never be held together by one account.
 */
export function mayManage(caller: AuthUser, account: ManagedAccount): boolean {
  switch (caller.role) {
    case Role.SYSTEM_ADMIN:
      return account.role !== Role.ENTERPRISE;
    case Role.OPERATOR:
      return account.role !== Role.ENTERPRISE && !isAdministrator(account.role);
    case Role.INSTITUTION_STAFF:
      return (
        isInstitutionAdmin(caller) &&
        account.role === Role.INSTITUTION_STAFF &&
        caller.institutionId !== null &&
        account.institutionId === caller.institutionId
      );
    case Role.ENTERPRISE:
    case Role.GOV_OFFICER:
    case Role.SECURITY_ADMIN:
    case Role.AUDIT_ADMIN:
      return false;
    default: {
      const unknown: never = caller.role;
      throw new Error(`unknown role ${String(unknown)}`);
    }
  }
}

/** The institution whose staff the caller may list: null means every account. */
export function listingScope(caller: AuthUser, requested: string | null): { institutionId: string | null } | 'FORBIDDEN' {
  if (caller.role === Role.SYSTEM_ADMIN || caller.role === Role.OPERATOR || caller.role === Role.SECURITY_ADMIN) return { institutionId: requested };
  if (!isInstitutionAdmin(caller) || caller.institutionId === null) return 'FORBIDDEN';
  if (requested !== null && requested !== caller.institutionId) return 'FORBIDDEN';
  return { institutionId: caller.institutionId };
}

/**
 * Why the caller may not unlock the account or reset its TOTP enrolment, or null when they may. Only a security
 * administrator may (安全管理员), and never for their own account or one they created: lifting the protection of an
 * account is always someone else's decision than the account holder's or its creator's.
 */
export function securityResetRefusal(caller: Pick<AuthUser, 'userId' | 'role'>, account: { id: string; createdBy: string | null }): string | null {
  if (caller.role !== Role.SECURITY_ADMIN) return '只有安全管理员可以解锁账号或重置动态验证码';
  if (account.id === caller.userId) return '不能解锁或重置自己的账号，请联系其他安全管理员';
  if (account.createdBy === caller.userId) return '不能解锁或重置自己创建的账号，请联系其他安全管理员';
  return null;
}
