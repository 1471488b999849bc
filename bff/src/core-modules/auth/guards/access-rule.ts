import { Role } from '@rongtong/shared';
import type { AuthUser, InstitutionPermission } from '../auth-user';

/**
 * Who may call an operation. Exactly one of: public; any signed-in user; or a set of roles and/or
 * institution permissions (a caller matching either is allowed).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'restricted'; roles: readonly Role[]; permissions: readonly InstitutionPermission[] };

export type AccessVerdict = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** The decision for a declared rule and a caller (null: no valid token). */
export function decideAccess(rule: AccessRule, user: AuthUser | null): AccessVerdict {
  switch (rule.kind) {
    case 'public':
      return 'ALLOW';
    case 'authenticated':
      return user ? 'ALLOW' : 'UNAUTHENTICATED';
    case 'restricted': {
      if (!user) return 'UNAUTHENTICATED';
      if (rule.roles.includes(user.role)) return 'ALLOW';
      const staffPermission =
        user.role === Role.INSTITUTION_STAFF && rule.permissions.some((permission) => user.permissions.includes(permission));
      return staffPermission ? 'ALLOW' : 'FORBIDDEN';
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

/** One line of the permission snapshot: `public`, `authenticated`, `roles:A,B permissions:P`. */
export function describeAccessRule(rule: AccessRule | undefined): string {
  if (!rule) return 'UNDECLARED';
  if (rule.kind !== 'restricted') return rule.kind;
  const parts: string[] = [];
  if (rule.roles.length > 0) parts.push(`roles:${rule.roles.join(',')}`);
  if (rule.permissions.length > 0) parts.push(`permissions:${rule.permissions.join(',')}`);
  return parts.join(' ');
}
