import { Role } from '@rongtong/shared';
import type { AuthUser } from '../auth-user';
import { listingScope, mayManage, securityResetRefusal } from './staff-account-policy';

const BANK_A = 'bank-a';
const BANK_B = 'bank-b';

function caller(role: Role, permissions: string[] = [], institutionId: string | null = null): AuthUser {
  return { userId: 'caller', role, permissions, institutionId, activeEnterpriseId: null, sessionId: 'session' };
}

const staffOf = (institutionId: string) => ({ role: Role.INSTITUTION_STAFF, institutionId });
const plain = (role: Role) => ({ role, institutionId: null });

describe('staff account policy', () => {
  it('lets only the system administrator manage the three administrators', () => {
    for (const admin of [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN]) {
      expect(mayManage(caller(Role.SYSTEM_ADMIN), plain(admin))).toBe(true);
      expect(mayManage(caller(Role.OPERATOR), plain(admin))).toBe(false);
      expect(mayManage(caller(Role.SECURITY_ADMIN), plain(admin))).toBe(false);
      expect(mayManage(caller(Role.INSTITUTION_STAFF, ['INSTITUTION_ADMIN'], BANK_A), plain(admin))).toBe(false);
    }
  });

  it('lets operators manage institution staff, government officers and operators', () => {
    expect(mayManage(caller(Role.OPERATOR), staffOf(BANK_B))).toBe(true);
    expect(mayManage(caller(Role.OPERATOR), plain(Role.GOV_OFFICER))).toBe(true);
    expect(mayManage(caller(Role.OPERATOR), plain(Role.OPERATOR))).toBe(true);
  });

  it('confines an institution administrator to its own institution staff', () => {
    const admin = caller(Role.INSTITUTION_STAFF, ['INSTITUTION_ADMIN'], BANK_A);
    expect(mayManage(admin, staffOf(BANK_A))).toBe(true);
    expect(mayManage(admin, staffOf(BANK_B))).toBe(false);
    expect(mayManage(admin, plain(Role.GOV_OFFICER))).toBe(false);
    expect(mayManage(admin, plain(Role.OPERATOR))).toBe(false);
    expect(mayManage(caller(Role.INSTITUTION_STAFF, ['REVIEWER'], BANK_A), staffOf(BANK_A))).toBe(false);
  });

  it('never manages enterprise users, and the other roles manage nothing', () => {
    expect(mayManage(caller(Role.SYSTEM_ADMIN), plain(Role.ENTERPRISE))).toBe(false);
    for (const role of [Role.ENTERPRISE, Role.GOV_OFFICER, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN]) {
      expect(mayManage(caller(role), staffOf(BANK_A))).toBe(false);
    }
  });

  it('scopes listings', () => {
    expect(listingScope(caller(Role.OPERATOR), null)).toEqual({ institutionId: null });
    expect(listingScope(caller(Role.SYSTEM_ADMIN), BANK_B)).toEqual({ institutionId: BANK_B });
    expect(listingScope(caller(Role.SECURITY_ADMIN), null)).toEqual({ institutionId: null });
    expect(listingScope(caller(Role.AUDIT_ADMIN), null)).toBe('FORBIDDEN');
    const admin = caller(Role.INSTITUTION_STAFF, ['INSTITUTION_ADMIN'], BANK_A);
    expect(listingScope(admin, null)).toEqual({ institutionId: BANK_A });
    expect(listingScope(admin, BANK_A)).toEqual({ institutionId: BANK_A });
    expect(listingScope(admin, BANK_B)).toBe('FORBIDDEN');
    expect(listingScope(caller(Role.INSTITUTION_STAFF, ['REVIEWER'], BANK_A), null)).toBe('FORBIDDEN');
  });

  it('lets only a security administrator unlock or reset, never their own account or one they created', () => {
    const other = { id: 'someone', createdBy: 'sys-admin' };
    expect(securityResetRefusal(caller(Role.SECURITY_ADMIN), other)).toBeNull();
    expect(securityResetRefusal(caller(Role.SECURITY_ADMIN), { id: 'someone', createdBy: null })).toBeNull();
    expect(securityResetRefusal(caller(Role.SECURITY_ADMIN), { id: 'caller', createdBy: null })).toBe('不能解锁或重置自己的账号，请联系其他安全管理员');
    expect(securityResetRefusal(caller(Role.SECURITY_ADMIN), { id: 'someone', createdBy: 'caller' })).toBe('不能解锁或重置自己创建的账号，请联系其他安全管理员');
    for (const role of [Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN, Role.OPERATOR, Role.INSTITUTION_STAFF, Role.GOV_OFFICER, Role.ENTERPRISE]) {
      expect(securityResetRefusal(caller(role), other)).toBe('只有安全管理员可以解锁账号或重置动态验证码');
    }
  });
});
