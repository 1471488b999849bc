import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { MYSQL_MIGRATIONS } from '../../../migrations/mysql';
import { SQLITE_MIGRATIONS } from '../../../migrations/sqlite';
import type { DatabaseTarget, MysqlTarget, SqliteTarget } from './database-url';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own element type
export type EntityList = MixedList<Function>;

function sqliteOptions(target: SqliteTarget, entities: EntityList): DataSourceOptions {
  const inMemory = target.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(target.file), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: target.file,
    // TypeORM's better-sqlite3 driver always runs `PRAGMA foreign_keys = ON`; WAL lets readers run beside a writer.
    enableWAL: !inMemory,
    timeout: 5000,
    // Refresh planner statistics where they are missing or stale (SQLite >= 3.46); without them the catalogue
    // query sorts a temporary B-tree instead of walking the sort index.
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma('optimize=0x10002');
    },
    entities,
    migrations: SQLITE_MIGRATIONS,
  };
}

function mysqlOptions(target: MysqlTarget, entities: EntityList): DataSourceOptions {
  return {
    type: 'mysql',
    connectorPackage: 'mysql2',
    host: target.host,
    port: target.port,
    username: target.user,
    password: target.password,
    database: target.database,
    charset: 'utf8mb4_unicode_ci',
    // Dates go over the wire and come back in UTC whatever the server's or the session's time zone.
    timezone: 'Z',
    // DATE columns are calendar days: keep 'YYYY-MM-DD' rather than a Date at some time-zone midnight.
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: 10,
    entities,
    migrations: MYSQL_MIGRATIONS,
  };
}

/**
 * TypeORM options for the configured database. Schema changes only through migrations: run as the connection
 * opens when `migrationsRun` (MIGRATE_ON_START), else by `npm run migrate` with the migration user.
 */
export function buildDataSourceOptions(target: DatabaseTarget, entities: EntityList, { migrationsRun }: { migrationsRun: boolean }): DataSourceOptions {
  const base = target.dialect === 'sqlite' ? sqliteOptions(target, entities) : mysqlOptions(target, entities);
  return {
    ...base,
    synchronize: false,
    migrationsRun,
    migrationsTransactionMode: 'each',
    logging: false,
  };
}
