import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { ConfigError, loadConfig } from './infra/config/load-config';
import { buildDataSourceOptions } from './infra/database/data-source-options';

/**
 * `node dist/src/migrate.js [--revert]`: applies pending migrations (or reverts the last one) and exits.
 * The server also migrates at start; deployments with several instances run this once beforehand instead.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database, ENTITIES), migrationsRun: false });
  await dataSource.initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration();
      process.stdout.write('已回滚最近一次迁移\n');
      return;
    }
    const applied = await dataSource.runMigrations();
    process.stdout.write(applied.length ? `已执行迁移：${applied.map((m) => m.name).join(', ')}\n` : '数据库已是最新结构\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
