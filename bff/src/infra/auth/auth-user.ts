import type { Role } from '@rongtong/shared';

/** The signed-in caller, resolved from the bearer token by the global guard and attached to the request. */
export interface AuthUser {
  userId: string;
  role: Role;
  permissions: string[];
  institutionId: string | null;
  activeEnterpriseId: string | null;
  sessionId: string;
}

/** Where a request came from, for sessions and the audit log. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** Staff permissions inside an institution (DESIGN §4.1). */
export type InstitutionPermission = 'INSTITUTION_ADMIN' | 'REVIEWER' | 'PRODUCT_MANAGER';

export const INSTITUTION_PERMISSIONS: readonly InstitutionPermission[] = ['INSTITUTION_ADMIN', 'REVIEWER', 'PRODUCT_MANAGER'];
