import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { grantApplicationTables, GrantsInputError, readUserHost, readUserName, type DatabaseUser } from './cli/database-grants';
import { ENTITIES } from './entities';
import { defaultDatabaseUrl } from './infra/config/load-config';
import { findRepoRoot } from './infra/config/repo-root';
import { buildDataSourceOptions } from './infra/database/data-source-options';
import { DatabaseUrlError, parseDatabaseUrl, type DatabaseTarget } from './infra/database/database-url';

interface MigrateRequest {
  target: DatabaseTarget;
  /** MySQL: the application user to give its rights on every table after migrating (DATABASE_APP_USER). */
  applicationUser: DatabaseUser | null;
}

/** Only the database: the migration user's environment needs none of the application's secrets. */
function readRequest(env: NodeJS.ProcessEnv): MigrateRequest {
  const problems: string[] = [];
  const repoRoot = findRepoRoot();
  let target: DatabaseTarget | undefined;
  try {
    target = parseDatabaseUrl(env.DATABASE_URL?.trim() || defaultDatabaseUrl(repoRoot), repoRoot);
  } catch (error) {
    if (!(error instanceof DatabaseUrlError)) throw error;
    problems.push(`DATABASE_URL ${error.message}`);
  }
  let applicationUser: DatabaseUser | null = null;
  if (env.DATABASE_APP_USER?.trim()) {
    applicationUser = { name: readUserName(env, 'DATABASE_APP_USER', problems), host: readUserHost(env, problems) };
    if (target?.dialect === 'sqlite') problems.push('DATABASE_APP_USER 只适用于 MySQL / MariaDB');
  }
  if (problems.length > 0 || !target) throw new GrantsInputError(problems);
  return { target, applicationUser };
}

/**
 * `npm run migrate` (node dist/src/migrate.js [--revert]): applies the pending migrations to DATABASE_URL (or
 * reverts the last one) and exits. In production run it with the migration user's URL before starting the
 * server, which migrates at start only with MIGRATE_ON_START. On MySQL, with DATABASE_APP_USER, it then gives
 * the application user its rights on every table, the ones a migration added included (see cli/database-grants.ts).
 */
async function main(): Promise<void> {
  const { target, applicationUser } = readRequest(process.env);
  const dataSource = new DataSource(buildDataSourceOptions(target, ENTITIES, { migrationsRun: false }));
  await dataSource.initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration();
      process.stdout.write('已回滚最近一次迁移\n');
      return;
    }
    const applied = await dataSource.runMigrations();
    process.stdout.write(applied.length ? `已执行迁移：${applied.map((m) => m.name).join(', ')}\n` : '数据库已是最新结构\n');
    if (applicationUser && target.dialect === 'mysql') {
      const granted = await grantApplicationTables((sql, parameters) => dataSource.query(sql, parameters as unknown[]), target.database, applicationUser);
      process.stdout.write(`应用账号的表权限：\n${granted.map((line) => `  ${line}`).join('\n')}\n`);
    } else if (target.dialect === 'mysql' && applied.length > 0) {
      process.stdout.write('未设置 DATABASE_APP_USER：应用账号在新建的表上还没有权限（设置后重新运行本命令，或运行 npm run db:grants）\n');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`迁移失败：${error instanceof GrantsInputError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
