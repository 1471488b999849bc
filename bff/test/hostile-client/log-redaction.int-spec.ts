import { Role } from '@rongtong/shared';
import { randomBytes } from 'node:crypto';
import type { DatabaseDialect } from '../../src/infra/database/database-url';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/seed/data/accounts';
import { errorCode, gqlAs, signedInUser } from '../support/auth';
import { staffLogin, staffStep, wrongCode } from '../support/staff';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * Whatever a client sends ends up in the parameters of the statement that writes it. When the database refuses
 * that statement, the error logged with the correlation id must say what failed (class, driver code, the SQL
 * without values) but carry none of the values: TypeORM's QueryFailedError holds them in `parameters`, and
 * mysql2's error in `sql` (formatted with the values) and, for a duplicate key, in its message.
 *
 * No mutation makes the database refuse a write by itself (input is validated first, duplicate usernames are
 * caught), so the test sets a trap in the database — a trigger that refuses the canary's insert, and one that
 * copies the canary into a table where it is already a key — and then goes through the real mutations.
 */
const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStaffAccountInput!) { updateStaffAccount(id: $id, input: $input) { id } }`;

const TRAPS: Record<DatabaseDialect, string[]> = {
  sqlite: [
    'CREATE TABLE canary_trap (v VARCHAR(64) PRIMARY KEY)',
    `CREATE TRIGGER refuse_canary_insert BEFORE INSERT ON user_accounts WHEN NEW.display_name LIKE '%金丝雀%'
     BEGIN SELECT RAISE(ABORT, 'refused by the test trap'); END`,
    `CREATE TRIGGER copy_canary_update BEFORE UPDATE OF display_name ON user_accounts
     BEGIN INSERT INTO canary_trap (v) VALUES (NEW.display_name); END`,
  ],
  mysql: [
    'CREATE TABLE canary_trap (v VARCHAR(64) PRIMARY KEY)',
    `CREATE TRIGGER refuse_canary_insert BEFORE INSERT ON user_accounts FOR EACH ROW
     BEGIN IF NEW.display_name LIKE '%金丝雀%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test trap'; END IF; END`,
    `CREATE TRIGGER copy_canary_update BEFORE UPDATE ON user_accounts FOR EACH ROW
     INSERT INTO canary_trap (v) VALUES (NEW.display_name)`,
  ],
};

function canary(): string {
  return `金丝雀${randomBytes(4).toString('hex')}`;
}

function loggedErrorOf(t: TestApp, correlationId: string | undefined): Record<string, unknown> | undefined {
  const line = t.logs.find((entry) => entry.correlationId === correlationId);
  return line?.err as Record<string, unknown> | undefined;
}

describe.each(DIALECTS)('hostile client: values of a refused statement stay out of the log (%s)', (dialect) => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    for (const statement of TRAPS[dialect]) await t.dataSource.query(statement);
    adminToken = (await signedInUser(t, { role: Role.SYSTEM_ADMIN })).tokens.accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('logs a refused insert with its class, driver code and SQL, without the canary name', async () => {
    const name = canary();
    const response = await gqlAs(t, adminToken, CREATE, { input: { username: `canary.${name.slice(-8)}`, displayName: name, role: 'OPERATOR' } });
    expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    expect(response.text).not.toContain(name);

    const err = loggedErrorOf(t, response.errors?.[0]?.extensions?.correlationId);
    expect(err).toMatchObject({
      type: 'QueryFailedError',
      code: dialect === 'sqlite' ? 'SQLITE_CONSTRAINT_TRIGGER' : 'ER_SIGNAL_EXCEPTION',
      message: expect.stringContaining('refused by the test trap'),
      sql: expect.stringMatching(/^INSERT INTO .user_accounts./),
    });
    expect(err).not.toHaveProperty('parameters');
    expect(err).not.toHaveProperty('driverError');
    expect(JSON.stringify(t.logs)).not.toContain(name);
  });

  it('logs a duplicate key raised by the write without the duplicated value', async () => {
    const name = canary();
    await t.dataSource.query('INSERT INTO canary_trap (v) VALUES (?)', [name]);
    const target = await signedInUser(t, { role: Role.OPERATOR });
    const response = await gqlAs(t, adminToken, UPDATE, { id: target.userId, input: { displayName: name } });
    expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');

    const err = loggedErrorOf(t, response.errors?.[0]?.extensions?.correlationId);
    expect(err).toMatchObject({
      type: 'QueryFailedError',
      code: dialect === 'sqlite' ? 'SQLITE_CONSTRAINT_PRIMARYKEY' : 'ER_DUP_ENTRY',
      sql: expect.stringMatching(/^UPDATE .user_accounts./),
    });
    if (dialect === 'mysql') expect(err?.message).toBe("Duplicate entry '[REDACTED]' for key 'PRIMARY'");
    expect(JSON.stringify(t.logs)).not.toContain(name);
  });

  it('does not log the code of a refused TOTP login', async () => {
    const first = await staffLogin(t, 'operator', DEMO_PASSWORD);
    const challenge = first.data?.staffLogin.challengeToken ?? '';
    expect(first.data?.staffLogin.step).toBe('TOTP_REQUIRED');
    const code = wrongCode(DEMO_TOTP_SECRET);
    const refused = await staffStep(t, 'staffVerifyTotp', challenge, code);
    expect(refused.errors?.[0]?.extensions?.code).toBeDefined();
    expect(t.logs.some((line) => line.operationName !== undefined || line.msg === 'graphql operation')).toBe(true);
    expect(JSON.stringify(t.logs)).not.toContain(code);
    expect(JSON.stringify(t.logs)).not.toContain(challenge);
  });
});
