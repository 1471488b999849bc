import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config';
import { findRepoRoot } from './repo-root';

const ROOT = '/srv/rongtong';

/** The key variables production requires (crypto-keys.ts); values are arbitrary test bytes. */
const PRODUCTION_KEYS = {
  DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(48, 1).toString('base64')}`,
  DATA_ENCRYPTION_ACTIVE_KEY: 'k1',
  BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
  AUDIT_CHAIN_KEY: Buffer.alloc(32, 3).toString('base64'),
  TOKEN_HASH_KEY: Buffer.alloc(32, 4).toString('base64'),
};

/** What production must be told explicitly about the identity platform and the government data exchange. */
const PRODUCTION_IDENTITY = {
  OIDC_ISSUER: 'https://ids.ah.gov.cn/oidc',
  OIDC_CLIENT_SECRET: 'a-real-secret',
  LOGIN_REDIRECT_ORIGINS: 'https://rongtong.fy.gov.cn',
  GOV_EXCHANGE_BASE_URL: 'https://data.ah.gov.cn/exchange',
  GOV_EXCHANGE_APP_KEY: 'fy-rongtong',
  GOV_EXCHANGE_APP_SECRET: 'a-real-exchange-secret',
  FACE_PROVIDER_BASE_URL: 'https://face.example.com/api',
  FACE_MERCHANT_ID: 'fy-rongtong',
  FACE_MERCHANT_SECRET: 'a-real-face-merchant-secret',
  FACE_CALLBACK_URL: 'https://rongtong.fy.gov.cn/api/callbacks/face-verification',
};

/** Outside these tests the development defaults only apply when NODE_ENV says so. */
function dev(env: Record<string, string> = {}): Record<string, string> {
  return { NODE_ENV: 'development', ...env };
}

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env, ROOT);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(dev(), ROOT);
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      trustedProxies: [],
      redisUrl: undefined,
      metricsToken: undefined,
      databaseUrl: `sqlite:${join(ROOT, 'var', 'rongtong.sqlite')}`,
      database: { dialect: 'sqlite', file: join(ROOT, 'var', 'rongtong.sqlite') },
      h5Dir: join(ROOT, 'miniapp', 'dist', 'h5'),
      persistedOperationsFile: join(ROOT, 'shared', 'persisted-operations.json'),
      filesDir: join(ROOT, 'var', 'files'),
      mockServerUrl: 'http://127.0.0.1:4100',
      logLevel: 'info',
      seedOnStart: true,
      migrateOnStart: true,
      graphqlIntrospection: true,
      catalogueCacheEntries: 2000,
      abandonedUploadGraceHours: 72,
      uploadTimeoutSeconds: 120,
    });
  });

  it('keeps uploads beside a SQLite file and under var/ for MySQL', () => {
    expect(loadConfig(dev({ DATABASE_URL: 'sqlite:/tmp/e2e/app.sqlite' }), ROOT).filesDir).toBe('/tmp/e2e/files');
    expect(loadConfig(dev({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' }), ROOT).filesDir).toBe(join(ROOT, 'var', 'files'));
  });

  it('migrates on start by default outside production only', () => {
    const production = { NODE_ENV: 'production', ...PRODUCTION_IDENTITY, ...PRODUCTION_KEYS };
    expect(loadConfig(production, ROOT).migrateOnStart).toBe(false);
    expect(loadConfig({ ...production, MIGRATE_ON_START: 'true' }, ROOT).migrateOnStart).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }, ROOT).migrateOnStart).toBe(true);
    expect(problemsOf(dev({ MIGRATE_ON_START: 'sometimes' }))).toContain('MIGRATE_ON_START 必须是 true 或 false');
  });

  it('turns introspection off by default in production only', () => {
    const production = { NODE_ENV: 'production', ...PRODUCTION_IDENTITY, ...PRODUCTION_KEYS };
    expect(loadConfig(production, ROOT).graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }, ROOT).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }, ROOT).graphqlIntrospection).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        HTTP_PLATFORM: 'express',
        DATABASE_URL: 'mysql://app:s%40cret@db.internal:3307/rongtong',
        H5_DIR: 'web/h5',
        PERSISTED_OPERATIONS_FILE: 'deploy/safelist.json',
        FILES_DIR: 'data/uploads',
        MOCK_SERVER_URL: 'http://mock:4100/',
        LOG_LEVEL: 'warn',
        SEED_ON_START: 'false',
        MIGRATE_ON_START: 'no',
        GRAPHQL_INTROSPECTION: '0',
        CATALOGUE_CACHE_ENTRIES: '0',
        ABANDONED_UPLOAD_GRACE_HOURS: '168',
        UPLOAD_TIMEOUT_SECONDS: '60',
      },
      ROOT,
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      nodeEnv: 'test',
      httpPlatform: 'express',
      database: { dialect: 'mysql', host: 'db.internal', port: 3307, user: 'app', password: 's@cret', database: 'rongtong' },
      h5Dir: join(ROOT, 'web', 'h5'),
      persistedOperationsFile: join(ROOT, 'deploy', 'safelist.json'),
      filesDir: join(ROOT, 'data', 'uploads'),
      mockServerUrl: 'http://mock:4100',
      logLevel: 'warn',
      seedOnStart: false,
      migrateOnStart: false,
      graphqlIntrospection: false,
      catalogueCacheEntries: 0,
      abandonedUploadGraceHours: 168,
      uploadTimeoutSeconds: 60,
    });
  });

  it('points the OIDC client at the mock identity platform by default', () => {
    const config = loadConfig(dev({ MOCK_SERVER_URL: 'http://mock:4100' }), ROOT);
    expect(config.oidc).toEqual({ issuer: 'http://mock:4100/oidc', clientId: 'rongtong-bff', clientSecret: 'rongtong-dev-secret' });
    expect(config.loginRedirectOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('reads the OIDC client and the login redirect origins', () => {
    const config = loadConfig(
      dev({
        OIDC_ISSUER: 'https://ids.ah.gov.cn/oidc/',
        OIDC_CLIENT_ID: 'fy-rongtong',
        OIDC_CLIENT_SECRET: 's3cret',
        LOGIN_REDIRECT_ORIGINS: 'https://rongtong.fy.gov.cn, http://localhost:*',
      }),
      ROOT,
    );
    expect(config.oidc).toEqual({ issuer: 'https://ids.ah.gov.cn/oidc', clientId: 'fy-rongtong', clientSecret: 's3cret' });
    expect(config.loginRedirectOrigins).toEqual(['https://rongtong.fy.gov.cn', 'http://localhost:*']);
  });

  it('requires the OIDC client secret in production and refuses bad redirect origins', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toContain('OIDC_CLIENT_SECRET 在生产环境必须设置');
    expect(problemsOf(dev({ LOGIN_REDIRECT_ORIGINS: 'http://*.evil.example' }))).toContain('LOGIN_REDIRECT_ORIGINS');
    expect(problemsOf(dev({ OIDC_ISSUER: 'ids.ah.gov.cn' }))).toContain('OIDC_ISSUER');
  });

  it('is production when NODE_ENV is not set, and refuses to start unconfigured, naming each variable', () => {
    const message = problemsOf({});
    for (const name of [...Object.keys(PRODUCTION_IDENTITY), ...Object.keys(PRODUCTION_KEYS)]) {
      expect(message).toContain(`${name} 在生产环境必须设置`);
    }
    expect(loadConfig({ ...PRODUCTION_IDENTITY, ...PRODUCTION_KEYS }, ROOT).isProduction).toBe(true);
  });

  it('refuses mock-server and local redirect origins as the identity platform in production', () => {
    const production = { NODE_ENV: 'production', ...PRODUCTION_IDENTITY, ...PRODUCTION_KEYS };
    expect(problemsOf({ ...production, OIDC_ISSUER: 'http://127.0.0.1:4100/oidc' })).toContain('OIDC_ISSUER 在生产环境不能指向模拟服务');
    expect(problemsOf({ ...production, MOCK_SERVER_URL: 'https://ids.ah.gov.cn' })).toContain('OIDC_ISSUER 在生产环境不能指向模拟服务');
    expect(problemsOf({ ...production, LOGIN_REDIRECT_ORIGINS: 'https://rongtong.fy.gov.cn,http://localhost:*' })).toContain(
      'LOGIN_REDIRECT_ORIGINS 在生产环境不能包含本机地址 (http://localhost:*)',
    );
  });

  it('points the government data exchange at mock-server outside production, with its development key and secret', () => {
    expect(loadConfig(dev({ MOCK_SERVER_URL: 'http://mock:4100' }), ROOT).govExchange).toEqual({
      baseUrl: 'http://mock:4100',
      appKey: 'rongtong-bff',
      appSecret: 'rongtong-dev-gov-exchange-secret',
      timeoutMs: 5000,
      refreshIntervalMinutes: 1440,
    });
    expect(loadConfig({ NODE_ENV: 'test' }, ROOT).govExchange.refreshIntervalMinutes).toBe(0);
  });

  it('reads and checks the government data exchange settings', () => {
    const config = loadConfig(
      dev({
        GOV_EXCHANGE_BASE_URL: 'https://data.ah.gov.cn/exchange/',
        GOV_EXCHANGE_APP_KEY: 'fy.rongtong_01',
        GOV_EXCHANGE_APP_SECRET: 'x'.repeat(32),
        GOV_EXCHANGE_TIMEOUT_MS: '1500',
        GOV_DATA_REFRESH_INTERVAL_MINUTES: '0',
      }),
      ROOT,
    );
    expect(config.govExchange).toEqual({
      baseUrl: 'https://data.ah.gov.cn/exchange',
      appKey: 'fy.rongtong_01',
      appSecret: 'x'.repeat(32),
      timeoutMs: 1500,
      refreshIntervalMinutes: 0,
    });
    expect(problemsOf(dev({ GOV_EXCHANGE_BASE_URL: 'data.ah.gov.cn' }))).toContain('GOV_EXCHANGE_BASE_URL');
    expect(problemsOf(dev({ GOV_EXCHANGE_APP_KEY: 'has space' }))).toContain('GOV_EXCHANGE_APP_KEY 必须是 1-64 个字母、数字或 _ . -');
    const short = problemsOf(dev({ GOV_EXCHANGE_APP_SECRET: 'short' }));
    expect(short).toContain('GOV_EXCHANGE_APP_SECRET 至少 16 个字符');
    expect(short).not.toContain('short');
    expect(problemsOf(dev({ GOV_EXCHANGE_TIMEOUT_MS: '50' }))).toContain('GOV_EXCHANGE_TIMEOUT_MS 必须是 100-30000 的整数（毫秒）');
    expect(problemsOf(dev({ GOV_DATA_REFRESH_INTERVAL_MINUTES: '-1' }))).toContain('GOV_DATA_REFRESH_INTERVAL_MINUTES');
  });

  it('refuses mock-server as the government data exchange in production', () => {
    const production = { NODE_ENV: 'production', ...PRODUCTION_IDENTITY, ...PRODUCTION_KEYS };
    expect(problemsOf({ ...production, GOV_EXCHANGE_BASE_URL: 'http://127.0.0.1:4100' })).toContain(
      'GOV_EXCHANGE_BASE_URL 在生产环境不能指向模拟服务',
    );
    const missing = problemsOf({ NODE_ENV: 'production', ...PRODUCTION_KEYS, OIDC_ISSUER: PRODUCTION_IDENTITY.OIDC_ISSUER });
    expect(missing).toContain('GOV_EXCHANGE_BASE_URL 在生产环境必须设置');
    expect(missing).not.toContain('GOV_EXCHANGE_BASE_URL 在生产环境不能指向模拟服务');
  });

  it('points face verification at mock-server outside production, with the development merchant and this port', () => {
    expect(loadConfig(dev({ MOCK_SERVER_URL: 'http://mock:4100', PORT: '4321' }), ROOT).faceVerification).toEqual({
      baseUrl: 'http://mock:4100',
      merchantId: 'rongtong-bff',
      secret: 'rongtong-dev-face-secret',
      callbackUrl: 'http://127.0.0.1:4321/api/callbacks/face-verification',
      timeoutMs: 5000,
    });
    expect(problemsOf(dev({ FACE_CALLBACK_URL: 'rongtong.fy.gov.cn/cb' }))).toContain('FACE_CALLBACK_URL');
    expect(problemsOf(dev({ FACE_MERCHANT_SECRET: 'short' }))).toContain('FACE_MERCHANT_SECRET 至少 16 个字符');
  });

  it('requires real face-verification settings in production and refuses mock-server there', () => {
    const production = { NODE_ENV: 'production', ...PRODUCTION_IDENTITY, ...PRODUCTION_KEYS };
    expect(loadConfig(production, ROOT).faceVerification.baseUrl).toBe('https://face.example.com/api');
    expect(problemsOf({ ...production, FACE_PROVIDER_BASE_URL: 'http://127.0.0.1:4100' })).toContain('FACE_PROVIDER_BASE_URL 在生产环境不能指向模拟服务');
    const { FACE_MERCHANT_SECRET: _secret, FACE_CALLBACK_URL: _callback, ...withoutFace } = production;
    const missing = problemsOf(withoutFace);
    expect(missing).toContain('FACE_MERCHANT_SECRET 在生产环境必须设置');
    expect(missing).toContain('FACE_CALLBACK_URL 在生产环境必须设置');
  });

  it('reads trusted proxies, the Redis URL and the metrics token', () => {
    const config = loadConfig(
      dev({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1/128', REDIS_URL: 'redis://127.0.0.1:6379/2', METRICS_TOKEN: 'm'.repeat(32) }),
      ROOT,
    );
    expect(config.trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1', '::1/128']);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(config.metricsToken).toBe('m'.repeat(32));
    expect(problemsOf(dev({ TRUSTED_PROXIES: '10.0.0.0/33' }))).toContain('TRUSTED_PROXIES');
    expect(problemsOf(dev({ TRUSTED_PROXIES: 'proxy.internal' }))).toContain('TRUSTED_PROXIES');
    expect(problemsOf(dev({ REDIS_URL: 'http://127.0.0.1:6379' }))).toContain('REDIS_URL');
    expect(problemsOf(dev({ METRICS_TOKEN: 'short' }))).toBe('配置错误: METRICS_TOKEN 必须是至少 24 个可见 ASCII 字符的令牌 (got "***")');
  });

  it('resolves a relative sqlite path against the repository root', () => {
    expect(loadConfig(dev({ DATABASE_URL: 'sqlite:var/x.sqlite' }), ROOT).database).toEqual({
      dialect: 'sqlite',
      file: join(ROOT, 'var', 'x.sqlite'),
    });
  });

  it('names the variable and the bad value', () => {
    expect(problemsOf(dev({ PORT: 'abc' }))).toBe('配置错误: PORT 必须是 1-65535 的整数 (got "abc")');
    expect(problemsOf(dev({ PORT: '70000' }))).toContain('PORT 必须是 1-65535 的整数');
    expect(problemsOf({ NODE_ENV: 'staging' })).toContain('NODE_ENV 必须是 development | production | test 之一 (got "staging")');
    expect(problemsOf(dev({ SEED_ON_START: 'maybe' }))).toContain('SEED_ON_START 必须是 true 或 false');
    expect(problemsOf(dev({ LOG_LEVEL: 'loud' }))).toContain('LOG_LEVEL');
    expect(problemsOf(dev({ MOCK_SERVER_URL: 'ftp://x' }))).toContain('MOCK_SERVER_URL');
    expect(problemsOf(dev({ DATABASE_URL: 'postgres://x/y' }))).toContain('DATABASE_URL 必须以 sqlite: 或 mysql:// 开头');
    expect(problemsOf(dev({ DATABASE_URL: 'mysql://root@localhost:3306' }))).toContain('DATABASE_URL mysql:// 地址必须以数据库名结尾');
    expect(problemsOf(dev({ HTTP_PLATFORM: 'koa' }))).toContain('HTTP_PLATFORM');
    expect(problemsOf(dev({ CATALOGUE_CACHE_ENTRIES: '-1' }))).toContain('CATALOGUE_CACHE_ENTRIES 必须是 0-100000 的整数 (got "-1")');
    expect(problemsOf(dev({ CATALOGUE_CACHE_ENTRIES: '1e9' }))).toContain('CATALOGUE_CACHE_ENTRIES');
    expect(problemsOf(dev({ ABANDONED_UPLOAD_GRACE_HOURS: 'abc' }))).toBe('配置错误: ABANDONED_UPLOAD_GRACE_HOURS 必须是 24-8760 的整数（小时） (got "abc")');
    expect(problemsOf(dev({ ABANDONED_UPLOAD_GRACE_HOURS: '1' }))).toContain('ABANDONED_UPLOAD_GRACE_HOURS 必须是 24-8760 的整数');
    expect(problemsOf(dev({ ABANDONED_UPLOAD_GRACE_HOURS: '-72' }))).toContain('ABANDONED_UPLOAD_GRACE_HOURS');
    expect(problemsOf(dev({ ABANDONED_UPLOAD_GRACE_HOURS: '72.5' }))).toContain('ABANDONED_UPLOAD_GRACE_HOURS');
    expect(problemsOf(dev({ UPLOAD_TIMEOUT_SECONDS: '0' }))).toBe('配置错误: UPLOAD_TIMEOUT_SECONDS 必须是 1-240 的整数（秒） (got "0")');
    expect(problemsOf(dev({ UPLOAD_TIMEOUT_SECONDS: '600' }))).toContain('UPLOAD_TIMEOUT_SECONDS 必须是 1-240 的整数');
  });

  it('reports every bad variable at once', () => {
    const message = problemsOf(dev({ PORT: '0', GRAPHQL_INTROSPECTION: 'perhaps' }));
    expect(message.split('\n')).toHaveLength(2);
  });

  it('finds the repository root from the source file, not the working directory', () => {
    const root = findRepoRoot();
    expect(join(root, 'bff', 'src', 'infra', 'config')).toBe(__dirname);
  });
});
