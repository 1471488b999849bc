import { DatabaseUrlError, parseDatabaseUrl, type MysqlTarget } from '../infra/database/database-url';

/**
 * The MySQL / MariaDB rights of the two database users (DESIGN §9):
 * - the migration user owns the schema: every right on the application's database (DDL, TRIGGER — the audit
 *   triggers are created by it and run as it — and GRANT OPTION, so `npm run migrate` can give the application
 *   user its rights on the tables a migration adds);
 * - the application user reads and writes rows, table by table, and nothing else: no DDL, no TRIGGER, no DROP
 *   (MySQL's TRUNCATE needs DROP and skips triggers), and on the audit tables only what appending needs.
 * Rights are per table because MySQL cannot subtract one table from a database-wide grant.
 */
export type RowPrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

export const APPLICATION_PRIVILEGES: readonly RowPrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

/** Tables where the application user gets less than APPLICATION_PRIVILEGES. */
export const APPLICATION_TABLE_PRIVILEGES: Readonly<Record<string, readonly RowPrivilege[]>> = {
  // Append-only: entries are inserted and read, never changed or removed.
  audit_logs: ['SELECT', 'INSERT'],
  // The chain head is locked (SELECT … FOR UPDATE, which MySQL 8 lets only holders of UPDATE do) and advanced by
  // one entry per append (its trigger refuses anything else); it is never inserted or deleted by the application.
  audit_chain_head: ['SELECT', 'UPDATE'],
  // Read by the pending-migration check at start; only the migration user records migrations.
  migrations: ['SELECT'],
  // The reference data set is recorded once; nothing rewrites or removes that record.
  seed_runs: ['SELECT', 'INSERT'],
  // The data use log (数据使用记录) the enterprise relies on: append-only, like the audit log.
  data_use_records: ['SELECT', 'INSERT'],
  // Published agreement texts: inserted by migrations only, never changed (consents record their SHA-256).
  consent_agreements: ['SELECT'],
  // The consent ledger keeps every consent; a revocation is an UPDATE, nothing is ever deleted.
  data_consents: ['SELECT', 'INSERT', 'UPDATE'],
  // Loan applications keep their history: an application, its drawdowns, repayments and schedule rows change by
  // compare-and-set and are never deleted; the timeline and the counter verifications are append-only.
  loan_applications: ['SELECT', 'INSERT', 'UPDATE'],
  application_events: ['SELECT', 'INSERT'],
  application_counter_verifications: ['SELECT', 'INSERT'],
  application_number_sequences: ['SELECT', 'INSERT', 'UPDATE'],
  loan_drawdowns: ['SELECT', 'INSERT', 'UPDATE'],
  loan_repayments: ['SELECT', 'INSERT', 'UPDATE'],
  loan_schedule_rows: ['SELECT', 'INSERT', 'UPDATE'],
};

export function applicationPrivilegesOn(table: string): readonly RowPrivilege[] {
  return APPLICATION_TABLE_PRIVILEGES[table] ?? APPLICATION_PRIVILEGES;
}

export interface DatabaseUser {
  name: string;
  host: string;
}

export interface DatabaseAccount extends DatabaseUser {
  password: string;
}

export interface GrantsRequest {
  /** A user that may create users and grant (e.g. root), on the application's database. */
  admin: MysqlTarget;
  application: DatabaseAccount;
  migration: DatabaseAccount;
}

/** Runs one statement with `?` placeholders and answers its rows. */
export type SqlRunner = (sql: string, parameters?: readonly unknown[]) => Promise<unknown[]>;

export type Env = Readonly<Record<string, string | undefined>>;

/** Bad input to the grants: every problem, in Chinese. */
export class GrantsInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'GrantsInputError';
  }
}

/** The database is in a state the grants will not paper over. */
export class GrantsRefusedError extends Error {
  override name = 'GrantsRefusedError';
}

const USER_NAME = /^[A-Za-z0-9_]{1,32}$/;
const USER_HOST = /^[A-Za-z0-9.%_:-]{1,255}$/;
export const MIN_DATABASE_PASSWORD_LENGTH = 16;

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

/** DATABASE_USER_HOST: the host part of both users ('%' — any host — unless set). */
export function readUserHost(env: Env, problems: string[]): string {
  const host = value(env, 'DATABASE_USER_HOST') ?? '%';
  if (!USER_HOST.test(host)) problems.push('DATABASE_USER_HOST 必须是主机名、IP 地址或含 % 的通配，如 10.0.0.% (默认 %)');
  return host;
}

