import { Role } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock } from '../../src/infra/clock/clock';
import * as password from '../../src/infra/crypto/password';
import { UserAccountEntity } from '../../src/modules/accounts/user-account.entity';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { ACCOUNT_LOCK_THRESHOLD, SOURCE_FREE_FAILURES, SOURCE_MEMORY_MS } from '../../src/core-modules/auth/staff/lockout-policy';
import { StaffLoginSourceEntity } from '../../src/core-modules/auth/staff/staff-login-source.entity';
import { totpCode } from '../../src/core-modules/auth/staff/totp';
import { createUser, errorCode, gqlAs, signedInUser } from '../support/auth';
import { wrongCode } from '../support/staff';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

/**
 * Staff lockout against an attacker (issue 10, item 4): TOTP guessed by re-entering a known password, guesses
 * sent in parallel past a read-then-check, an administrator kept locked out from one address, and a lock that
 * tells real usernames from unknown ones. The app trusts 127.0.0.1 as its proxy, so each request's
 * X-Forwarded-For is the address the lockout sees.
 */
const PASSWORD = 'Lockout#Pass2026';
const LOGIN = 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step challengeToken totpEnrollment { secret } } }';
const VERIFY = 'mutation($c: String!, $code: String!) { staffVerifyTotp(challengeToken: $c, code: $code) { step } }';
const CONFIRM = 'mutation($c: String!, $code: String!) { staffConfirmTotpEnrollment(challengeToken: $c, code: $code) { step } }';
const ACCOUNT_FIELDS = 'id lockedUntil failedLoginCount totpEnabled';
const UNLOCK = `mutation($id: ID!) { unlockStaffAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const RESET_TOTP = `mutation($id: ID!) { resetStaffTotp(id: $id) { ${ACCOUNT_FIELDS} } }`;

interface LoginData {
  staffLogin: { step: string; challengeToken: string | null; totpEnrollment: { secret: string } | null };
}

interface Account {
  id: string;
  username: string;
}

interface EnrolledAccount extends Account {
  secret: string;
}

let addresses = 0;
/** A fresh client address (TEST-NET and private ranges). */
function nextIp(): string {
  addresses += 1;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}


/** The response without its correlation id, for comparing answers. */
function answer(response: GraphqlResponse<unknown>): unknown {
  const errors = response.errors?.map(({ message, extensions }) => {
    const { correlationId: _ignored, ...rest } = extensions ?? {};
    return { message, extensions: rest };
  });
  return { status: response.status, data: response.data ?? null, errors };
}

describe.each(DIALECTS)('hostile client: staff lockout (%s)', (dialect) => {
  let t: TestApp;
  let passwordHash: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect, env: { TRUSTED_PROXIES: '127.0.0.1' } });
    passwordHash = await password.hashPassword(PASSWORD);
  });

  afterAll(async () => {
    await t?.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** The code an authenticator shows in the next 30-second step (by the app's clock): enrolment used the current one. */
  function nextCode(secret: string): string {
    return totpCode(secret, t.app.get(Clock).now().getTime() + 30_000);
  }

  /** Stops the app's clock, so that delays of a second cannot run out while a burst of attempts is sent. */
  function freezeClock(): void {
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(clock.now());
  }

  async function from<T>(ip: string, query: string, variables: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const response = await request(t.http).post('/graphql').set('Content-Type', 'application/json').set('X-Forwarded-For', ip).send({ query, variables });
    const body = (response.body ?? {}) as Omit<GraphqlResponse<T>, 'status' | 'text'>;
    return { status: response.status, text: response.text, ...body };
  }

  function login(ip: string, username: string, secret: string = PASSWORD): Promise<GraphqlResponse<LoginData>> {
    return from<LoginData>(ip, LOGIN, { u: username, p: secret });
  }

  async function staffAccount(role: Role = Role.GOV_OFFICER): Promise<Account> {
    const username = `lock-${randomUUID().slice(0, 8)}`;
    return { id: await createUser(t, { role, username, passwordHash }), username };
  }

  /** An operator who has enrolled an authenticator through the login flow. */
  async function enrolledOperator(): Promise<EnrolledAccount> {
    const account = await staffAccount(Role.OPERATOR);
    const ip = nextIp();
    const first = (await login(ip, account.username)).data?.staffLogin;
    const secret = first?.totpEnrollment?.secret ?? '';
    const confirmed = await from<{ staffConfirmTotpEnrollment: { step: string } }>(ip, CONFIRM, { c: first?.challengeToken, code: totpCode(secret, Date.now()) });
    expect(confirmed.data?.staffConfirmTotpEnrollment.step).toBe('DONE');
    return { ...account, secret };
  }

  async function stored(id: string): Promise<UserAccountEntity> {
    return t.dataSource.manager.findOneByOrFail(UserAccountEntity, { id });
  }

  async function isLocked(id: string): Promise<boolean> {
    const { lockedUntil } = await stored(id);
    return lockedUntil !== null && lockedUntil.getTime() > t.app.get(Clock).now().getTime();
  }

  /** The `reason` of each audit entry of `action` about the account, oldest first. */
  async function auditReasons(id: string, action: string): Promise<string[]> {
    const rows = await t.dataSource.getRepository(AuditLogEntity).find({ where: { targetId: id, action }, order: { seq: 'ASC' } });
    return rows.map((row) => String((JSON.parse(row.detail ?? '{}') as { reason?: string }).reason));
  }

  function count(values: readonly string[], value: string): number {
    return values.filter((candidate) => candidate === value).length;
  }

  it('keeps counting wrong TOTP codes across password re-entries, and locks', async () => {
    const account = await enrolledOperator();
    const perCycle = SOURCE_FREE_FAILURES;
    const cycles = Math.ceil(ACCOUNT_LOCK_THRESHOLD / perCycle);
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      // Each cycle from a new address (a botnet), so only the account-wide count can stop it.
      const ip = nextIp();
      const first = await login(ip, account.username);
      expect(first.data?.staffLogin.step).toBe('TOTP_REQUIRED');
      for (let guess = 0; guess < perCycle; guess += 1) {
        const counted = Math.min((cycle - 1) * perCycle + guess, ACCOUNT_LOCK_THRESHOLD);
        if (counted === ACCOUNT_LOCK_THRESHOLD) break;
        const wrong = await from(ip, VERIFY, { c: first.data?.staffLogin.challengeToken, code: wrongCode(account.secret) });
        expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      }
      // The right password did not reset the count: it rose by every wrong code so far.
      expect((await stored(account.id)).failedLoginCount).toBe(Math.min(cycle * perCycle, ACCOUNT_LOCK_THRESHOLD));
    }
    expect(await isLocked(account.id)).toBe(true);

    // Locked: the right password answers like a wrong one and hands out no challenge for more guesses.
    const ip = nextIp();
    const right = await login(ip, account.username);
    const wrong = await login(ip, account.username, 'Not#ThePassword1');
    expect(right.data?.staffLogin ?? null).toBeNull();
    expect(answer(right)).toEqual(answer(wrong));
    expect(right.errors?.[0]).toMatchObject({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await stored(account.id)).failedLoginCount).toBe(ACCOUNT_LOCK_THRESHOLD);
    expect(count(await auditReasons(account.id, 'TOTP_FAILED'), 'WRONG_CODE')).toBe(ACCOUNT_LOCK_THRESHOLD);
    expect(await auditReasons(account.id, 'ACCOUNT_LOCKED')).toHaveLength(1);
  });

  it('counts 20 parallel wrong guesses exactly once each and lets no more than the threshold through', async () => {
    const exact = await staffAccount();
    const twenty = await Promise.all(Array.from({ length: ACCOUNT_LOCK_THRESHOLD }, () => login(nextIp(), exact.username, 'Wrong#Guess2026')));
    expect(twenty.every((response) => errorCode(response) === 'UNAUTHENTICATED')).toBe(true);
    expect((await stored(exact.id)).failedLoginCount).toBe(ACCOUNT_LOCK_THRESHOLD);
    expect(await isLocked(exact.id)).toBe(true);
    expect(await auditReasons(exact.id, 'ACCOUNT_LOCKED')).toHaveLength(1);

    // Half as many again, in parallel: the threshold holds, the guesses beyond it are turned away uncounted,
    // and afterwards even the right password is.
    const over = await staffAccount();
    const guesses = ACCOUNT_LOCK_THRESHOLD * 1.5;
    await Promise.all(Array.from({ length: guesses }, (_, index) => login(nextIp(), over.username, `Wrong#Guess${index}`)));
    const reasons = await auditReasons(over.id, 'LOGIN_FAILED');
    expect((await stored(over.id)).failedLoginCount).toBe(ACCOUNT_LOCK_THRESHOLD);
    expect(count(reasons, 'BAD_PASSWORD')).toBe(ACCOUNT_LOCK_THRESHOLD);
    expect(count(reasons, 'ACCOUNT_LOCKED')).toBe(guesses - ACCOUNT_LOCK_THRESHOLD);
    expect(errorCode(await login(nextIp(), over.username))).toBe('UNAUTHENTICATED');

    // From one address, parallel guesses stop at the free failures plus the one that starts the delay.
    freezeClock();
    const oneSource = await staffAccount();
    const ip = nextIp();
    await Promise.all(Array.from({ length: 10 }, (_, index) => login(ip, oneSource.username, `Wrong#Guess${index}`)));
    const sourceReasons = await auditReasons(oneSource.id, 'LOGIN_FAILED');
    expect((await stored(oneSource.id)).failedLoginCount).toBe(SOURCE_FREE_FAILURES + 1);
    expect(count(sourceReasons, 'BAD_PASSWORD')).toBe(SOURCE_FREE_FAILURES + 1);
    expect(count(sourceReasons, 'SOURCE_DELAYED')).toBe(10 - SOURCE_FREE_FAILURES - 1);
  });

  it('answers a locked username exactly like an unknown one, through the same password check', async () => {
    const locked = await staffAccount();
    await Promise.all(Array.from({ length: ACCOUNT_LOCK_THRESHOLD }, () => login(nextIp(), locked.username, 'Wrong#Guess2026')));
    expect(await isLocked(locked.id)).toBe(true);
    const open = await staffAccount();

    const verify = jest.spyOn(password, 'verifyPassword');
    const attempts: Array<[string, string]> = [
      [locked.username, PASSWORD],
      [locked.username, 'Wrong#Guess2026'],
      [`nobody-${randomUUID().slice(0, 8)}`, PASSWORD],
      [open.username, 'Wrong#Guess2026'],
    ];
    const answers: unknown[] = [];
    for (const [username, secret] of attempts) {
      verify.mockClear();
      answers.push(answer(await login(nextIp(), username, secret)));
      // One full-cost hash verification each, a decoy's for the unknown name.
      expect(verify).toHaveBeenCalledTimes(1);
      const storedHash = verify.mock.calls[0]?.[1] ?? '';
      expect(storedHash.split('$')[1]).toBe(String(password.PASSWORD_ITERATIONS));
    }
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
    expect(answers[0]).toEqual({ status: 200, data: null, errors: [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }] });

    // The audit log keeps the real reason.
    expect(await auditReasons(locked.id, 'LOGIN_FAILED')).toEqual([...Array<string>(ACCOUNT_LOCK_THRESHOLD).fill('BAD_PASSWORD'), 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
  });

  it('does not stop the staff member on another address while an attacker hammers the username', async () => {
    const account = await enrolledOperator();
    freezeClock();
    const attacker = nextIp();
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect(errorCode(await login(attacker, account.username, `Wrong#Guess${attempt}`))).toBe('UNAUTHENTICATED');
    }
    // The attacker's address now waits; only its first failures counted for the account.
    expect((await stored(account.id)).failedLoginCount).toBe(SOURCE_FREE_FAILURES + 1);

    const office = nextIp();
    const first = await login(office, account.username);
    expect(first.data?.staffLogin.step).toBe('TOTP_REQUIRED');
    const done = await from<{ staffVerifyTotp: { step: string } }>(office, VERIFY, { c: first.data?.staffLogin.challengeToken, code: nextCode(account.secret) });
    expect(done.data?.staffVerifyTotp.step).toBe('DONE');
    expect((await stored(account.id)).failedLoginCount).toBe(0);

    // The completed login forgave its own address, not the attacker's: even the right password waits there.
    const fromAttacker = await login(attacker, account.username);
    expect(answer(fromAttacker)).toEqual(answer(await login(attacker, account.username, 'Wrong#Again1')));
    expect((await auditReasons(account.id, 'LOGIN_FAILED')).slice(-2)).toEqual(['SOURCE_DELAYED', 'SOURCE_DELAYED']);
  });

  it('makes one address wait longer after each further failure, and forgets it once expired', async () => {
    const account = await staffAccount();
    const clock = t.app.get(Clock);
    const start = clock.now().getTime();
    const at = (ms: number) => jest.spyOn(clock, 'now').mockReturnValue(new Date(start + ms));
    const ip = nextIp();
    const failures = async () => (await stored(account.id)).failedLoginCount;

    at(0);
    for (let attempt = 0; attempt <= SOURCE_FREE_FAILURES; attempt += 1) await login(ip, account.username, `Wrong#Guess${attempt}`);
    expect(await failures()).toBe(SOURCE_FREE_FAILURES + 1);
    // 1 s, then 2 s, then 4 s: an attempt inside the wait is refused and not counted, one after it counts.
    let elapsed = 0;
    for (const delay of [1000, 2000, 4000]) {
      at(elapsed + delay - 100);
      const early = await failures();
      await login(ip, account.username, 'Wrong#Early1');
      expect(await failures()).toBe(early);
      elapsed += delay;
      at(elapsed);
      await login(ip, account.username, 'Wrong#Late1');
      expect(await failures()).toBe(early + 1);
    }
    // Even the right password waits (and answers like a wrong one) inside the delay.
    const waiting = await login(ip, account.username);
    expect(errorCode(waiting)).toBe('UNAUTHENTICATED');

    // An hour after the last failure the address starts afresh, and the expired row is pruned.
    at(elapsed + SOURCE_MEMORY_MS + 61_000);
    await login(nextIp(), account.username, 'Wrong#Elsewhere1');
    expect(await t.dataSource.manager.countBy(StaffLoginSourceEntity, { accountId: account.id, source: ip })).toBe(0);
    const fresh = await login(ip, account.username);
    expect(fresh.data?.staffLogin.step).toBe('DONE');
    expect(await failures()).toBe(0);
  });

  it('resets the count only when a login is completed, not on the right password', async () => {
    const account = await enrolledOperator();
    const ip = nextIp();
    await login(ip, account.username, 'Wrong#Guess1');
    const first = await login(ip, account.username);
    expect(first.data?.staffLogin.step).toBe('TOTP_REQUIRED');
    expect((await stored(account.id)).failedLoginCount).toBe(1);
    await from(ip, VERIFY, { c: first.data?.staffLogin.challengeToken, code: wrongCode(account.secret) });
    expect((await stored(account.id)).failedLoginCount).toBe(2);
    const second = await login(ip, account.username);
    expect((await stored(account.id)).failedLoginCount).toBe(2);
    const done = await from<{ staffVerifyTotp: { step: string } }>(ip, VERIFY, { c: second.data?.staffLogin.challengeToken, code: nextCode(account.secret) });
    expect(done.data?.staffVerifyTotp.step).toBe('DONE');
    expect(await stored(account.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect(await t.dataSource.manager.countBy(StaffLoginSourceEntity, { accountId: account.id })).toBe(0);
  });

  describe('the security administrator', () => {
    async function lockedAccount(role: Role = Role.GOV_OFFICER): Promise<Account> {
      const account = await staffAccount(role);
      await Promise.all(Array.from({ length: ACCOUNT_LOCK_THRESHOLD }, () => login(nextIp(), account.username, 'Wrong#Guess2026')));
      expect(await isLocked(account.id)).toBe(true);
      return account;
    }

    it('unlocks a locked account, clearing every count, audited', async () => {
      const admin = await signedInUser(t, { role: Role.SECURITY_ADMIN });
      const account = await lockedAccount();
      const unlocked = await gqlAs<{ unlockStaffAccount: { lockedUntil: string | null; failedLoginCount: number } }>(t, admin.tokens.accessToken, UNLOCK, { id: account.id });
      expect(unlocked.data?.unlockStaffAccount).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
      expect(await t.dataSource.manager.countBy(StaffLoginSourceEntity, { accountId: account.id })).toBe(0);
      const entry = await t.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'STAFF_ACCOUNT_UNLOCKED', targetId: account.id });
      expect(entry).toMatchObject({ actorId: admin.userId, actorRole: Role.SECURITY_ADMIN, result: 'SUCCESS' });
      expect(JSON.parse(entry.detail ?? '{}')).toEqual({ wasLocked: true, failedLoginCount: ACCOUNT_LOCK_THRESHOLD, sources: ACCOUNT_LOCK_THRESHOLD });
      expect((await login(nextIp(), account.username)).data?.staffLogin.step).toBe('DONE');
    });

    it('resets a TOTP enrolment: sessions end and the next login enrols a new authenticator, audited', async () => {
      const admin = await signedInUser(t, { role: Role.SECURITY_ADMIN });
      const account = await enrolledOperator();
      const ip = nextIp();
      const first = await login(ip, account.username);
      const session = await from<{ staffVerifyTotp: { step: string } }>(ip, VERIFY, { c: first.data?.staffLogin.challengeToken, code: nextCode(account.secret) });
      expect(session.data?.staffVerifyTotp.step).toBe('DONE');
      const pending = (await login(ip, account.username)).data?.staffLogin.challengeToken;

      const reset = await gqlAs<{ resetStaffTotp: { totpEnabled: boolean } }>(t, admin.tokens.accessToken, RESET_TOTP, { id: account.id });
      expect(reset.data?.resetStaffTotp.totpEnabled).toBe(false);
      expect(await stored(account.id)).toMatchObject({ totpSecretCipher: null, totpLastUsedStep: null });
      const sessions = (await t.dataSource.query(`SELECT COUNT(*) AS n FROM sessions WHERE user_id = '${account.id}' AND revoked_at IS NULL`)) as Array<{ n: number | string }>;
      expect(Number(sessions[0]?.n)).toBe(0);
      // The challenge issued for the old authenticator is gone with it.
      expect(errorCode(await from(ip, VERIFY, { c: pending, code: totpCode(account.secret, Date.now()) }))).toBe('UNAUTHENTICATED');
      expect((await login(ip, account.username)).data?.staffLogin.step).toBe('TOTP_ENROLLMENT_REQUIRED');
      const entry = await t.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'STAFF_TOTP_RESET', targetId: account.id });
      expect(entry).toMatchObject({ actorId: admin.userId, actorRole: Role.SECURITY_ADMIN, result: 'SUCCESS' });

      const again = await gqlAs(t, admin.tokens.accessToken, RESET_TOTP, { id: account.id });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toBe('该账号尚未绑定身份验证器，无需重置');
    });

    it('may not unlock or reset their own account or one they created', async () => {
      const admin = await signedInUser(t, { role: Role.SECURITY_ADMIN });
      const created = await lockedAccount(Role.OPERATOR);
      await t.dataSource.manager.update(UserAccountEntity, { id: created.id }, { createdBy: admin.userId });
      for (const [mutation, id, message] of [
        [UNLOCK, admin.userId, '不能解锁或重置自己的账号，请联系其他安全管理员'],
        [RESET_TOTP, admin.userId, '不能解锁或重置自己的账号，请联系其他安全管理员'],
        [UNLOCK, created.id, '不能解锁或重置自己创建的账号，请联系其他安全管理员'],
        [RESET_TOTP, created.id, '不能解锁或重置自己创建的账号，请联系其他安全管理员'],
      ]) {
        const refused = await gqlAs(t, admin.tokens.accessToken, mutation, { id });
        expect(errorCode(refused)).toBe('FORBIDDEN');
        expect(refused.errors?.[0]?.message).toBe(message);
      }
      expect(await isLocked(created.id)).toBe(true);
      expect(await t.dataSource.getRepository(AuditLogEntity).countBy({ action: 'STAFF_ACCOUNT_UNLOCKED', targetId: created.id })).toBe(0);
    });

    it('records who created an account, so the rule holds for accounts made through the API', async () => {
      const systemAdmin = await signedInUser(t, { role: Role.SYSTEM_ADMIN });
      const created = await gqlAs<{ createStaffAccount: { account: { id: string } } }>(
        t,
        systemAdmin.tokens.accessToken,
        'mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }',
        { input: { username: `sec-${randomUUID().slice(0, 8)}`, displayName: '安全测试', role: 'SECURITY_ADMIN' } },
      );
      const id = created.data?.createStaffAccount.account.id ?? '';
      expect((await stored(id)).createdBy).toBe(systemAdmin.userId);
    });

    it('is the only role that may, and an unknown or non-staff id is not found', async () => {
      const target = await lockedAccount();
      for (const role of [Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN, Role.OPERATOR]) {
        const caller = await signedInUser(t, { role });
        expect(errorCode(await gqlAs(t, caller.tokens.accessToken, UNLOCK, { id: target.id }))).toBe('FORBIDDEN');
        expect(errorCode(await gqlAs(t, caller.tokens.accessToken, RESET_TOTP, { id: target.id }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await gqlAs(t, null, UNLOCK, { id: target.id }))).toBe('UNAUTHENTICATED');
      expect(await isLocked(target.id)).toBe(true);

      const admin = await signedInUser(t, { role: Role.SECURITY_ADMIN });
      const enterprise = await createUser(t, { role: Role.ENTERPRISE });
      for (const id of [randomUUID(), enterprise]) {
        const missing = await gqlAs(t, admin.tokens.accessToken, UNLOCK, { id });
        expect(errorCode(missing)).toBe('NOT_FOUND');
        expect(missing.errors?.[0]?.message).toBe('未找到该工作人员账号');
      }
      const malformed = await gqlAs(t, admin.tokens.accessToken, UNLOCK, { id: 'not-an-id' });
      expect(malformed.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message: '账号编号格式不正确' }]);
    });
  });
});
