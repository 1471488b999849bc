import {
  applicationPrivilegesOn,
  applyGrants,
  grantApplicationTables,
  GrantsInputError,
  GrantsRefusedError,
  readGrantsRequest,
  type GrantsRequest,
  type SqlRunner,
} from './database-grants';

const ENV = {
  DATABASE_ADMIN_URL: 'mysql://root:r00t@db.internal:3306/rongtong',
  DATABASE_APP_USER: 'rongtong_app',
  DATABASE_APP_PASSWORD: 'app-password-0123456789',
  DATABASE_MIGRATION_USER: 'rongtong_migrate',
  DATABASE_MIGRATION_PASSWORD: 'migration-password-0123456789',
};

function problemsOf(env: Record<string, string>, args: string[] = []): string {
  try {
    readGrantsRequest(env, args);
  } catch (error) {
    if (error instanceof GrantsInputError) return error.message;
    throw error;
  }
  throw new Error('expected a GrantsInputError');
}

/** A server that answers information_schema reads from `answers` (by the first words of the statement) and records the rest. */
function fakeServer(answers: Record<string, unknown[]>): { run: SqlRunner; statements: string[] } {
  const statements: string[] = [];
  const run: SqlRunner = async (sql, parameters = []) => {
    const key = Object.keys(answers).find((prefix) => sql.includes(prefix));
    if (key) return answers[key] ?? [];
    let index = 0;
    statements.push(sql.replace(/\?/g, () => JSON.stringify(parameters[index++])));
    return [];
  };
  return { run, statements };
}

describe('readGrantsRequest', () => {
  it('reads the admin URL (argument first) and both users, host % unless DATABASE_USER_HOST', () => {
    const request = readGrantsRequest(ENV, ['mysql://admin:pw@10.0.0.5:3307/platform']);
    expect(request).toEqual({
      admin: { dialect: 'mysql', host: '10.0.0.5', port: 3307, user: 'admin', password: 'pw', database: 'platform' },
      application: { name: 'rongtong_app', host: '%', password: ENV.DATABASE_APP_PASSWORD },
      migration: { name: 'rongtong_migrate', host: '%', password: ENV.DATABASE_MIGRATION_PASSWORD },
    });
    expect(readGrantsRequest({ ...ENV, DATABASE_USER_HOST: '10.0.0.%' }, []).application.host).toBe('10.0.0.%');
  });

  it('names every problem at once', () => {
    const message = problemsOf({ DATABASE_APP_USER: "app'; DROP", DATABASE_MIGRATION_USER: 'mig', DATABASE_MIGRATION_PASSWORD: 'short', DATABASE_USER_HOST: "'" }, ['a', 'b']);
    for (const problem of [
      '只接受一个参数',
      '管理员地址不正确',
      'DATABASE_USER_HOST 必须是主机名',
      'DATABASE_APP_USER 必须是 1–32 位字母、数字或下划线',
      'DATABASE_APP_PASSWORD 必须设置',
      'DATABASE_MIGRATION_PASSWORD 至少 16 个字符',
    ]) {
      expect(message).toContain(problem);
    }
    expect(problemsOf({ ...ENV, DATABASE_ADMIN_URL: 'sqlite:var/rongtong.sqlite' })).toContain('只适用于 MySQL / MariaDB');
    expect(problemsOf({ ...ENV, DATABASE_MIGRATION_USER: 'rongtong_app' })).toContain('应用账号与迁移账号必须是两个不同的账号');
    expect(problemsOf({ ...ENV, DATABASE_APP_USER: 'root' })).toContain('root 是管理员地址中的账号');
  });
});

describe('the application user rights', () => {
  it('are row rights only, and on the audit tables what appending needs', () => {
    expect(applicationPrivilegesOn('products')).toEqual(['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    expect(applicationPrivilegesOn('audit_logs')).toEqual(['SELECT', 'INSERT']);
    expect(applicationPrivilegesOn('audit_chain_head')).toEqual(['SELECT', 'UPDATE']);
    expect(applicationPrivilegesOn('migrations')).toEqual(['SELECT']);
  });

  it('are granted table by table', async () => {
    const server = fakeServer({ 'information_schema.TABLES': [{ name: 'audit_logs' }, { name: 'products' }] });
    const lines = await grantApplicationTables(server.run, 'rongtong', { name: 'app', host: '%' });
    expect(server.statements).toEqual([
      'GRANT SELECT, INSERT ON `rongtong`.`audit_logs` TO "app"@"%"',
      'GRANT SELECT, INSERT, UPDATE, DELETE ON `rongtong`.`products` TO "app"@"%"',
    ]);
    expect(lines).toEqual([
      "GRANT SELECT, INSERT ON `rongtong`.`audit_logs` TO 'app'@'%'",
      "GRANT SELECT, INSERT, UPDATE, DELETE ON `rongtong`.`products` TO 'app'@'%'",
    ]);
  });
});

describe('applyGrants', () => {
  const request: GrantsRequest = readGrantsRequest(ENV, []);

  it('takes back every other right of the application user on the database, and never shows a password', async () => {
    const server = fakeServer({
      'information_schema.SCHEMATA': [{ exists: 1 }],
      'mysql.user': [{ exists: 1 }],
      'information_schema.USER_PRIVILEGES': [],
      'information_schema.SCHEMA_PRIVILEGES': [
        { table: null, column: null, privilege: 'CREATE', grantable: 'NO' },
        { table: 'audit_logs', column: null, privilege: 'SELECT', grantable: 'NO' },
        { table: 'audit_logs', column: null, privilege: 'DELETE', grantable: 'YES' },
        { table: 'audit_logs', column: 'detail', privilege: 'UPDATE', grantable: 'NO' },
      ],
      'information_schema.TABLES': [{ name: 'audit_logs' }],
    });
    const report = await applyGrants(server.run, request);
    expect(report).toEqual(
      expect.arrayContaining([
        "  REVOKE CREATE ON `rongtong`.* FROM 'rongtong_app'@'%'",
        "  REVOKE DELETE ON `rongtong`.`audit_logs` FROM 'rongtong_app'@'%'",
        "  REVOKE GRANT OPTION ON `rongtong`.`audit_logs` FROM 'rongtong_app'@'%'",
        "  REVOKE UPDATE (`detail`) ON `rongtong`.`audit_logs` FROM 'rongtong_app'@'%'",
        "  GRANT SELECT, INSERT ON `rongtong`.`audit_logs` TO 'rongtong_app'@'%'",
        "  GRANT ALL PRIVILEGES ON `rongtong`.* TO 'rongtong_migrate'@'%' WITH GRANT OPTION",
      ]),
    );
    expect(report.join('\n')).not.toContain(ENV.DATABASE_APP_PASSWORD);
    expect(server.statements).toContain(`ALTER USER "rongtong_app"@"%" IDENTIFIED BY "${ENV.DATABASE_APP_PASSWORD}"`);
  });

  it('refuses an application user with global rights instead of stripping an account used elsewhere', async () => {
    const server = fakeServer({
      'information_schema.SCHEMATA': [{ exists: 1 }],
      'mysql.user': [{ exists: 1 }],
      'information_schema.USER_PRIVILEGES': [{ privilege: 'SUPER' }],
    });
    await expect(applyGrants(server.run, request)).rejects.toThrow(GrantsRefusedError);
  });
});
