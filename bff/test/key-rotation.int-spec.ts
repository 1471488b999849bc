import { Role } from '@rongtong/shared';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../src/entities';
import { readCryptoKeys } from '../src/infra/config/crypto-keys';
import { encryptedColumns, type CipherColumn, type CipherPlace } from '../src/infra/crypto/encrypted-columns';
import { FieldCipher } from '../src/infra/crypto/field-cipher';
import { KeyRotation } from '../src/infra/crypto/key-rotation';
import { hashPassword } from '../src/infra/crypto/password';
import { buildDataSourceOptions } from '../src/infra/database/data-source-options';
import { IdentityAccountsService } from '../src/modules/accounts/identity-accounts.service';
import { newUserAccountRow } from '../src/modules/accounts/user-account-row';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { OidcLoginRequestEntity } from '../src/core-modules/auth/identity/oidc-login-request.entity';
import { StaffLoginChallengeEntity } from '../src/core-modules/auth/staff/staff-login-challenge.entity';
import { StaffLoginStep } from '../src/core-modules/auth/staff/staff-login-step';
import { encryptV1 } from './support/legacy-cipher';
import { totpCode } from '../src/core-modules/auth/staff/totp';
import { staffLogin, staffStep } from './support/staff';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const dataKey = (fill: number) => Buffer.concat([Buffer.alloc(16, fill), Buffer.alloc(32, fill + 100)]).toString('base64');
const KEYS = { DATA_ENCRYPTION_KEYS: `k2025:${dataKey(11)},k2026:${dataKey(12)}`, DATA_ENCRYPTION_ACTIVE_KEY: 'k2026' };
const OLD_RING = readCryptoKeys({ ...KEYS, DATA_ENCRYPTION_ACTIVE_KEY: 'k2025' }, 'test', []);
const OLD = new FieldCipher(OLD_RING);

const PASSWORD = 'Rotate#Test2026';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
/** More than two batches of 200, so the keyset paging is exercised. */
const IDENTITY_USERS = 450;

/** What each stored value must decrypt to, by place. */
type Expected = Map<string, string>;
const keyOf = (column: CipherColumn, rowId: string) => `${column.table}.${column.column}.${rowId}`;

interface Fixture {
  expected: Expected;
  /** Values that start out already bound and under k2026. */
  current: number;
  staffUsername: string;
  identitySubjects: string[];
}

function place(table: CipherPlace['table'], column: string, rowId: string): CipherPlace {
  return { table, column, rowId } as CipherPlace;
}

/** Rows as a database written before v2 and before k2026 holds them: v1 under k2025, v2 under k2025, and some current. */
async function writeOldRows(t: TestApp): Promise<Fixture> {
  const current = t.app.get(FieldCipher);
  const expected: Expected = new Map();
  const now = new Date();
  let currentCount = 0;
  const users = [];
  const identitySubjects: string[] = [];
  for (let index = 0; index < IDENTITY_USERS; index += 1) {
    const id = randomUUID();
    const subject = `rotation-${index}-${id.slice(0, 8)}`;
    identitySubjects.push(subject);
    const phone = `1380000${String(index).padStart(4, '0')}`;
    const residentId = `34120219900101${String(index).padStart(4, '0')}`;
    const phoneCipher = index % 2 === 0 ? encryptV1(OLD_RING, phone) : OLD.encrypt(phone, place('user_accounts', 'phone_cipher', id));
    const residentPlace = place('user_accounts', 'resident_id_cipher', id);
    const residentIdCipher = index % 3 === 0 ? current.encrypt(residentId, residentPlace) : encryptV1(OLD_RING, residentId);
    if (index % 3 === 0) currentCount += 1;
    expected.set(keyOf(residentPlace, id), residentId);
    expected.set(keyOf({ table: 'user_accounts', column: 'phone_cipher' }, id), phone);
    users.push(
      newUserAccountRow(
        {
          id,
          username: `wst:rotation-${index}-${id.slice(0, 8)}`,
          displayName: `轮换测试${index}`,
          role: Role.ENTERPRISE,
          permissions: [],
          institutionId: null,
          passwordHash: '!',
          mustChangePassword: false,
          subject,
          phoneCipher,
          residentIdCipher,
        },
        now,
      ),
    );
  }
  for (let start = 0; start < users.length; start += 100) await t.dataSource.manager.insert(UserAccountEntity, users.slice(start, start + 100));

  const staffId = randomUUID();
  const staffUsername = `rotation-operator-${staffId.slice(0, 6)}`;
  await t.dataSource.manager.insert(
    UserAccountEntity,
    newUserAccountRow(
      {
        id: staffId,
        username: staffUsername,
        displayName: '轮换测试运营',
        role: Role.OPERATOR,
        permissions: [],
        institutionId: null,
        passwordHash: await hashPassword(PASSWORD, 1000),
        mustChangePassword: false,
        totpSecretCipher: encryptV1(OLD_RING, TOTP_SECRET),
      },
      now,
    ),
  );
  expected.set(keyOf({ table: 'user_accounts', column: 'totp_secret_cipher' }, staffId), TOTP_SECRET);

  for (let index = 0; index < 3; index += 1) {
    const challengeId = randomUUID();
    const pending = `PENDINGSECRET${index}AAAAAAAAAA`;
    await t.dataSource.manager.insert(StaffLoginChallengeEntity, {
      id: challengeId,
      tokenHash: randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, ''),
      userId: staffId,
      step: StaffLoginStep.TOTP_ENROLLMENT_REQUIRED,
      pendingTotpSecretCipher: encryptV1(OLD_RING, pending),
      expiresAt: new Date(now.getTime() + 60_000),
      usedAt: null,
      createdAt: now,
    });
    expected.set(keyOf({ table: 'staff_login_challenges', column: 'pending_totp_secret_cipher' }, challengeId), pending);

    const requestId = randomUUID();
    const verifier = `verifier-${index}-${randomUUID()}`;
    await t.dataSource.manager.insert(OidcLoginRequestEntity, {
      id: requestId,
      stateHash: randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, ''),
      nonce: randomUUID(),
      codeVerifierCipher: OLD.encrypt(verifier, place('oidc_login_requests', 'code_verifier_cipher', requestId)),
      redirectUri: 'http://localhost:4000/',
      expiresAt: new Date(now.getTime() + 60_000),
      usedAt: null,
      createdAt: now,
    });
    expected.set(keyOf({ table: 'oidc_login_requests', column: 'code_verifier_cipher' }, requestId), verifier);
  }
  return { expected, current: currentCount, staffUsername, identitySubjects };
}

