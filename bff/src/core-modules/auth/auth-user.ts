import type { Role } from '@rongtong/shared';
import type { AppRequest } from '../../infra/http/request-context';

/** The signed-in caller, resolved from the bearer token by the global guard and attached to the request. */
export interface AuthUser {
  userId: string;
  role: Role;
  permissions: string[];
  institutionId: string | null;
  activeEnterpriseId: string | null;
  sessionId: string;
}

/** A request as the access guard leaves it: with the caller it resolved from the bearer token, if any. */
export interface AuthRequest extends AppRequest {
  authUser?: AuthUser;
}

/** Staff permissions inside an institution (DESIGN §4.1). */
export type InstitutionPermission = 'INSTITUTION_ADMIN' | 'REVIEWER' | 'PRODUCT_MANAGER';

export const INSTITUTION_PERMISSIONS: readonly InstitutionPermission[] = ['INSTITUTION_ADMIN', 'REVIEWER', 'PRODUCT_MANAGER'];
