import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config';
import { resolveStaticFile, servedAppOptions } from './static-files.middleware';

describe('resolveStaticFile', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rt-h5-'));
    mkdirSync(join(root, 'js'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'js', 'app.js'), '');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds files under the root', () => {
    expect(resolveStaticFile(root, '/js/app.js')).toBe(join(root, 'js', 'app.js'));
    expect(resolveStaticFile(root, '/index.html')).toBe(join(root, 'index.html'));
  });

  it('refuses directories, missing files and escapes from the root', () => {
    expect(resolveStaticFile(root, '/js')).toBeUndefined();
    expect(resolveStaticFile(root, '/missing.js')).toBeUndefined();
    expect(resolveStaticFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStaticFile(root, '/js/%00app.js')).toBeUndefined();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('servedAppOptions', () => {
  const ROOT = '/srv/rongtong';
  const PRODUCTION = {
    NODE_ENV: 'production',
    DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(48, 1).toString('base64')}`,
    DATA_ENCRYPTION_ACTIVE_KEY: 'k1',
    BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
    AUDIT_CHAIN_KEY: Buffer.alloc(32, 3).toString('base64'),
    TOKEN_HASH_KEY: Buffer.alloc(32, 4).toString('base64'),
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
    TRUSTED_PROXIES: '10.0.0.0/8',
  };

  it("lets the page reach mock-server's host-bridge endpoints outside production only", () => {
    const development = loadConfig({ NODE_ENV: 'development', MOCK_SERVER_URL: 'http://127.0.0.1:4100/' }, ROOT);
    expect(servedAppOptions(development)).toEqual({ trustedProxies: [], connectSources: ['http://127.0.0.1:4100'] });
    expect(servedAppOptions(loadConfig(PRODUCTION, ROOT))).toEqual({ trustedProxies: ['10.0.0.0/8'], connectSources: [] });
  });
});