/** Every stored encrypted value, with its place. */
async function storedValues(t: TestApp): Promise<Array<{ column: CipherColumn; id: string; value: string }>> {
  const values = [];
  for (const column of encryptedColumns()) {
    const rows = (await t.dataSource.query(`SELECT id, ${column.column} AS value FROM ${column.table} WHERE ${column.column} IS NOT NULL`)) as Array<{
      id: string;
      value: string;
    }>;
    values.push(...rows.map((row) => ({ column, id: row.id, value: row.value })));
  }
  return values;
}

/** Every value is v2 under k2026 and decrypts at its place to what was written. */
async function expectAllCurrent(t: TestApp, expected: Expected): Promise<void> {
  const cipher = t.app.get(FieldCipher);
  const stored = await storedValues(t);
  expect(stored.length).toBeGreaterThanOrEqual(expected.size);
  for (const { column, id, value } of stored) {
    expect(value.startsWith('v2.k2026.')).toBe(true);
    const plain = cipher.decrypt(value, { ...column, rowId: id } as CipherPlace);
    const want = expected.get(keyOf(column, id));
    if (want !== undefined) expect(plain).toBe(want);
  }
}

/** A second connection to the same database, as the `keys:rotate` process has. */
async function separateConnection(t: TestApp): Promise<DataSource> {
  return new DataSource(buildDataSourceOptions(t.config.database, [...ENTITIES], { migrationsRun: false })).initialize();
}

/** Password and TOTP; `stepsAhead` picks a later (still accepted) code, as a code is good for one login only. */
async function logsIn(t: TestApp, username: string, stepsAhead = 0): Promise<boolean> {
  const first = await staffLogin(t, username, PASSWORD);
  const code = totpCode(TOTP_SECRET, Date.now() + stepsAhead * 30_000);
  const second = await staffStep(t, 'staffVerifyTotp', first.data?.staffLogin.challengeToken ?? '', code);
  return second.data?.staffVerifyTotp.step === 'DONE';
}

/** The BFF's own write of a new phone for a unified-identity user (the rotation must not overwrite it). */
async function bffChangesPhone(t: TestApp, subject: string, phone: string): Promise<void> {
  const accounts = t.app.get(IdentityAccountsService);
  await t.dataSource.transaction((manager) => accounts.upsert(manager, { subject, name: '轮换测试', phone, residentId: null }));
}

async function userBySubject(t: TestApp, subject: string): Promise<UserAccountEntity> {
  return t.dataSource.manager.findOneByOrFail(UserAccountEntity, { subject });
}

/** Puts every encrypted value back as the fixture wrote it, so each test starts from the old rows. */
async function restore(t: TestApp, originals: ReadonlyArray<{ column: CipherColumn; id: string; value: string }>): Promise<void> {
  await t.dataSource.transaction(async (manager) => {
    for (const { column, id, value } of originals) {
      await manager.query(`UPDATE ${column.table} SET ${column.column} = ? WHERE id = ?`, [value, id]);
    }
  });
}

