import { dirname, join, resolve } from 'node:path';
import type { DatabaseTarget } from '../database/database-url';
import { DatabaseUrlError, parseDatabaseUrl } from '../database/database-url';
import {
  AppConfig,
  HTTP_PLATFORMS,
  LOG_LEVELS,
  NODE_ENVS,
  type AppConfigValues,
  type EventsConfig,
  type FaceVerificationConfig,
  type GovExchangeConfig,
  type NodeEnv,
} from './app-config';
import { DEFAULT_LOGIN_REDIRECT_ORIGINS, isOriginPattern } from './redirect-origins';
import { readCryptoKeys } from './crypto-keys';
import { isCidr } from './trusted-proxies';
import { findRepoRoot } from './repo-root';

export type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when an environment variable has a bad value; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.map((problem) => `配置错误: ${problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}

class Reader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  private fail<T>(name: string, rule: string, value: string, fallback: T): T {
    this.problems.push(`${name} ${rule} (got ${JSON.stringify(value)})`);
    return fallback;
  }

  port(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const port = Number(value);
    if (/^\d+$/.test(value) && port >= 1 && port <= 65535) return port;
    return this.fail(name, '必须是 1-65535 的整数', value, fallback);
  }

  count(name: string, fallback: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const count = Number(value);
    if (/^\d+$/.test(value) && count <= max) return count;
    return this.fail(name, `必须是 0-${max} 的整数`, value, fallback);
  }

  integerBetween(name: string, fallback: number, min: number, max: number, unit = ''): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const integer = Number(value);
    if (/^\d+$/.test(value) && integer >= min && integer <= max) return integer;
    return this.fail(name, `必须是 ${min}-${max} 的整数${unit}`, value, fallback);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(name, `必须是 ${allowed.join(' | ')} 之一`, value, fallback);
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    return this.fail(name, '必须是 true 或 false', value, fallback);
  }

  httpUrl(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (/^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value)) return value.replace(/\/+$/, '');
    return this.fail(name, '必须是 http:// 或 https:// 开头的地址', value, fallback);
  }

  host(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (/^[A-Za-z0-9.:\-[\]]+$/.test(value)) return value;
    return this.fail(name, '必须是主机名或 IP 地址', value, fallback);
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  /** A secret with a development default that production must set explicitly (of at least `minLength` characters). */
  secret(name: string, developmentDefault: string, production: boolean, minLength = 1): string {
    const value = this.raw(name);
    if (value !== undefined) {
      if (value.length >= minLength) return value;
      return this.fail(name, `至少 ${minLength} 个字符`, '***', developmentDefault);
    }
    if (production) this.problems.push(`${name} 在生产环境必须设置`);
    return developmentDefault;
  }

  /** A value matching `format`, with a development default that production must set explicitly. */
  pattern(name: string, format: RegExp, rule: string, developmentDefault: string, production: boolean): string {
    const value = this.raw(name);
    if (value === undefined) {
      if (production) this.problems.push(`${name} 在生产环境必须设置`);
      return developmentDefault;
    }
    return format.test(value) ? value : this.fail(name, rule, value, developmentDefault);
  }

  originList(name: string, fallback: readonly string[]): string[] {
    const value = this.raw(name);
    if (value === undefined) return [...fallback];
    const origins = value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
    if (origins.length > 0 && origins.every(isOriginPattern)) return origins;
    return this.fail(name, '必须是逗号分隔的来源列表，如 https://example.gov.cn,http://localhost:*', value, [...fallback]);
  }

  /** A variable production must set explicitly; elsewhere the development default applies. */
  required(name: string, production: boolean): void {
    if (production && this.raw(name) === undefined) this.problems.push(`${name} 在生产环境必须设置`);
  }

  cidrList(name: string): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const ranges = value.split(',').map((range) => range.trim()).filter((range) => range !== '');
    if (ranges.every(isCidr)) return ranges;
    return this.fail(name, '必须是逗号分隔的 IP 地址或 CIDR 网段，如 10.0.0.0/8,127.0.0.1', value, []);
  }

  optionalUrl(name: string, schemes: readonly string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (URL.canParse(value) && schemes.includes(new URL(value).protocol)) return value;
    return this.fail(name, `必须是 ${schemes.map((scheme) => `${scheme}//`).join(' 或 ')} 开头的地址`, value, undefined);
  }

  optionalToken(name: string, minLength: number): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (value.length >= minLength && /^[\x21-\x7e]+$/.test(value)) return value;
    return this.fail(name, `必须是至少 ${minLength} 个可见 ASCII 字符的令牌`, '***', undefined);
  }

  database(name: string, fallback: string, baseDir: string): Pick<AppConfigValues, 'databaseUrl' | 'database'> {
    const url = this.string(name, fallback);
    try {
      return { databaseUrl: url, database: parseDatabaseUrl(url, baseDir) };
    } catch (error) {
      if (!(error instanceof DatabaseUrlError)) throw error;
      const database = parseDatabaseUrl(fallback, baseDir);
      return this.fail(name, error.message, url, { databaseUrl: fallback, database });
    }
  }
}

/** DATABASE_URL when unset: the SQLite file of the embedded default. */
export function defaultDatabaseUrl(repoRoot: string): string {
  return `sqlite:${join(repoRoot, 'var', 'rongtong.sqlite')}`;
}

/** Uploads live beside the SQLite file (so a test or demo database carries its files), else under var/. */
function defaultFilesDir(database: DatabaseTarget, repoRoot: string): string {
  return database.dialect === 'sqlite' && database.file !== ':memory:' ? join(dirname(database.file), 'files') : join(repoRoot, 'var', 'files');
}

function originOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).origin : undefined;
}

/** Production may not log citizens in, or read government data, through the stand-in for the external systems. */
function checkProductionExternalSystems(values: AppConfigValues, problems: string[]): void {
  const mock = originOf(values.mockServerUrl);
  if (originOf(values.oidc.issuer) === mock) problems.push('OIDC_ISSUER 在生产环境不能指向模拟服务 (MOCK_SERVER_URL)');
  const local = values.loginRedirectOrigins.filter((origin) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|$)/i.test(origin));
  if (local.length > 0) problems.push(`LOGIN_REDIRECT_ORIGINS 在生产环境不能包含本机地址 (${local.join(', ')})`);
  if (originOf(values.govExchange.baseUrl) === mock) problems.push('GOV_EXCHANGE_BASE_URL 在生产环境不能指向模拟服务 (MOCK_SERVER_URL)');
  if (originOf(values.faceVerification.baseUrl) === mock) problems.push('FACE_PROVIDER_BASE_URL 在生产环境不能指向模拟服务 (MOCK_SERVER_URL)');
}

/** The face-verification provider: development defaults (mock-server's merchant, this BFF's port) only outside production. */
function readFaceVerification(read: Reader, production: boolean, mockServerUrl: string, port: number): FaceVerificationConfig {
  read.required('FACE_PROVIDER_BASE_URL', production);
  read.required('FACE_CALLBACK_URL', production);
  return {
    baseUrl: read.httpUrl('FACE_PROVIDER_BASE_URL', production ? '' : mockServerUrl),
    merchantId: read.pattern('FACE_MERCHANT_ID', /^[A-Za-z0-9._-]{1,64}$/, '必须是 1-64 个字母、数字或 . _ -', 'rongtong-bff', production),
    secret: read.secret('FACE_MERCHANT_SECRET', 'rongtong-dev-face-secret', production, 16),
    callbackUrl: read.httpUrl('FACE_CALLBACK_URL', production ? '' : `http://127.0.0.1:${port}/api/callbacks/face-verification`),
    timeoutMs: read.integerBetween('FACE_PROVIDER_TIMEOUT_MS', 5000, 100, 30_000, '（毫秒）'),
  };
}

