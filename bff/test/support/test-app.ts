import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createConnection } from 'mysql2/promise';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { AppOptions } from '../../src/app.module';
import type { AppConfig, HttpPlatform } from '../../src/infra/config/app-config';
import { loadConfig, type Env } from '../../src/infra/config/load-config';
import { findRepoRoot } from '../../src/infra/config/repo-root';
import { multipliedQuotas, RATE_LIMIT_QUOTAS, type RateLimitSettings } from '../../src/infra/rate-limit/rate-limit-quotas';
import { mysqlServerUrl, parseDatabaseUrl, type DatabaseDialect, type MysqlTarget } from '../../src/infra/database/database-url';
import { createLogger } from '../../src/infra/logging/logger';
import { Seeder } from '../../src/seed/seeder';

/** The MariaDB / MySQL server for the mysql runs: TEST_MYSQL_URL, or DATABASE_URL when it is a mysql URL. */
export function mysqlTestUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.TEST_MYSQL_URL, env.DATABASE_URL];
  return candidates.find((url) => url?.startsWith('mysql://'));
}

/** Every suite runs on SQLite, and on MySQL too when a server is configured. */
export const DIALECTS: readonly DatabaseDialect[] = mysqlTestUrl() ? ['sqlite', 'mysql'] : ['sqlite'];

export interface TestAppOptions {
  dialect: DatabaseDialect;
  seed?: boolean;
  platform?: HttpPlatform;
  env?: Env;
  /**
   * Rate-limit quotas and key prefix. By default a thousand times the production quotas, so suites that sign
   * in and call far more often than a person never meet them; the rate-limit tests pass their own.
   */
  rateLimit?: Partial<RateLimitSettings>;
  /** Live updates: the Redis channel (one per run when REDIS_URL is set) and the subscription limits. */
  events?: AppOptions['events'];
  /** A second instance on the database of this app (several BFF instances); the database is left to its owner. */
  shareDatabaseOf?: TestApp;
}

const TEST_RATE_LIMIT: Partial<RateLimitSettings> = { quotas: multipliedQuotas(RATE_LIMIT_QUOTAS, 1000) };

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: ReadonlyArray<string | number>;
    extensions?: { code?: string; fields?: Array<{ field: string; message: string }>; correlationId?: string; [key: string]: unknown };
  }>;
  text: string;
}

export interface TestApp {
  app: INestApplication;
  http: Server;
  config: AppConfig;
  dataSource: DataSource;
  /** Every JSON log line the app wrote, oldest first. */
  logs: Array<Record<string, unknown>>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

interface DatabaseHandle {
  url: string;
  drop(): Promise<void>;
}

function sqliteDatabase(): DatabaseHandle {
  const dir = mkdtempSync(join(tmpdir(), 'rt-test-'));
  return {
    url: `sqlite:${join(dir, 'rongtong.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function mysqlDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `rt_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const server = parseDatabaseUrl(url.toString(), '/') as MysqlTarget;
  const admin = () => createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
  const connection = await admin();
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  return {
    url: `${mysqlServerUrl(server)}/${name}`,
    drop: async () => {
      const dropper = await admin();
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
}

function captureLogs(): { stream: Writable; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  let pending = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) if (part) lines.push(JSON.parse(part) as Record<string, unknown>);
      callback();
    },
  });
  return { stream, lines };
}

/** A real BFF on a fresh database of its own (a temp SQLite file or a new `rt_test_<random>` MySQL database). */
export async function createTestApp({ dialect, seed = true, platform, env = {}, rateLimit = TEST_RATE_LIMIT, events, shareDatabaseOf }: TestAppOptions): Promise<TestApp> {
  const mysqlUrl = mysqlTestUrl();
  if (dialect === 'mysql' && !mysqlUrl) throw new Error('set TEST_MYSQL_URL to run the MySQL suite');
  const database: DatabaseHandle = shareDatabaseOf
    ? { url: shareDatabaseOf.config.databaseUrl, drop: async () => undefined }
    : dialect === 'sqlite'
      ? sqliteDatabase()
      : await mysqlDatabase(mysqlUrl ?? '');
  const filesDir = mkdtempSync(join(tmpdir(), 'rt-files-'));
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      SEED_ON_START: 'false',
      // A fresh database every time: migrated at start whatever NODE_ENV says (production's default is not to).
      MIGRATE_ON_START: 'true',
      H5_DIR: join(tmpdir(), 'rt-no-h5'),
      FILES_DIR: filesDir,
      LOG_LEVEL: 'info',
      ...(platform ? { HTTP_PLATFORM: platform } : {}),
      ...env,
    },
    findRepoRoot(),
  );
  const { stream, lines } = captureLogs();
  let app: INestApplication;
  try {
    app = await createApp(config, createLogger(config.logLevel, stream), { rateLimit, events });
    if (seed) await app.get(Seeder).seedDemo();
  } catch (error) {
    await database.drop();
    rmSync(filesDir, { recursive: true, force: true });
    throw error;
  }
  const http = app.getHttpServer() as Server;
  return {
    app,
    http,
    config,
    dataSource: app.get(DataSource),
    logs: lines,
    async gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
      const response = await request(http).post('/graphql').set('Content-Type', 'application/json').send({ query, variables });
      const body = (response.body ?? {}) as Omit<GraphqlResponse<T>, 'status' | 'text'>;
      return { status: response.status, text: response.text, ...body };
    },
    async close() {
      await app.close();
      await database.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
