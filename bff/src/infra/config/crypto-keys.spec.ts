import { inspect } from 'node:util';
import { CRYPTO_KEY_VARIABLES, DEVELOPMENT_DATA_KEY_ID, readCryptoKeys } from './crypto-keys';
import { ConfigError, loadConfig } from './load-config';

const key48 = (fill: number) => Buffer.alloc(48, fill).toString('base64');
const key32 = (fill: number) => Buffer.alloc(32, fill).toString('base64');

const VALID = {
  DATA_ENCRYPTION_KEYS: `2025a:${key48(1)},2026a:${key48(2)}`,
  DATA_ENCRYPTION_ACTIVE_KEY: '2026a',
  BLIND_INDEX_KEY: key32(3),
  AUDIT_CHAIN_KEY: key32(4),
  TOKEN_HASH_KEY: key32(5),
};

function read(env: Record<string, string>, nodeEnv: 'development' | 'production' | 'test' = 'production') {
  const problems: string[] = [];
  const keys = readCryptoKeys(env, nodeEnv, problems);
  return { keys, problems };
}

describe('readCryptoKeys', () => {
  it('reads a key ring with an active key and three distinct secrets', () => {
    const { keys, problems } = read(VALID);
    expect(problems).toEqual([]);
    expect(keys.dataKeys.map((key) => key.id)).toEqual(['2025a', '2026a']);
    expect(keys.activeDataKeyId).toBe('2026a');
    expect(keys.dataKeys[1]?.encryptionKey).toEqual(Buffer.alloc(16, 2));
    expect(keys.dataKeys[1]?.macKey).toEqual(Buffer.alloc(32, 2));
    expect(keys.tokenHashKey).toEqual(Buffer.alloc(32, 5));
    expect(keys.developmentDefaults).toEqual([]);
  });

  it('requires every variable in production, naming each one', () => {
    const { problems } = read({});
    for (const name of CRYPTO_KEY_VARIABLES) expect(problems).toContain(`${name} 在生产环境必须设置`);
  });

  it('refuses the process start in production without them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_CLIENT_SECRET: 'x' }, '/srv/rongtong')).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_CLIENT_SECRET: 'x' }, '/srv/rongtong')).toThrow(
      '配置错误: TOKEN_HASH_KEY 在生产环境必须设置',
    );
  });

  it('falls back to fixed development keys outside production and says which', () => {
    const first = read({}, 'development');
    const second = read({}, 'test');
    expect(first.problems).toEqual([]);
    expect(first.keys.activeDataKeyId).toBe(DEVELOPMENT_DATA_KEY_ID);
    expect(first.keys.developmentDefaults).toEqual(['DATA_ENCRYPTION_KEYS', 'BLIND_INDEX_KEY', 'AUDIT_CHAIN_KEY', 'TOKEN_HASH_KEY']);
    expect(second.keys.blindIndexKey).toEqual(first.keys.blindIndexKey);
    expect(first.keys.blindIndexKey).not.toEqual(first.keys.tokenHashKey);
  });

  it.each([
    ['a short data key', { DATA_ENCRYPTION_KEYS: `k1:${key32(1)}` }, 'DATA_ENCRYPTION_KEYS 的每一项必须是'],
    ['a key id with a dot', { DATA_ENCRYPTION_KEYS: `k.1:${key48(1)}` }, '第 1 项不符合'],
    ['a duplicate key id', { DATA_ENCRYPTION_KEYS: `k1:${key48(1)},k1:${key48(2)}` }, '密钥编号 k1 重复'],
    ['an unknown active key', { DATA_ENCRYPTION_ACTIVE_KEY: 'nope' }, 'DATA_ENCRYPTION_ACTIVE_KEY 必须是 DATA_ENCRYPTION_KEYS 中的一个密钥编号'],
    ['a short secret', { TOKEN_HASH_KEY: key32(5).slice(0, 20) }, 'TOKEN_HASH_KEY 必须是至少 32 字节密钥的 base64 编码'],
    ['a secret that is not base64', { AUDIT_CHAIN_KEY: 'not base64 at all!' }, 'AUDIT_CHAIN_KEY 必须是至少 32 字节密钥的 base64 编码'],
    ['a secret used twice', { AUDIT_CHAIN_KEY: key32(3) }, '必须互不相同'],
  ])('refuses %s', (_label, change, message) => {
    const { problems } = read({ ...VALID, ...change });
    expect(problems.join('\n')).toContain(message);
  });

  it('needs the active key named when several keys are configured, outside production too', () => {
    const { problems } = read({ DATA_ENCRYPTION_KEYS: VALID.DATA_ENCRYPTION_KEYS }, 'development');
    expect(problems).toContain('DATA_ENCRYPTION_ACTIVE_KEY 必须设置（指定用于加密的密钥编号）');
    expect(read({ DATA_ENCRYPTION_KEYS: `solo:${key48(9)}` }, 'development').keys.activeDataKeyId).toBe('solo');
  });

  it('never echoes a secret in a problem, a log line or an inspection', () => {
    const secret = key32(3).slice(0, 20);
    const { problems, keys } = read({ ...VALID, BLIND_INDEX_KEY: secret });
    expect(problems.join('\n')).not.toContain(secret);
    const valid = read(VALID).keys;
    expect(JSON.stringify({ config: valid })).toBe('{"config":{"dataKeyIds":["2025a","2026a"],"activeDataKeyId":"2026a"}}');
    expect(inspect(keys)).not.toContain(Buffer.alloc(32, 4).toString('hex'));
    expect(inspect(valid)).toContain('CryptoKeys');
  });
});
