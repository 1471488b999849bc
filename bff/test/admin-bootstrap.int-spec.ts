import { Role } from '@rongtong/shared';
import { join } from 'node:path';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { changeInitialPassword, currentCode, staffLogin, staffStep } from './support/staff';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';
import { runNode, transpiledBff, type ChildResult } from './support/transpiled-bff';

const STDIN_PASSWORD = 'Kq7#vLp2-Wz9mRt4';
const CHANGED_PASSWORD = 'Changed#2026-Mn8x';

/**
 * `npm run admin:bootstrap` as an operator runs it (the CLI as a child process, here the sources transpiled) against
 * the database of a real app, which the first administrator then signs in to through GraphQL.
 */
describe.each(DIALECTS)('the first system administrator from admin:bootstrap (%s)', (dialect) => {
  let cli: string;
  let t: TestApp;

  beforeAll(() => {
    cli = join(transpiledBff(), 'src', 'cli', 'bootstrap-admin.js');
  });

  beforeEach(async () => {
    t = await createTestApp({ dialect, seed: false });
  });

  afterEach(async () => {
    await t?.close();
  });

  function bootstrap(args: readonly string[], stdin?: string): Promise<ChildResult> {
    return runNode(cli, args, { NODE_ENV: 'test', DATABASE_URL: t.config.databaseUrl, LOG_LEVEL: 'warn' }, stdin);
  }

  function administrators(): Promise<UserAccountEntity[]> {
    return t.dataSource.manager.find(UserAccountEntity, { where: { role: Role.SYSTEM_ADMIN } });
  }

  it('creates one SYSTEM_ADMIN with a one-time password, refuses a second run, and its first login changes the password then enrols TOTP', async () => {
    const withoutName = await bootstrap([]);
    expect(withoutName.code).toBe(1);
    expect(withoutName.stderr).toContain('创建系统管理员失败：请给出用户名');

    const created = await bootstrap(['first.admin', '首任系统管理员']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('已创建系统管理员 first.admin（首任系统管理员）');
    const password = /初始密码：(\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(password).toMatch(/^\S{16}$/);

    const again = await bootstrap(['second.admin', '--password-stdin'], `${STDIN_PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在系统管理员，不能再次初始化');
    const [admin, ...others] = await administrators();
    expect(others).toEqual([]);
    expect(admin).toMatchObject({ username: 'first.admin', displayName: '首任系统管理员', mustChangePassword: true, totpSecretCipher: null, enabled: true });
    expect(admin?.passwordHash).not.toContain(password);

    const audit = await t.dataSource.manager.find(AuditLogEntity, { where: { targetId: admin?.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: 'STAFF_ACCOUNT_CREATED', result: 'SUCCESS', actorId: null, actorRole: null, userAgent: 'npm run admin:bootstrap' }),
    ]);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({ role: 'SYSTEM_ADMIN', channel: 'ADMIN_BOOTSTRAP' });
    expect(await t.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });

    // First login: the password proves nothing more than the right to change it …
    const first = (await staffLogin(t, 'first.admin', password)).data?.staffLogin;
    expect(first).toMatchObject({ step: 'PASSWORD_CHANGE_REQUIRED', auth: null });
    const skipped = await staffStep(t, 'staffConfirmTotpEnrollment', first?.challengeToken ?? '', '123456');
    expect(skipped.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // … then the new password leads to the TOTP enrolment, still without a session …
    const changed = (await changeInitialPassword(t, first?.challengeToken ?? '', CHANGED_PASSWORD)).data?.staffChangeInitialPassword;
    expect(changed).toMatchObject({ step: 'TOTP_ENROLLMENT_REQUIRED', auth: null });
    const secret = changed?.totpEnrollment?.secret ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // … and only a confirmed authenticator ends the login.
    const enrolled = (await staffStep(t, 'staffConfirmTotpEnrollment', changed?.challengeToken ?? '', currentCode(secret))).data?.staffConfirmTotpEnrollment;
    expect(enrolled).toMatchObject({ step: 'DONE', auth: { me: { role: 'SYSTEM_ADMIN', mustChangePassword: false, totpEnabled: true } } });

    const next = (await staffLogin(t, 'first.admin', CHANGED_PASSWORD)).data?.staffLogin;
    expect(next).toMatchObject({ step: 'TOTP_REQUIRED', auth: null });
    expect((await staffLogin(t, 'first.admin', password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('takes the initial password from stdin (never from an argument), refusing one the password policy refuses', async () => {
    const inArgs = await bootstrap(['first.admin', '--password', STDIN_PASSWORD]);
    expect(inArgs.code).toBe(1);
    expect(inArgs.stderr).toContain('不接受命令行中的密码');

    const weak = await bootstrap(['first.admin', '--password-stdin'], 'password\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('初始密码不符合要求');
    const badName = await bootstrap(['Admin!', '--password-stdin'], `${STDIN_PASSWORD}\n`);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain('用户名须为 3–32 位小写字母');
    expect(await administrators()).toEqual([]);

    const created = await bootstrap(['first.admin', '--password-stdin'], `${STDIN_PASSWORD}\n`);
    expect(created.code).toBe(0);
    expect(created.stdout).not.toContain(STDIN_PASSWORD);
    expect((await staffLogin(t, 'first.admin', STDIN_PASSWORD)).data?.staffLogin).toMatchObject({ step: 'PASSWORD_CHANGE_REQUIRED' });
  });
});
