import { Role } from '@rongtong/shared';

/** The three separated administrators of MLPS level 3 (三员分立). */
export const ADMINISTRATOR_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN];

/** Every role that logs in with username and password. */
export const STAFF_ROLES: readonly Role[] = [
  Role.INSTITUTION_STAFF,
  Role.GOV_OFFICER,
  Role.OPERATOR,
  Role.SYSTEM_ADMIN,
  Role.SECURITY_ADMIN,
  Role.AUDIT_ADMIN,
];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

export function isAdministrator(role: Role): boolean {
  return ADMINISTRATOR_ROLES.includes(role);
}

/** Operators and administrators prove a second factor (TOTP) at every login (DESIGN §9). */
export function requiresTotp(role: Role): boolean {
  return role === Role.OPERATOR || isAdministrator(role);
}