/** A user name variable: 1–32 letters, digits or underscores. */
export function readUserName(env: Env, name: string, problems: string[]): string {
  const user = value(env, name);
  if (user === undefined) problems.push(`${name} 必须设置`);
  else if (!USER_NAME.test(user)) problems.push(`${name} 必须是 1–32 位字母、数字或下划线`);
  return user ?? '';
}

function readAccount(env: Env, role: 'APP' | 'MIGRATION', host: string, problems: string[]): DatabaseAccount {
  const name = readUserName(env, `DATABASE_${role}_USER`, problems);
  const passwordName = `DATABASE_${role}_PASSWORD`;
  // Passwords come from the environment only: an argument would stay in the shell history and the process list.
  const password = env[passwordName] ?? '';
  if (password === '') problems.push(`${passwordName} 必须设置（从环境变量读取，不会显示）`);
  else if (password.length < MIN_DATABASE_PASSWORD_LENGTH) problems.push(`${passwordName} 至少 ${MIN_DATABASE_PASSWORD_LENGTH} 个字符`);
  return { name, host, password };
}

/**
 * `npm run db:grants [-- <admin URL>]`: the admin URL from the first argument or DATABASE_ADMIN_URL, the users from
 * DATABASE_APP_USER / DATABASE_APP_PASSWORD and DATABASE_MIGRATION_USER / DATABASE_MIGRATION_PASSWORD.
 */
export function readGrantsRequest(env: Env, args: readonly string[]): GrantsRequest {
  const problems: string[] = [];
  if (args.length > 1) problems.push(`只接受一个参数（管理员地址），多了：${args.slice(1).join(' ')}`);
  const url = args[0] ?? value(env, 'DATABASE_ADMIN_URL');
  let admin: MysqlTarget | undefined;
  if (url === undefined) {
    problems.push('请给出管理员地址：DATABASE_ADMIN_URL 或第一个参数，如 mysql://root:密码@127.0.0.1:3306/rongtong');
  } else {
    try {
      const target = parseDatabaseUrl(url, '/');
      if (target.dialect === 'mysql') admin = target;
      else problems.push('数据库账号与权限只适用于 MySQL / MariaDB：管理员地址必须以 mysql:// 开头');
    } catch (error) {
      if (!(error instanceof DatabaseUrlError)) throw error;
      problems.push(`管理员地址不正确：${error.message}`);
    }
  }
  const host = readUserHost(env, problems);
  const application = readAccount(env, 'APP', host, problems);
  const migration = readAccount(env, 'MIGRATION', host, problems);
  if (application.name !== '' && application.name === migration.name) problems.push('应用账号与迁移账号必须是两个不同的账号');
  for (const account of [application, migration]) {
    if (admin && account.name === admin.user) problems.push(`${account.name} 是管理员地址中的账号：应用账号和迁移账号须单独创建`);
  }
  if (problems.length > 0 || !admin) throw new GrantsInputError(problems);
  return { admin, application, migration };
}

function quoteIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function tableOf(database: string, table: string): string {
  return `${quoteIdentifier(database)}.${quoteIdentifier(table)}`;
}

/** 'name'@'host', as information_schema writes grantees (both parts are validated: no quotes in them). */
function accountLabel(user: DatabaseUser): string {
  return `'${user.name}'@'${user.host}'`;
}

/**
 * Gives `user` its row rights on every table of `database` now there (additive: run after each migration).
 * Answers one line per grant, for the operator.
 */
export async function grantApplicationTables(run: SqlRunner, database: string, user: DatabaseUser): Promise<string[]> {
  const rows = (await run(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    [database],
  )) as Array<{ name: string }>;
  const granted: string[] = [];
  for (const { name } of rows) {
    const privileges = applicationPrivilegesOn(name).join(', ');
    await run(`GRANT ${privileges} ON ${tableOf(database, name)} TO ?@?`, [user.name, user.host]);
    granted.push(`GRANT ${privileges} ON ${tableOf(database, name)} TO ${accountLabel(user)}`);
  }
  return granted;
}

interface PrivilegeRow {
  table: string | null;
  column: string | null;
  privilege: string;
  grantable: string;
}

