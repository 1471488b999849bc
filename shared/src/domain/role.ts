/**
 * Who a signed-in user is. SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are the three separated
 * administrators of MLPS level 3 (三员分立) and are mutually exclusive.
 */
export enum Role {
  ENTERPRISE = 'ENTERPRISE',
  INSTITUTION_STAFF = 'INSTITUTION_STAFF',
  GOV_OFFICER = 'GOV_OFFICER',
  OPERATOR = 'OPERATOR',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDIT_ADMIN = 'AUDIT_ADMIN',
}

export const ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = {
  [Role.ENTERPRISE]: '企业用户',
  [Role.INSTITUTION_STAFF]: '金融机构人员',
  [Role.GOV_OFFICER]: '政府部门人员',
  [Role.OPERATOR]: '平台运营人员',
  [Role.SYSTEM_ADMIN]: '系统管理员',
  [Role.SECURITY_ADMIN]: '安全管理员',
  [Role.AUDIT_ADMIN]: '审计管理员',
};
