import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { parseDatabaseUrl, type MysqlTarget } from '../src/infra/database/database-url';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/seed/data/accounts';
import { productionSecrets } from './support/production-env';
import { signInStaff } from './support/staff';
import { createTestApp, mysqlTestUrl, type TestApp } from './support/test-app';
import { runNode, transpiledBff } from './support/transpiled-bff';

const serverUrl = mysqlTestUrl();
const describeOnMysql = serverUrl ? describe : describe.skip;

function suffix(): string {
  return randomBytes(5).toString('hex');
}

/** The test server's address and administrator, whatever database its URL names. */
function serverTarget(url: string): MysqlTarget {
  const parsed = new URL(url);
  parsed.pathname = '/mysql';
  return parseDatabaseUrl(parsed.toString(), '/') as MysqlTarget;
}

function urlOf(server: MysqlTarget, user: string, password: string, database: string): string {
  return `mysql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${server.host}:${server.port}/${database}`;
}

/** The MySQL error a statement fails with: its code and message. */
async function refusal(connection: Connection, sql: string): Promise<{ code?: string; message: string }> {
  try {
    await connection.query(sql);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return { code, message };
  }
  throw new Error(`expected a refusal of ${sql}`);
}

/**
 * `npm run db:grants`, then `npm run migrate` with the migration user, then the app with the application user (the
 * CLIs as child processes, here the sources transpiled): the app works, and its user cannot rewrite or erase the
 * audit log, nor change the schema.
 */