/** Every right the user holds on `database` beyond what the application user should hold, as REVOKE statements. */
async function strayApplicationRights(run: SqlRunner, database: string, user: DatabaseUser): Promise<string[]> {
  const grantee = accountLabel(user);
  const global = (await run(
    "SELECT PRIVILEGE_TYPE AS privilege FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ? AND PRIVILEGE_TYPE <> 'USAGE'",
    [grantee],
  )) as Array<{ privilege: string }>;
  if (global.length > 0) {
    const names = global.map((row) => row.privilege).join(', ');
    throw new GrantsRefusedError(`${accountLabel(user)} 拥有全局权限（${names}），不能用作应用账号：请数据库管理员收回后重试，或换一个专用账号`);
  }
  const held = (await run(
    `SELECT NULL AS \`table\`, NULL AS \`column\`, PRIVILEGE_TYPE AS privilege, IS_GRANTABLE AS grantable
       FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = ? AND TABLE_SCHEMA = ?
     UNION ALL
     SELECT TABLE_NAME, NULL, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE = ? AND TABLE_SCHEMA = ?
     UNION ALL
     SELECT TABLE_NAME, COLUMN_NAME, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.COLUMN_PRIVILEGES WHERE GRANTEE = ? AND TABLE_SCHEMA = ?`,
    [grantee, database, grantee, database, grantee, database],
  )) as PrivilegeRow[];
  const statements: string[] = [];
  const byObject = new Map<string, { on: string; column: string | null; privileges: Set<string>; grantable: boolean }>();
  for (const row of held) {
    const allowed = row.table !== null && row.column === null && (applicationPrivilegesOn(row.table) as readonly string[]).includes(row.privilege);
    const on = row.table === null ? `${quoteIdentifier(database)}.*` : tableOf(database, row.table);
    const key = `${on} ${row.column ?? ''}`;
    const entry = byObject.get(key) ?? { on, column: row.column, privileges: new Set<string>(), grantable: false };
    if (!allowed) entry.privileges.add(row.privilege);
    if (row.grantable === 'YES') entry.grantable = true;
    byObject.set(key, entry);
  }
  for (const { on, column, privileges, grantable } of byObject.values()) {
    const list = [...privileges].map((privilege) => (column === null ? privilege : `${privilege} (${quoteIdentifier(column)})`));
    if (list.length > 0) statements.push(`REVOKE ${list.join(', ')} ON ${on} FROM ${accountLabel(user)}`);
    if (grantable && column === null) statements.push(`REVOKE GRANT OPTION ON ${on} FROM ${accountLabel(user)}`);
  }
  return statements;
}

async function ensureAccount(run: SqlRunner, account: DatabaseAccount): Promise<string> {
  const existing = await run('SELECT 1 FROM mysql.user WHERE User = ? AND Host = ?', [account.name, account.host]);
  if (existing.length === 0) {
    await run('CREATE USER ?@? IDENTIFIED BY ?', [account.name, account.host, account.password]);
    return `已创建账号 ${accountLabel(account)}`;
  }
  await run('ALTER USER ?@? IDENTIFIED BY ?', [account.name, account.host, account.password]);
  return `账号 ${accountLabel(account)} 已存在，密码已按环境变量更新`;
}

/**
 * Creates (or updates) both users and gives each exactly its rights on the admin URL's database; idempotent.
 * The application user loses any other right it held there. Answers what was done, one line each; passwords
 * never appear.
 */
export async function applyGrants(run: SqlRunner, request: GrantsRequest): Promise<string[]> {
  const database = request.admin.database;
  const report: string[] = [];
  const created = await run('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
  if (created.length === 0) {
    await run(`CREATE DATABASE ${quoteIdentifier(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    report.push(`已创建数据库 ${quoteIdentifier(database)}（utf8mb4）`);
  }

  report.push('', `迁移账号：${await ensureAccount(run, request.migration)}`);
  const migrationGrant = `GRANT ALL PRIVILEGES ON ${quoteIdentifier(database)}.* TO ?@? WITH GRANT OPTION`;
  await run(migrationGrant, [request.migration.name, request.migration.host]);
  report.push(`  GRANT ALL PRIVILEGES ON ${quoteIdentifier(database)}.* TO ${accountLabel(request.migration)} WITH GRANT OPTION`);

  report.push('', `应用账号：${await ensureAccount(run, request.application)}`);
  for (const statement of await strayApplicationRights(run, database, request.application)) {
    await run(statement);
    report.push(`  ${statement}`);
  }
  const granted = await grantApplicationTables(run, database, request.application);
  report.push(...granted.map((line) => `  ${line}`));
  if (granted.length === 0) {
    report.push(
      '  数据库中还没有数据表：请用迁移账号运行 npm run migrate（设置 DATABASE_APP_USER，迁移后它会给应用账号授予各表的权限）',
    );
  }
  return report;
}