describe.each(DIALECTS)('keys:rotate (%s)', (dialect) => {
  let t: TestApp;
  let written: Fixture;
  let originals: Array<{ column: CipherColumn; id: string; value: string }>;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false, env: KEYS });
    written = await writeOldRows(t);
    originals = await storedValues(t);
  });

  beforeEach(async () => {
    await restore(t, originals);
    fixture = { ...written, expected: new Map(written.expected) };
  });

  afterAll(async () => {
    await t?.close();
  });

  it('moves every old value to the active key, bound to its place, values unchanged, and is idempotent', async () => {
    expect(await logsIn(t, fixture.staffUsername)).toBe(true);
    const total = (await storedValues(t)).length;
    const connection = await separateConnection(t);
    try {
      const rotation = new KeyRotation(connection, t.app.get(FieldCipher));
      const progress: number[] = [];
      const first = await rotation.run({ onProgress: (step) => progress.push(step.checked) });
      expect(first).toMatchObject({ reencrypted: total - fixture.current, current: fixture.current, changed: [], undecryptable: [] });
      expect(progress.slice(0, 3)).toEqual([200, 400, IDENTITY_USERS]);
      await expectAllCurrent(t, fixture.expected);

      const second = await rotation.run();
      expect(second).toMatchObject({ reencrypted: 0, current: total, changed: [], undecryptable: [] });
    } finally {
      await connection.destroy();
    }
    expect(await logsIn(t, fixture.staffUsername, 1)).toBe(true);
  });

  it('never overwrites a value the BFF writes between the read and the write of a batch', async () => {
    const phoneColumn: CipherColumn = { table: 'user_accounts', column: 'phone_cipher' };
    const connection = await separateConnection(t);
    try {
      const rotation = new KeyRotation(connection, t.app.get(FieldCipher));
      const rows = await rotation.readBatch(phoneColumn, null);
      const prepared = rotation.prepare(phoneColumn, rows);
      const subject = (await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { id: prepared.updates[0]?.id ?? '' })).subject ?? '';
      await bffChangesPhone(t, subject, '13900009999');
      const user = await userBySubject(t, subject);
      const outcome = await rotation.write(prepared);
      expect(outcome.changed).toEqual([user.id]);
      expect(outcome.written).toBe(prepared.updates.length - 1);
      expect((await userBySubject(t, subject)).phoneCipher).toBe(user.phoneCipher);

      fixture.expected.set(keyOf(phoneColumn, user.id), '13900009999');
      const summary = await rotation.run();
      expect(summary).toMatchObject({ changed: [], undecryptable: [] });
      await expectAllCurrent(t, fixture.expected);
    } finally {
      await connection.destroy();
    }
  });

  it('reports, and leaves alone, a value that does not decrypt at its place', async () => {
    const [a, b] = fixture.identitySubjects;
    const userA = await userBySubject(t, a ?? '');
    const userB = await userBySubject(t, b ?? '');
    // userB's phone is v2 (bound to userB's row): copied to userA's row, it no longer decrypts.
    await t.dataSource.query('UPDATE user_accounts SET phone_cipher = ? WHERE id = ?', [userB.phoneCipher, userA.id]);
    const connection = await separateConnection(t);
    try {
      const summary = await new KeyRotation(connection, t.app.get(FieldCipher)).run();
      expect(summary.undecryptable).toEqual([{ column: { table: 'user_accounts', column: 'phone_cipher' }, id: userA.id }]);
      expect((await userBySubject(t, a ?? '')).phoneCipher).toBe(userB.phoneCipher);
    } finally {
      await connection.destroy();
    }
  });

  it('runs as npm run keys:rotate beside a BFF that keeps writing, and loses none of its writes', async () => {
    const subjects = fixture.identitySubjects.slice(0, 5);
    const cli = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '../src/cli/rotate-keys.ts')], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, ...KEYS, NODE_ENV: 'test', DATABASE_URL: t.config.databaseUrl, LOG_LEVEL: 'warn', SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));

    const last = new Map<string, string>();
    let writes = 0;
    while (running) {
      const subject = subjects[writes % subjects.length] ?? '';
      const phone = `1370000${String(writes).padStart(4, '0')}`;
      await bffChangesPhone(t, subject, phone);
      last.set(subject, phone);
      writes += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const code = await exited;
    expect({ code, stderr }).toMatchObject({ code: expect.any(Number) });
    expect(Number(/已重新加密 (\d+) 条，跳过 \d+ 条/.exec(stdout)?.[1])).toBeGreaterThan(IDENTITY_USERS);
    if (code !== 0) expect(stdout).toContain('请稍后再运行一次 npm run keys:rotate');
    expect(writes).toBeGreaterThan(0);

    for (const [subject, phone] of last) {
      const user = await userBySubject(t, subject);
      fixture.expected.set(keyOf({ table: 'user_accounts', column: 'phone_cipher' }, user.id), phone);
    }
    if (code !== 0) {
      const connection = await separateConnection(t);
      await new KeyRotation(connection, t.app.get(FieldCipher)).run().finally(() => connection.destroy());
    }
    await expectAllCurrent(t, fixture.expected);
  });
});
