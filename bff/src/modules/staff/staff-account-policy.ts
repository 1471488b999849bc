import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../infra/auth/auth-user';
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
  if (caller.role === Role.SYSTEM_ADMIN || caller.role === Role.OPERATOR) return { institutionId: requested };
  if (!isInstitutionAdmin(caller) || caller.institutionId === null) return 'FORBIDDEN';
  if (requested !== null && requested !== caller.institutionId) return 'FORBIDDEN';
  return { institutionId: caller.institutionId };
}
