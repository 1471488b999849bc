import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_SEED, loadConfig } from './config';
import { DEFAULT_FACE_MERCHANTS } from './face/merchants';
import { DEFAULT_GOV_APP_KEYS } from './gov/exchange/app-keys';
import { DEFAULT_OIDC_CLIENTS } from './identity/clients';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('falls back to the defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: DEFAULT_PORT,
      host: DEFAULT_HOST,
      seed: DEFAULT_SEED,
      faults: [],
      adminEnabled: true,
      publicUrl: undefined,
      oidcClients: DEFAULT_OIDC_CLIENTS,
      govAppKeys: DEFAULT_GOV_APP_KEYS,
      govAsOfMonth: undefined,
      faceMerchants: DEFAULT_FACE_MERCHANTS,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      MOCK_PORT: '4999',
      MOCK_HOST: '0.0.0.0',
      MOCK_SEED: '123',
      MOCK_FAULTS: '[{"route":"/gov/v1/*","errorRate":0.5}]',
      MOCK_ADMIN: 'off',
      MOCK_PUBLIC_URL: 'https://mock.example.test:8443/',
      MOCK_OIDC_CLIENTS: '[{"clientId":"app","clientSecret":"app-secret-1","redirectUriPrefixes":["https://app.example.test/"]}]',
      MOCK_GOV_APP_KEYS: '[{"appKey":"bank-a","secret":"bank-a-secret-0123"}]',
      MOCK_GOV_AS_OF: '2026-11',
      MOCK_FACE_MERCHANTS: '[{"merchantId":"bank-b","secret":"bank-b-face-secret"}]',
    });
    expect(config).toEqual({
      port: 4999,
      host: '0.0.0.0',
      seed: 123,
      faults: [{ route: '/gov/v1/*', errorRate: 0.5 }],
      adminEnabled: false,
      publicUrl: 'https://mock.example.test:8443',
      oidcClients: [{ clientId: 'app', clientSecret: 'app-secret-1', redirectUriPrefixes: ['https://app.example.test/'] }],
      govAppKeys: [{ appKey: 'bank-a', secret: 'bank-a-secret-0123' }],
      govAsOfMonth: '2026-11',
      faceMerchants: [{ merchantId: 'bank-b', secret: 'bank-b-face-secret' }],
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ MOCK_PORT: '', MOCK_FAULTS: ' ' }).port).toBe(DEFAULT_PORT);
  });

  it.each(['abc', '65536', '-1', '4100.5'])('rejects MOCK_PORT=%s naming the variable', (port) => {
    const problems = problemsOf({ MOCK_PORT: port });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('MOCK_PORT');
    expect(problems[0]).toContain(port);
  });

  it('rejects a seed outside 32 bits', () => {
    expect(problemsOf({ MOCK_SEED: '4294967296' })[0]).toContain('MOCK_SEED');
  });

  it('rejects MOCK_FAULTS that is not JSON or holds a bad rule, naming the field', () => {
    expect(problemsOf({ MOCK_FAULTS: '[{' })[0]).toBe('MOCK_FAULTS 不是合法的 JSON');
    const [problem] = problemsOf({ MOCK_FAULTS: '[{"route":"/x","errorRate":2}]' });
    expect(problem).toContain('MOCK_FAULTS');
    expect(problem).toContain('[0].errorRate');
  });

  it('accepts only on or off for MOCK_ADMIN', () => {
    expect(loadConfig({ MOCK_ADMIN: 'on' }).adminEnabled).toBe(true);
    expect(problemsOf({ MOCK_ADMIN: 'false' })[0]).toContain('MOCK_ADMIN');
  });

  it.each(['ftp://mock.example.test', 'mock.example.test', 'http://mock.example.test/?a=1', 'http://user:pw@mock.example.test', 'http://x/#top'])(
    'rejects MOCK_PUBLIC_URL=%s naming the variable',
    (url) => {
      const [problem] = problemsOf({ MOCK_PUBLIC_URL: url });
      expect(problem).toContain('MOCK_PUBLIC_URL');
      expect(problem).toContain(url);
    },
  );

  it('rejects MOCK_OIDC_CLIENTS that is not JSON or holds a bad client, naming the field', () => {
    expect(problemsOf({ MOCK_OIDC_CLIENTS: '{' })[0]).toBe('MOCK_OIDC_CLIENTS 不是合法的 JSON');
    expect(problemsOf({ MOCK_OIDC_CLIENTS: '[]' })[0]).toContain('非空');
    const [problem] = problemsOf({
      MOCK_OIDC_CLIENTS: '[{"clientId":"a","clientSecret":"short","redirectUriPrefixes":["http://localhost"]}]',
    });
    expect(problem).toContain('MOCK_OIDC_CLIENTS');
    expect(problem).toContain('[0].clientSecret');
    expect(problem).toContain('[0].redirectUriPrefixes[0]');
  });

  it('rejects MOCK_GOV_APP_KEYS that is not JSON or holds a bad or repeated app key, naming the field', () => {
    expect(problemsOf({ MOCK_GOV_APP_KEYS: '[' })[0]).toBe('MOCK_GOV_APP_KEYS 不是合法的 JSON');
    expect(problemsOf({ MOCK_GOV_APP_KEYS: '[]' })[0]).toContain('1–20 项');
    const [problem] = problemsOf({
      MOCK_GOV_APP_KEYS: '[{"appKey":"a b","secret":"short"},{"appKey":"k","secret":"0123456789abcdef"},{"appKey":"k","secret":"0123456789abcdef"}]',
    });
    expect(problem).toContain('[0].appKey');
    expect(problem).toContain('[0].secret');
    expect(problem).toContain('[2].appKey');
    expect(problem).not.toContain('[1]');
  });

  it('rejects MOCK_FACE_MERCHANTS that is not JSON or holds a bad or repeated merchant, naming the field', () => {
    expect(problemsOf({ MOCK_FACE_MERCHANTS: '{' })[0]).toBe('MOCK_FACE_MERCHANTS 不是合法的 JSON');
    expect(problemsOf({ MOCK_FACE_MERCHANTS: '{}' })[0]).toContain('商户列表必须是 1–20 项');
    const [problem] = problemsOf({
      MOCK_FACE_MERCHANTS: '[{"merchantId":"m","secret":"0123456789abcdef"},{"merchantId":"m","secret":"short","extra":1}]',
    });
    expect(problem).toContain('[1].merchantId merchantId “m” 重复');
    expect(problem).toContain('[1].secret');
    expect(problem).toContain('[1].extra');
    expect(problem).not.toContain('[0]');
  });

  it.each(['2026-13', '2026-1', '26-11', 'now'])('rejects MOCK_GOV_AS_OF=%s naming the variable', (month) => {
    const [problem] = problemsOf({ MOCK_GOV_AS_OF: month });
    expect(problem).toContain('MOCK_GOV_AS_OF');
    expect(problem).toContain(month);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ MOCK_PORT: 'x', MOCK_HOST: 'a b', MOCK_ADMIN: 'no' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual(['MOCK_PORT', 'MOCK_HOST', 'MOCK_ADMIN']);
  });
});
