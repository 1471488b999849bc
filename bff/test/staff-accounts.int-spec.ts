import { Role } from '@rongtong/shared';
import { InstitutionEntity } from '../src/modules/institutions/institution.entity';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { errorCode, gqlAs, signedInUser, TEST_INSTITUTION_ID } from './support/auth';
import { staffLogin } from './support/staff';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const LIST = 'query($i: ID) { staffAccounts(institutionId: $i) { id username role permissions enabled institution { id } } }';
const CREATE = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { initialPassword account { id username role permissions mustChangePassword institution { id } } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateStaffAccountInput!) {
  updateStaffAccount(id: $id, input: $input) { id displayName permissions enabled }
}`;

interface StaffRow {
  id: string;
  username: string;
  role: string;
  permissions: string[];
  institution: { id: string } | null;
}

describe.each(DIALECTS)('staff account management (%s)', (dialect) => {
  let t: TestApp;
  let otherInstitutionId: string;
  let operatorToken: string;
  let systemAdminToken: string;
  let bankAdmin: { userId: string; token: string };

  async function userCount(): Promise<number> {
    return t.dataSource.manager.count(UserAccountEntity);
  }

  async function create(token: string, input: Record<string, unknown>) {
    return gqlAs<{ createStaffAccount: { initialPassword: string; account: StaffRow } }>(t, token, CREATE, { input });
  }

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    const other = await t.dataSource.manager.findOneByOrFail(InstitutionEntity, { name: '皖北城市商业银行股份有限公司阜阳分行' });
    otherInstitutionId = other.id;
    operatorToken = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
    systemAdminToken = (await signedInUser(t, { role: Role.SYSTEM_ADMIN })).tokens.accessToken;
    const admin = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['INSTITUTION_ADMIN'] });
    bankAdmin = { userId: admin.userId, token: admin.tokens.accessToken };
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists every staff account for operators, and no enterprise users', async () => {
    const response = await gqlAs<{ staffAccounts: StaffRow[] }>(t, operatorToken, LIST);
    const usernames = response.data?.staffAccounts.map((account) => account.username) ?? [];
    expect(usernames).toEqual(expect.arrayContaining(['operator', 'sys-admin', 'yinghuai-admin', 'gov-officer']));
    expect(usernames).not.toContain('demo-enterprise');
  });

  it('lets an institution administrator see only its own institution', async () => {
    const own = await gqlAs<{ staffAccounts: StaffRow[] }>(t, bankAdmin.token, LIST);
    const institutions = new Set(own.data?.staffAccounts.map((account) => account.institution?.id));
    expect([...institutions]).toEqual([TEST_INSTITUTION_ID]);
    const other = await gqlAs(t, bankAdmin.token, LIST, { i: otherInstitutionId });
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it('lets an institution administrator create staff of its own institution', async () => {
    const response = await create(bankAdmin.token, { username: 'wang.fang', displayName: '王芳', role: 'INSTITUTION_STAFF', permissions: ['PRODUCT_MANAGER'] });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createStaffAccount.account).toMatchObject({
      username: 'wang.fang',
      role: 'INSTITUTION_STAFF',
      permissions: ['PRODUCT_MANAGER'],
      mustChangePassword: true,
      institution: { id: TEST_INSTITUTION_ID },
    });
  });

  it('stops an institution administrator at its own institution (IDOR) and at other roles', async () => {
    const foreign = await create(operatorToken, {
      username: 'zhao.lei',
      displayName: '赵磊',
      role: 'INSTITUTION_STAFF',
      permissions: ['REVIEWER'],
      institutionId: otherInstitutionId,
    });
    const foreignId = foreign.data?.createStaffAccount.account.id ?? '';
    const before = await userCount();

    expect(errorCode(await gqlAs(t, bankAdmin.token, UPDATE, { id: foreignId, input: { enabled: false } }))).toBe('FORBIDDEN');
    expect(errorCode(await gqlAs(t, bankAdmin.token, UPDATE, { id: foreignId, input: { permissions: ['INSTITUTION_ADMIN'] } }))).toBe('FORBIDDEN');
    const intoOther = await create(bankAdmin.token, {
      username: 'sun.li',
      displayName: '孙丽',
      role: 'INSTITUTION_STAFF',
      permissions: ['REVIEWER'],
      institutionId: otherInstitutionId,
    });
    expect(errorCode(intoOther)).toBe('FORBIDDEN');
    expect(errorCode(await create(bankAdmin.token, { username: 'gov.two', displayName: '政府二', role: 'GOV_OFFICER' }))).toBe('FORBIDDEN');
    expect(errorCode(await create(bankAdmin.token, { username: 'root.two', displayName: '管理员二', role: 'SYSTEM_ADMIN' }))).toBe('FORBIDDEN');
    const self = await gqlAs(t, bankAdmin.token, UPDATE, { id: bankAdmin.userId, input: { permissions: ['INSTITUTION_ADMIN', 'REVIEWER'] } });
    expect(errorCode(self)).toBe('FORBIDDEN');

    expect(await userCount()).toBe(before);
    const untouched = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { id: foreignId });
    expect(untouched).toMatchObject({ enabled: true, permissions: ['REVIEWER'] });
  });

  it('keeps institution staff without INSTITUTION_ADMIN out entirely', async () => {
    const reviewer = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['REVIEWER'] });
    expect(errorCode(await gqlAs(t, reviewer.tokens.accessToken, LIST))).toBe('FORBIDDEN');
    const response = await create(reviewer.tokens.accessToken, { username: 'x.user', displayName: '某人', role: 'INSTITUTION_STAFF', permissions: ['REVIEWER'] });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('lets only the system administrator create the three administrators', async () => {
    const before = await userCount();
    for (const role of ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN']) {
      const byOperator = await create(operatorToken, { username: `op.${role.toLowerCase().replace('_', '-')}`, displayName: '越权', role });
      expect(errorCode(byOperator)).toBe('FORBIDDEN');
    }
    expect(await userCount()).toBe(before);
    const bySystemAdmin = await create(systemAdminToken, { username: 'chen.jing', displayName: '陈静', role: 'SECURITY_ADMIN' });
    expect(bySystemAdmin.data?.createStaffAccount.account).toMatchObject({ role: 'SECURITY_ADMIN', permissions: [], institution: null });
    expect(await userCount()).toBe(before + 1);
  });

  it('rejects bad input field by field and changes nothing', async () => {
    const before = await userCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ username: 'Bad Name', displayName: '甲', role: 'GOV_OFFICER' }, 'input.username'],
      [{ username: 'operator', displayName: '重名', role: 'GOV_OFFICER' }, 'input.username'],
      [{ username: 'ent.user', displayName: '企业', role: 'ENTERPRISE' }, 'input.role'],
      [{ username: 'no.bank', displayName: '无机构', role: 'INSTITUTION_STAFF', permissions: ['REVIEWER'] }, 'input.institutionId'],
      [{ username: 'no.perm', displayName: '无权限', role: 'INSTITUTION_STAFF', permissions: [], institutionId: TEST_INSTITUTION_ID }, 'input.permissions'],
      [{ username: 'odd.perm', displayName: '怪权限', role: 'INSTITUTION_STAFF', permissions: ['ROOT'], institutionId: TEST_INSTITUTION_ID }, 'input.permissions'],
      [{ username: 'gov.perm', displayName: '政府', role: 'GOV_OFFICER', permissions: ['REVIEWER'] }, 'input.permissions'],
    ];
    for (const [input, field] of cases) {
      const response = await create(operatorToken, input);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(field);
    }
    expect(await userCount()).toBe(before);
  });

  it('changes permissions (ROLE_CHANGED) and disables an account, ending its sessions', async () => {
    const created = await create(operatorToken, {
      username: 'liu.yang',
      displayName: '刘洋',
      role: 'INSTITUTION_STAFF',
      permissions: ['REVIEWER'],
      institutionId: TEST_INSTITUTION_ID,
    });
    const id = created.data?.createStaffAccount.account.id ?? '';
    const changed = await gqlAs<{ updateStaffAccount: { permissions: string[] } }>(t, bankAdmin.token, UPDATE, {
      id,
      input: { permissions: ['REVIEWER', 'PRODUCT_MANAGER'], displayName: '刘洋（审批）' },
    });
    expect(changed.data?.updateStaffAccount.permissions).toEqual(['REVIEWER', 'PRODUCT_MANAGER']);
    const roleChanges = (await t.dataSource.query(`SELECT detail FROM audit_logs WHERE action = 'ROLE_CHANGED' AND target_id = '${id}'`)) as Array<{
      detail: string;
    }>;
    expect(roleChanges.map((row) => JSON.parse(row.detail) as unknown)).toEqual([{ from: 'REVIEWER', to: 'REVIEWER,PRODUCT_MANAGER' }]);

    const worker = await signedInUser(t, { role: Role.GOV_OFFICER });
    const disabled = await gqlAs<{ updateStaffAccount: { enabled: boolean } }>(t, operatorToken, UPDATE, { id: worker.userId, input: { enabled: false } });
    expect(disabled.data?.updateStaffAccount.enabled).toBe(false);
    expect(errorCode(await gqlAs(t, worker.tokens.accessToken, '{ me { id } }'))).toBe('UNAUTHENTICATED');
    const audits = (await t.dataSource.query(`SELECT action FROM audit_logs WHERE target_id = '${worker.userId}' ORDER BY seq`)) as Array<{ action: string }>;
    expect(audits.map((row) => row.action)).toEqual(['STAFF_ACCOUNT_UPDATED', 'STAFF_ACCOUNT_DISABLED']);
  });

  it('refuses the login of a disabled account with its own message', async () => {
    await t.dataSource.manager.update(UserAccountEntity, { username: 'yinghuai-reviewer' }, { enabled: false });
    const response = await staffLogin(t, 'yinghuai-reviewer', 'Rongtong@2026');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('账号已停用，请联系管理员');
  });

  it('answers NOT_FOUND for an id that is no staff account', async () => {
    const enterprise = await signedInUser(t, { role: Role.ENTERPRISE });
    const response = await gqlAs(t, operatorToken, UPDATE, { id: enterprise.userId, input: { enabled: false } });
    expect(errorCode(response)).toBe('NOT_FOUND');
  });
});
