import { Role } from '@rongtong/shared';
import type { AuthUser } from '../auth-user';
import { decideAccess, describeAccessRule, type AccessRule } from './access-rule';

function user(role: Role, permissions: string[] = []): AuthUser {
  return { userId: 'u', role, permissions, institutionId: null, activeEnterpriseId: null, sessionId: 's' };
}

const reviewers: AccessRule = { kind: 'restricted', roles: [], permissions: ['REVIEWER'] };
const staffAdmin: AccessRule = { kind: 'restricted', roles: [Role.OPERATOR, Role.SYSTEM_ADMIN], permissions: ['INSTITUTION_ADMIN'] };

describe('decideAccess', () => {
  it('lets anyone call a public operation and any signed-in user an authenticated one', () => {
    expect(decideAccess({ kind: 'public' }, null)).toBe('ALLOW');
    expect(decideAccess({ kind: 'authenticated' }, null)).toBe('UNAUTHENTICATED');
    expect(decideAccess({ kind: 'authenticated' }, user(Role.ENTERPRISE))).toBe('ALLOW');
  });

  it('asks for a sign-in before judging roles', () => {
    expect(decideAccess(staffAdmin, null)).toBe('UNAUTHENTICATED');
  });

  it('allows a listed role, or institution staff holding one of the permissions', () => {
    expect(decideAccess(staffAdmin, user(Role.OPERATOR))).toBe('ALLOW');
    expect(decideAccess(staffAdmin, user(Role.INSTITUTION_STAFF, ['INSTITUTION_ADMIN']))).toBe('ALLOW');
    expect(decideAccess(staffAdmin, user(Role.INSTITUTION_STAFF, ['REVIEWER']))).toBe('FORBIDDEN');
    expect(decideAccess(staffAdmin, user(Role.AUDIT_ADMIN))).toBe('FORBIDDEN');
    expect(decideAccess(reviewers, user(Role.INSTITUTION_STAFF, ['PRODUCT_MANAGER', 'REVIEWER']))).toBe('ALLOW');
  });

  it('grants permissions only to institution staff', () => {
    expect(decideAccess(reviewers, user(Role.GOV_OFFICER, ['REVIEWER']))).toBe('FORBIDDEN');
  });
});

describe('describeAccessRule', () => {
  it('writes the snapshot form', () => {
    expect(describeAccessRule({ kind: 'public' })).toBe('public');
    expect(describeAccessRule({ kind: 'authenticated' })).toBe('authenticated');
    expect(describeAccessRule(staffAdmin)).toBe('roles:OPERATOR,SYSTEM_ADMIN permissions:INSTITUTION_ADMIN');
    expect(describeAccessRule(reviewers)).toBe('permissions:REVIEWER');
    expect(describeAccessRule(undefined)).toBe('UNDECLARED');
  });
});
