import { Role } from '@rongtong/shared';
import { FieldCipher } from '../src/infra/crypto/field-cipher';
import { seedId } from '../src/infra/database/deterministic-id';
import { USER_ACCOUNT_FIELDS } from '../src/modules/accounts/user-account-fields';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { SOURCE_FREE_FAILURES } from '../src/core-modules/auth/staff/lockout-policy';
import { StaffLoginSourceEntity } from '../src/core-modules/auth/staff/staff-login-source.entity';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/seed/data/accounts';
import { errorCode, gqlAs, signedInUser, TEST_INSTITUTION_ID } from './support/auth';
import { loginRowCounts } from './support/identity';
import { everyStoredValue } from './support/personal-data';
import { changeInitialPassword, currentCode, signInStaff, staffLogin, staffStep, wrongCode } from './support/staff';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const ME = '{ me { id role mustChangePassword totpEnabled institution { id } } }';
const CREATE = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { initialPassword account { id username mustChangePassword } }
}`;

async function auditCount(t: TestApp, action: string, actorId?: string): Promise<number> {
  const where = actorId ? ` AND actor_id = '${actorId}'` : '';
  const rows = (await t.dataSource.query(`SELECT COUNT(*) AS n FROM audit_logs WHERE action = '${action}'${where}`)) as Array<{ n: number | string }>;
  return Number(rows[0]?.n);
}

describe.each(DIALECTS)('staff login (%s)', (dialect) => {
  let t: TestApp;
  const issuedSecrets: string[] = [DEMO_TOTP_SECRET];

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('the operator, with the demo TOTP secret', () => {
    let firstCode = '';

    it('asks for the TOTP code after the password, then signs in', async () => {
      const login = await staffLogin(t, 'operator', DEMO_PASSWORD);
      expect(login.data?.staffLogin).toMatchObject({ step: 'TOTP_REQUIRED', auth: null, totpEnrollment: null });
      const challenge = login.data?.staffLogin.challengeToken ?? '';
      expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      firstCode = currentCode(DEMO_TOTP_SECRET);
      const verified = await staffStep(t, 'staffVerifyTotp', challenge, firstCode);
      const result = verified.data?.staffVerifyTotp;
      expect(result?.step).toBe('DONE');
      expect(result?.auth?.me).toMatchObject({ role: 'OPERATOR', totpEnabled: true, mustChangePassword: false });
      const me = await gqlAs<{ me: { role: string } }>(t, result?.auth?.accessToken ?? null, ME);
      expect(me.data?.me.role).toBe('OPERATOR');
      expect(await auditCount(t, 'LOGIN', seedId('account', 'operator'))).toBe(1);
    });

    it('refuses a TOTP code that was already used, and signs nobody in', async () => {
      const challenge = (await staffLogin(t, 'operator', DEMO_PASSWORD)).data?.staffLogin.challengeToken ?? '';
      const before = await loginRowCounts(t.dataSource);
      const replay = await staffStep(t, 'staffVerifyTotp', challenge, firstCode);
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');
      expect(replay.errors?.[0]?.message).toBe('该动态验证码已使用过，请等待身份验证器显示新的验证码');
      expect(await loginRowCounts(t.dataSource)).toEqual(before);
    });

    it('refuses a wrong TOTP code and audits it', async () => {
      const challenge = (await staffLogin(t, 'operator', DEMO_PASSWORD)).data?.staffLogin.challengeToken ?? '';
      const before = await loginRowCounts(t.dataSource);
      const failures = await auditCount(t, 'TOTP_FAILED');
      const wrong = await staffStep(t, 'staffVerifyTotp', challenge, wrongCode(DEMO_TOTP_SECRET));
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]?.message).toBe('动态验证码错误，请核对身份验证器中的 6 位数字');
      expect(await loginRowCounts(t.dataSource)).toEqual(before);
      expect(await auditCount(t, 'TOTP_FAILED')).toBe(failures + 1);
    });

    it('does not accept a challenge token for another step or a made-up one', async () => {
      const challenge = (await staffLogin(t, 'operator', DEMO_PASSWORD)).data?.staffLogin.challengeToken ?? '';
      const wrongStep = await changeInitialPassword(t, challenge, 'Another#Passw0rd');
      expect(errorCode(wrongStep)).toBe('UNAUTHENTICATED');
      expect(errorCode(await staffStep(t, 'staffVerifyTotp', 'made-up-token', '123456'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('lockout', () => {
    it('counts wrong passwords, then makes the address wait, answering even the right password like a wrong one', async () => {
      const user = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { username: 'gov-officer' });
      const before = await loginRowCounts(t.dataSource);
      for (let attempt = 1; attempt <= SOURCE_FREE_FAILURES + 1; attempt += 1) {
        const response = await staffLogin(t, 'gov-officer', `Wrong#Password${attempt}`);
        expect(errorCode(response)).toBe('UNAUTHENTICATED');
        expect(response.errors?.[0]?.message).toBe('用户名或密码错误');
      }
      const rightPassword = await staffLogin(t, 'gov-officer', DEMO_PASSWORD);
      expect(errorCode(rightPassword)).toBe('UNAUTHENTICATED');
      expect(rightPassword.errors?.[0]?.message).toBe('用户名或密码错误');
      expect(rightPassword.errors?.[0]?.extensions?.lockedUntil).toBeUndefined();
      expect(await loginRowCounts(t.dataSource)).toEqual(before);
      const stored = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { id: user.id });
      expect(stored).toMatchObject({ failedLoginCount: SOURCE_FREE_FAILURES + 1, lockedUntil: null });
      expect(await auditCount(t, 'LOGIN_FAILED', user.id)).toBe(SOURCE_FREE_FAILURES + 2);
    });

    it('lets the account in once the wait has run out, and the completed login resets the counts', async () => {
      const user = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { username: 'gov-officer' });
      await t.dataSource.manager.update(StaffLoginSourceEntity, { accountId: user.id }, { blockedUntil: new Date(Date.now() - 1000) });
      const response = await staffLogin(t, 'gov-officer', DEMO_PASSWORD);
      expect(response.data?.staffLogin.step).toBe('DONE');
      const stored = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { id: user.id });
      expect(stored).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
      expect(await t.dataSource.manager.countBy(StaffLoginSourceEntity, { accountId: user.id })).toBe(0);
    });

    it('answers unknown users and enterprise users exactly like a wrong password', async () => {
      for (const [username, password] of [
        ['nobody-here', DEMO_PASSWORD],
        ['demo-enterprise', DEMO_PASSWORD],
      ]) {
        const response = await staffLogin(t, username, password);
        expect(errorCode(response)).toBe('UNAUTHENTICATED');
        expect(response.errors?.[0]?.message).toBe('用户名或密码错误');
      }
    });
  });

  describe('a new account', () => {
    it('must change its initial password before anything else', async () => {
      const operator = await signedInUser(t, { role: Role.OPERATOR });
      const created = await gqlAs<{ createStaffAccount: { initialPassword: string; account: { id: string; mustChangePassword: boolean } } }>(
        t,
        operator.tokens.accessToken,
        CREATE,
        { input: { username: 'zhang.wei', displayName: '张伟', role: 'INSTITUTION_STAFF', permissions: ['REVIEWER'], institutionId: TEST_INSTITUTION_ID } },
      );
      const { initialPassword, account } = created.data?.createStaffAccount ?? { initialPassword: '', account: null };
      expect(account?.mustChangePassword).toBe(true);
      expect(initialPassword).toHaveLength(16);

      const login = await staffLogin(t, 'zhang.wei', initialPassword);
      expect(login.data?.staffLogin).toMatchObject({ step: 'PASSWORD_CHANGE_REQUIRED', auth: null });
      const challenge = login.data?.staffLogin.challengeToken ?? '';

      const before = await loginRowCounts(t.dataSource);
      const weak = await changeInitialPassword(t, challenge, 'short1A');
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0]?.extensions?.fields).toEqual([{ field: 'newPassword', message: '密码至少 10 位' }]);
      const withName = await changeInitialPassword(t, challenge, 'Zhang.Wei#2026');
      expect(withName.errors?.[0]?.extensions?.fields).toEqual([{ field: 'newPassword', message: '密码不能包含用户名' }]);
      const same = await changeInitialPassword(t, challenge, initialPassword);
      expect(same.errors?.[0]?.extensions?.fields).toEqual([{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
      expect(await loginRowCounts(t.dataSource)).toEqual(before);

      const changed = await changeInitialPassword(t, challenge, 'Fuyang#Review2026');
      expect(changed.data?.staffChangeInitialPassword.step).toBe('DONE');
      expect(changed.data?.staffChangeInitialPassword.auth?.me.mustChangePassword).toBe(false);
      expect(errorCode(await changeInitialPassword(t, challenge, 'Fuyang#Review2027'))).toBe('UNAUTHENTICATED');

      expect(errorCode(await staffLogin(t, 'zhang.wei', initialPassword))).toBe('UNAUTHENTICATED');
      expect((await staffLogin(t, 'zhang.wei', 'Fuyang#Review2026')).data?.staffLogin.step).toBe('DONE');
      expect(await auditCount(t, 'PASSWORD_CHANGED', account?.id)).toBe(1);
    });

    it('enrols an authenticator for a new operator: QR code, confirmation, encrypted secret', async () => {
      const admin = await signedInUser(t, { role: Role.SYSTEM_ADMIN });
      const created = await gqlAs<{ createStaffAccount: { initialPassword: string; account: { id: string } } }>(
        t,
        admin.tokens.accessToken,
        CREATE,
        { input: { username: 'li.na', displayName: '李娜', role: 'OPERATOR' } },
      );
      const { initialPassword, account } = created.data?.createStaffAccount ?? { initialPassword: '', account: { id: '' } };
      const first = (await staffLogin(t, 'li.na', initialPassword)).data?.staffLogin;
      const changed = (await changeInitialPassword(t, first?.challengeToken ?? '', 'Operator#Li2026')).data?.staffChangeInitialPassword;
      expect(changed?.step).toBe('TOTP_ENROLLMENT_REQUIRED');
      const enrollment = changed?.totpEnrollment;
      expect(enrollment?.secret).toMatch(/^[A-Z2-7]{32}$/);
      issuedSecrets.push(enrollment?.secret ?? '');
      expect(decodeURIComponent(enrollment?.otpauthUrl ?? '')).toContain(`otpauth://totp/融通:li.na?secret=${enrollment?.secret}&issuer=融通`);
      expect(enrollment?.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);

      const secret = enrollment?.secret ?? '';
      const challenge = changed?.challengeToken ?? '';
      expect(errorCode(await staffStep(t, 'staffConfirmTotpEnrollment', challenge, wrongCode(secret)))).toBe('UNAUTHENTICATED');
      const confirmed = (await staffStep(t, 'staffConfirmTotpEnrollment', challenge, currentCode(secret))).data?.staffConfirmTotpEnrollment;
      expect(confirmed?.step).toBe('DONE');
      expect(confirmed?.auth?.me.totpEnabled).toBe(true);

      const stored = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { id: account.id });
      expect(stored.totpSecretCipher).not.toContain(secret);
      expect(t.app.get(FieldCipher).open(USER_ACCOUNT_FIELDS.totpSecret, stored)).toBe(secret);
      expect(await auditCount(t, 'TOTP_ENROLLED', account.id)).toBe(1);
    });
  });

  describe('changePassword', () => {
    it('checks the current password, applies the policy and ends every session of the account', async () => {
      const token = await signInStaff(t, 'yinghuai-product', DEMO_PASSWORD);
      const mutation = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
      const wrong = await gqlAs(t, token, mutation, { c: 'Not#ThePassword1', n: 'Product#Fy2026x' });
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual([{ field: 'currentPassword', message: '当前密码不正确' }]);
      const weak = await gqlAs(t, token, mutation, { c: DEMO_PASSWORD, n: 'alllowercase' });
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      const done = await gqlAs<{ changePassword: boolean }>(t, token, mutation, { c: DEMO_PASSWORD, n: 'Product#Fy2026x' });
      expect(done.data?.changePassword).toBe(true);
      expect(errorCode(await gqlAs(t, token, ME))).toBe('UNAUTHENTICATED');
      expect((await staffLogin(t, 'yinghuai-product', 'Product#Fy2026x')).data?.staffLogin.step).toBe('DONE');
    });

    it('is for staff only', async () => {
      const enterprise = await signedInUser(t, { role: Role.ENTERPRISE });
      const response = await gqlAs(t, enterprise.tokens.accessToken, 'mutation { changePassword(currentPassword: "a", newPassword: "b") }');
      expect(errorCode(response)).toBe('FORBIDDEN');
    });
  });

  describe('afterwards', () => {
    it('keeps TOTP secrets out of every table and the log', async () => {
      expect(issuedSecrets).toHaveLength(2);
      const stored = (await everyStoredValue(t)).join('\n');
      const log = JSON.stringify(t.logs);
      for (const secret of issuedSecrets) {
        expect(stored.includes(secret)).toBe(false);
        expect(log.includes(secret)).toBe(false);
      }
    });
  });
});