/** The government data exchange: development defaults (mock-server's) only outside production. */
function readGovExchange(read: Reader, nodeEnv: NodeEnv, mockServerUrl: string): GovExchangeConfig {
  const production = nodeEnv === 'production';
  read.required('GOV_EXCHANGE_BASE_URL', production);
  return {
    baseUrl: read.httpUrl('GOV_EXCHANGE_BASE_URL', production ? '' : mockServerUrl),
    appKey: read.pattern('GOV_EXCHANGE_APP_KEY', /^[A-Za-z0-9_.-]{1,64}$/, '必须是 1-64 个字母、数字或 _ . -', 'rongtong-bff', production),
    appSecret: read.secret('GOV_EXCHANGE_APP_SECRET', 'rongtong-dev-gov-exchange-secret', production, 16),
    timeoutMs: read.integerBetween('GOV_EXCHANGE_TIMEOUT_MS', 5000, 100, 30_000, '（毫秒）'),
    // Daily by default; tests refresh by hand.
    refreshIntervalMinutes: read.integerBetween('GOV_DATA_REFRESH_INTERVAL_MINUTES', nodeEnv === 'test' ? 0 : 1440, 0, 10_080, '（分钟，0 为不定时刷新）'),
  };
}

/** The outbox relay; the crash test's switch is refused outside NODE_ENV=test. */
function readEvents(read: Reader, nodeEnv: NodeEnv): EventsConfig {
  const testSkipPublish = read.boolean('OUTBOX_TEST_SKIP_PUBLISH', false);
  if (testSkipPublish && nodeEnv !== 'test') read.problems.push('OUTBOX_TEST_SKIP_PUBLISH 只能在 NODE_ENV=test 时使用');
  return {
    retentionHours: read.integerBetween('OUTBOX_RETENTION_HOURS', 168, 1, 8760, '（小时）'),
    relayIntervalSeconds: read.integerBetween('OUTBOX_RELAY_INTERVAL_SECONDS', 5, 1, 3600, '（秒）'),
    testSkipPublish,
  };
}

