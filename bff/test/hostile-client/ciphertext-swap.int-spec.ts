import { Role } from '@rongtong/shared';
import request from 'supertest';
import { hashPassword } from '../../src/infra/crypto/password';
import { SessionEntity } from '../../src/core-modules/auth/sessions/session.entity';
import { createUser } from '../support/auth';
import { currentCode, staffLogin, staffStep } from '../support/staff';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * Someone who can write to the database but holds no key (a leaked application account, an SQL injection
 * elsewhere, a careless operator) moves encrypted values around: they copy the TOTP secret of their own account,
 * or the one offered to them during their own enrolment, into an administrator's row. If the tag does not cover
 * the value's place, the administrator's second factor becomes theirs. Bound values refuse to decrypt anywhere but
 * where they were written: the login fails with an internal error carrying a correlation id, the log says which
 * place failed (never the value), no session is issued and the BFF keeps serving.
 */
const PASSWORD = 'Swap#Test2026';
const ADMIN_SECRET = 'JBSWY3DPEHPK3PXP';
const ATTACKER_SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSNFXGO5DF';

async function totpSecretCipherOf(t: TestApp, userId: string): Promise<string> {
  const rows = (await t.dataSource.query('SELECT totp_secret_cipher AS value FROM user_accounts WHERE id = ?', [userId])) as Array<{ value: string }>;
  return rows[0]?.value ?? '';
}

async function setTotpSecretCipher(t: TestApp, userId: string, value: string): Promise<void> {
  await t.dataSource.query('UPDATE user_accounts SET totp_secret_cipher = ? WHERE id = ?', [value, userId]);
}

/** Password, then a code of `secret`: the GraphQL answer of the second step. */
async function logInWith(t: TestApp, username: string, secret: string) {
  const first = await staffLogin(t, username, PASSWORD);
  expect(first.data?.staffLogin.step).toBe('TOTP_REQUIRED');
  return staffStep(t, 'staffVerifyTotp', first.data?.staffLogin.challengeToken ?? '', currentCode(secret));
}

async function sessionCount(t: TestApp, userId: string): Promise<number> {
  return t.dataSource.getRepository(SessionEntity).countBy({ userId });
}

describe.each(DIALECTS)('hostile client: encrypted values moved between rows (%s)', (dialect) => {
  let t: TestApp;
  let adminId: string;
  let attackerId: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
    const passwordHash = await hashPassword(PASSWORD, 1000);
    adminId = await createUser(t, { role: Role.SYSTEM_ADMIN, username: 'swap-admin', passwordHash, totpSecret: ADMIN_SECRET });
    attackerId = await createUser(t, { role: Role.OPERATOR, username: 'swap-attacker', passwordHash, totpSecret: ATTACKER_SECRET });
  });

  afterAll(async () => {
    await t?.close();
  });

  function expectRefusedAndLogged(response: Awaited<ReturnType<typeof logInWith>>, userId: string): void {
    const error = response.errors?.[0];
    expect(response.data?.staffVerifyTotp ?? null).toBeNull();
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).not.toMatch(/tag|cipher|user_accounts/i);
    const line = t.logs.find((entry) => entry.correlationId === error?.extensions?.correlationId);
    expect(line?.err).toMatchObject({ type: 'FieldCipherError', message: `tag mismatch at user_accounts.totp_secret_cipher row ${userId}` });
  }

  it('refuses the swapped TOTP secrets of two accounts, with either code, and issues no session', async () => {
    const adminCipher = await totpSecretCipherOf(t, adminId);
    const attackerCipher = await totpSecretCipherOf(t, attackerId);
    await setTotpSecretCipher(t, adminId, attackerCipher);
    await setTotpSecretCipher(t, attackerId, adminCipher);

    expectRefusedAndLogged(await logInWith(t, 'swap-admin', ATTACKER_SECRET), adminId);
    expectRefusedAndLogged(await logInWith(t, 'swap-admin', ADMIN_SECRET), adminId);
    expectRefusedAndLogged(await logInWith(t, 'swap-attacker', ADMIN_SECRET), attackerId);
    expect(await sessionCount(t, adminId)).toBe(0);
    expect(await sessionCount(t, attackerId)).toBe(0);
    expect((await request(t.http).get('/healthz')).status).toBe(200);
    const logged = JSON.stringify(t.logs);
    for (const secret of [ADMIN_SECRET, ATTACKER_SECRET]) expect(logged).not.toContain(secret);

    // Put back where they were written, the same values work again: nothing was damaged, only moved.
    await setTotpSecretCipher(t, adminId, adminCipher);
    await setTotpSecretCipher(t, attackerId, attackerCipher);
    expect((await logInWith(t, 'swap-admin', ADMIN_SECRET)).data?.staffVerifyTotp.step).toBe('DONE');
  });

  it('refuses a secret offered during another enrolment when it is copied into an account row', async () => {
    const passwordHash = await hashPassword(PASSWORD, 1000);
    const enrolling = await createUser(t, { role: Role.OPERATOR, username: 'swap-enrolling', passwordHash });
    const started = await staffLogin(t, 'swap-enrolling', PASSWORD);
    expect(started.data?.staffLogin.step).toBe('TOTP_ENROLLMENT_REQUIRED');
    const offered = started.data?.staffLogin.totpEnrollment?.secret ?? '';
    const rows = (await t.dataSource.query(
      'SELECT pending_totp_secret_cipher AS value FROM staff_login_challenges WHERE user_id = ? AND pending_totp_secret_cipher IS NOT NULL',
      [enrolling],
    )) as Array<{ value: string }>;
    expect(rows).toHaveLength(1);

    const sessionsBefore = await sessionCount(t, adminId);
    await setTotpSecretCipher(t, adminId, rows[0]?.value ?? '');
    expectRefusedAndLogged(await logInWith(t, 'swap-admin', offered), adminId);
    expect(await sessionCount(t, adminId)).toBe(sessionsBefore);
  });
});