describeOnMysql('database users and rights (MySQL / MariaDB only: SQLite has no users or grants)', () => {
  const server = serverTarget(serverUrl ?? 'mysql://root@127.0.0.1:3306/test');
  const id = suffix();
  const database = `rt_grants_${id}`;
  const application = { name: `rt_app_${id}`, password: `App-${randomBytes(12).toString('base64url')}` };
  const migration = { name: `rt_mig_${id}`, password: `Mig-${randomBytes(12).toString('base64url')}` };
  const adminUrl = urlOf(server, server.user, server.password, database);
  let bff: string;
  let admin: Connection;
  let t: TestApp | undefined;
  let asApplication: Connection | undefined;

  const grantsEnv = {
    DATABASE_APP_USER: application.name,
    DATABASE_APP_PASSWORD: application.password,
    DATABASE_MIGRATION_USER: migration.name,
    DATABASE_MIGRATION_PASSWORD: migration.password,
  };

  beforeAll(async () => {
    bff = transpiledBff();
    admin = await createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
  });

  afterAll(async () => {
    await asApplication?.end();
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    for (const user of [application.name, migration.name]) await admin.query("DROP USER IF EXISTS ?@'%'", [user]);
    await admin.end();
  });

  it('db:grants creates both users and says what it granted, idempotently, without printing a password', async () => {
    const first = await runNode(join(bff, 'src', 'cli', 'db-grants.js'), [adminUrl], grantsEnv);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`已创建数据库 \`${database}\``);
    expect(first.stdout).toContain(`已创建账号 '${migration.name}'@'%'`);
    expect(first.stdout).toContain(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO '${migration.name}'@'%' WITH GRANT OPTION`);
    expect(first.stdout).toContain(`已创建账号 '${application.name}'@'%'`);
    expect(first.stdout).toContain('数据库中还没有数据表');

    // A right the application user should not have is taken back by the next run.
    await admin.query(`GRANT CREATE, DROP ON \`${database}\`.* TO ?@'%'`, [application.name]);
    const second = await runNode(join(bff, 'src', 'cli', 'db-grants.js'), [], { ...grantsEnv, DATABASE_ADMIN_URL: adminUrl });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`账号 '${application.name}'@'%' 已存在，密码已按环境变量更新`);
    expect(second.stdout).toMatch(new RegExp(`REVOKE (CREATE, DROP|DROP, CREATE) ON \`${database}\`\\.\\* FROM '${application.name}'@'%'`));
    for (const output of [first.stdout, first.stderr, second.stdout, second.stderr]) {
      expect(output).not.toContain(application.password);
      expect(output).not.toContain(migration.password);
    }
  });

  it('refuses bad input with every problem named, before touching the server', async () => {
    const result = await runNode(join(bff, 'src', 'cli', 'db-grants.js'), [], { DATABASE_APP_USER: 'app-user', DATABASE_MIGRATION_USER: 'mig', DATABASE_MIGRATION_PASSWORD: 'short' });
    expect(result.code).toBe(1);
    for (const problem of ['请给出管理员地址', 'DATABASE_APP_USER 必须是 1–32 位字母、数字或下划线', 'DATABASE_APP_PASSWORD 必须设置', 'DATABASE_MIGRATION_PASSWORD 至少 16 个字符']) {
      expect(result.stderr).toContain(problem);
    }
  });

  it('npm run migrate with the migration user migrates and gives the application user its rights on every table', async () => {
    const result = await runNode(join(bff, 'src', 'migrate.js'), [], {
      DATABASE_URL: urlOf(server, migration.name, migration.password, database),
      DATABASE_APP_USER: application.name,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已执行迁移：InitialSchema1764028800000');
    expect(result.stdout).toContain(`GRANT SELECT, INSERT ON \`${database}\`.\`audit_logs\` TO '${application.name}'@'%'`);
    expect(result.stdout).toContain(`GRANT SELECT, UPDATE ON \`${database}\`.\`audit_chain_head\` TO '${application.name}'@'%'`);
    expect(result.stdout).toContain(`GRANT SELECT, INSERT, UPDATE, DELETE ON \`${database}\`.\`products\` TO '${application.name}'@'%'`);
    const [triggers] = await admin.query('SELECT DEFINER AS definer FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?', [database]);
    expect((triggers as Array<{ definer: string }>).map((trigger) => trigger.definer)).toEqual(
      expect.arrayContaining([`${migration.name}@%`]),
    );
  });

  it('the application refuses to start in production on a schema older than its code', async () => {
    const [rows] = await admin.query(`SELECT id, timestamp, name FROM \`${database}\`.migrations ORDER BY id DESC LIMIT 1`);
    const newest = (rows as Array<{ id: number; timestamp: number; name: string }>)[0];
    await admin.query(`DELETE FROM \`${database}\`.migrations WHERE id = ?`, [newest?.id]);
    try {
      // As production starts it (a child process: a failed start in-process would leave its pool open).
      const result = await runNode(join(bff, 'src', 'main.js'), [], {
        ...productionSecrets(),
        DATABASE_URL: urlOf(server, application.name, application.password, database),
        LOG_LEVEL: 'warn',
      });
      expect(result.code).toBe(78);
      expect(result.stderr).toContain(`有 1 个迁移尚未执行（${newest?.name}）`);
    } finally {
      await admin.query(`INSERT INTO \`${database}\`.migrations (id, timestamp, name) VALUES (?, ?, ?)`, [newest?.id, newest?.timestamp, newest?.name]);
    }
  });

  it('the application runs with the application user: it seeds, signs a staff member in and audits it', async () => {
    const env = { DATABASE_URL: urlOf(server, application.name, application.password, database), MIGRATE_ON_START: 'false' };
    t = await createTestApp({ dialect: 'mysql', seed: true, env });
    const before = await t.dataSource.manager.count(AuditLogEntity);
    await signInStaff(t, 'operator', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    expect(await t.dataSource.manager.count(AuditLogEntity)).toBeGreaterThan(before);
    expect(await t.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
  });

  it('the application user cannot UPDATE, DELETE or TRUNCATE the audit log, the data use log or an application timeline, nor change agreements, the schema or its triggers', async () => {
    asApplication = await createConnection({ host: server.host, port: server.port, user: application.name, password: application.password, database });
    const denied = 'ER_TABLEACCESS_DENIED_ERROR';
    for (const sql of [
      'UPDATE audit_logs SET result = "SUCCESS"',
      'DELETE FROM audit_logs',
      'TRUNCATE TABLE audit_logs',
      'DROP TABLE audit_logs',
      'ALTER TABLE audit_logs ADD COLUMN note TEXT',
      'DROP TRIGGER trg_audit_logs_no_update',
      'DELETE FROM audit_chain_head',
      'INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (2, 0, "x")',
      'DROP TABLE products',
      'ALTER TABLE products ADD COLUMN note TEXT',
      'CREATE TABLE scratch (id INT)',
      'INSERT INTO migrations (timestamp, name) VALUES (1, "Forged1")',
      // The consent ledger and the data use log keep their history; published agreements never change.
      'UPDATE data_use_records SET outcome = "OK"',
      'DELETE FROM data_use_records',
      'DELETE FROM data_consents',
      'UPDATE consent_agreements SET text = "x"',
      'INSERT INTO consent_agreements (id, purpose, version, title, text, sha256, published_at) VALUES ("x", "TAX", "9", "t", "t", "h", NOW())',
      // A loan application's timeline and its counter verifications are append-only; the loan itself is never deleted.
      'UPDATE application_events SET note = "x"',
      'DELETE FROM application_events',
      'DELETE FROM application_counter_verifications',
      'DELETE FROM loan_applications',
      'DELETE FROM loan_repayments',
      'DELETE FROM loan_schedule_rows',
    ]) {
      expect({ sql, ...(await refusal(asApplication, sql)) }).toMatchObject({ sql, code: denied });
    }
    // What it may do to the chain head, the trigger still limits: one entry at a time.
    expect(await refusal(asApplication, 'UPDATE audit_chain_head SET last_seq = last_seq + 5')).toMatchObject({ message: expect.stringContaining('only advances by one entry') });
    const [rows] = await asApplication.query('SELECT COUNT(*) AS n FROM audit_logs');
    expect(Number((rows as Array<{ n: number }>)[0]?.n)).toBeGreaterThan(0);
  });
});