/**
 * Builds the configuration from environment variables; throws `ConfigError` naming every bad value.
 * Production is the default: only an explicit NODE_ENV=development|test relaxes the checks.
 */
export function loadConfig(env: Env, repoRoot: string = findRepoRoot()): AppConfig {
  const read = new Reader(env);
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'production');
  const production = nodeEnv === 'production';
  const mockServerUrl = read.httpUrl('MOCK_SERVER_URL', 'http://127.0.0.1:4100');
  const database = read.database('DATABASE_URL', defaultDatabaseUrl(repoRoot), repoRoot);
  const port = read.port('PORT', 4000);
  const values: AppConfigValues = {
    port,
    host: read.host('HOST', '0.0.0.0'),
    nodeEnv,
    httpPlatform: read.oneOf('HTTP_PLATFORM', HTTP_PLATFORMS, 'fastify'),
    ...database,
    h5Dir: resolve(repoRoot, read.string('H5_DIR', join(repoRoot, 'miniapp', 'dist', 'h5'))),
    persistedOperationsFile: resolve(repoRoot, read.string('PERSISTED_OPERATIONS_FILE', join(repoRoot, 'shared', 'persisted-operations.json'))),
    filesDir: resolve(repoRoot, read.string('FILES_DIR', defaultFilesDir(database.database, repoRoot))),
    mockServerUrl,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    seedOnStart: read.boolean('SEED_ON_START', true),
    // Production migrates with its own database user (npm run migrate) before the application starts.
    migrateOnStart: read.boolean('MIGRATE_ON_START', !production),
    graphqlIntrospection: read.boolean('GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    catalogueCacheEntries: read.count('CATALOGUE_CACHE_ENTRIES', 2000, 100_000),
    // At least a day: an operator may keep an editor with fresh, not yet saved uploads open that long.
    abandonedUploadGraceHours: read.integerBetween('ABANDONED_UPLOAD_GRACE_HOURS', 72, 24, 8760, '（小时）'),
    // 10 MB in two minutes is 85 KB/s; at most four, below the HTTP server's five-minute request timeout.
    uploadTimeoutSeconds: read.integerBetween('UPLOAD_TIMEOUT_SECONDS', 120, 1, 240, '（秒）'),
    oidc: {
      issuer: read.httpUrl('OIDC_ISSUER', `${mockServerUrl}/oidc`),
      clientId: read.string('OIDC_CLIENT_ID', 'rongtong-bff'),
      clientSecret: read.secret('OIDC_CLIENT_SECRET', 'rongtong-dev-secret', production),
    },
    govExchange: readGovExchange(read, nodeEnv, mockServerUrl),
    faceVerification: readFaceVerification(read, production, mockServerUrl, port),
    applications: {
      expiryDays: read.integerBetween('APPLICATION_EXPIRY_DAYS', 30, 1, 365, '（天）'),
      // Hourly by default; tests expire by hand.
      expiryIntervalMinutes: read.integerBetween('APPLICATION_EXPIRY_INTERVAL_MINUTES', nodeEnv === 'test' ? 0 : 60, 0, 1440, '（分钟，0 为不定时检查）'),
    },
    loginRedirectOrigins: read.originList('LOGIN_REDIRECT_ORIGINS', DEFAULT_LOGIN_REDIRECT_ORIGINS),
    crypto: readCryptoKeys(env, nodeEnv, read.problems),
    trustedProxies: read.cidrList('TRUSTED_PROXIES'),
    redisUrl: read.optionalUrl('REDIS_URL', ['redis:', 'rediss:']),
    metricsToken: read.optionalToken('METRICS_TOKEN', 24),
    events: readEvents(read, nodeEnv),
  };
  read.required('OIDC_ISSUER', production);
  read.required('LOGIN_REDIRECT_ORIGINS', production);
  if (production) checkProductionExternalSystems(values, read.problems);
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return new AppConfig(values);
}
