import { Role } from '@rongtong/shared'

/** Staff log in with username and password on the staff login page; everyone else through unified identity. */
export function isStaffRole(role: Role): boolean {
  return role !== Role.ENTERPRISE
}
