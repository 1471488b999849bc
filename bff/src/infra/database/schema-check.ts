import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** The schema is older than the code: the process must not serve requests with it. */
export class PendingMigrationsError extends Error {
  constructor(readonly pending: readonly string[]) {
    super(
      `数据库结构不是最新：有 ${pending.length} 个迁移尚未执行（${pending.join(', ')}）。` +
        '启动时不自动迁移 (MIGRATE_ON_START=false)：请先用迁移账号运行 npm run migrate，再启动服务。',
    );
    this.name = 'PendingMigrationsError';
  }
}

/**
 * The names of the migrations this build knows that the database has not had, oldest first. Only reads: an
 * application user without DDL rights can run it (TypeORM's own check would create the migrations table).
 */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable(table))) return known;
    const rows = (await runner.query(`SELECT name FROM ${dataSource.driver.escape(table)}`)) as Array<{ name: string }>;
    const applied = new Set(rows.map((row) => row.name));
    return known.filter((name) => !applied.has(name));
  } finally {
    await runner.release();
  }
}

/** Without MIGRATE_ON_START the application refuses to start on a schema with pending migrations. */
@Injectable()
export class SchemaCheck implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.migrateOnStart) return;
    const pending = await pendingMigrations(this.dataSource);
    if (pending.length > 0) throw new PendingMigrationsError(pending);
  }
}
