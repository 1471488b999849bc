import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAQ_SEEDS } from '../src/seed/data';
import { DEMO_ACCOUNT_SEEDS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/seed/data/accounts';
import { BANNER_SEEDS } from '../src/seed/data/banners';
import { productionSecrets } from './support/production-env';
import { freePort } from './support/free-port';
import { runNode, startBff, stopBff, transpiledBff } from './support/transpiled-bff';

/** What production requires and the process must name when it is missing (load-config.ts, crypto-keys.ts). */
const REQUIRED = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_SECRET',
  'LOGIN_REDIRECT_ORIGINS',
  'GOV_EXCHANGE_BASE_URL',
  'GOV_EXCHANGE_APP_KEY',
  'GOV_EXCHANGE_APP_SECRET',
  'FACE_PROVIDER_BASE_URL',
  'FACE_MERCHANT_ID',
  'FACE_MERCHANT_SECRET',
  'FACE_CALLBACK_URL',
  'DATA_ENCRYPTION_KEYS',
  'DATA_ENCRYPTION_ACTIVE_KEY',
  'BLIND_INDEX_KEY',
  'AUDIT_CHAIN_KEY',
  'TOKEN_HASH_KEY',
];

/** What this test asks, registered on the BFF's safelist of this run: production runs nothing else. */
const OPERATIONS = {
  staffLogin: 'mutation ProbeStaffLogin($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step } }',
  content: 'query ProbeReferenceData { faqs { id } homeBanners { id } institutions(first: 1) { totalCount } }',
};

function writeSafelist(file: string): string {
  const entries = Object.values(OPERATIONS).map((text) => [createHash('sha256').update(text).digest('hex'), text]);
  writeFileSync(file, JSON.stringify(Object.fromEntries(entries)));
  return file;
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
}

/**
 * The BFF as an operator starts it (`node main.js`, here the sources transpiled, since `npm test` runs this suite
 * before the build): production is what it is without NODE_ENV, it refuses to run unconfigured or on an old
 * schema, and a configured production start with SEED_ON_START=true has the reference data and no demo account.
 */
describe('starting the BFF in production (child process, SQLite)', () => {
  let main: string;
  let dir: string;

  beforeAll(() => {
    main = join(transpiledBff(), 'src', 'main.js');
    dir = mkdtempSync(join(tmpdir(), 'rt-production-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start with NODE_ENV unset and no keys, naming every missing variable, and touches no database', async () => {
    const database = join(dir, 'unconfigured.sqlite');
    const result = await runNode(main, [], { DATABASE_URL: `sqlite:${database}` });
    expect(result.code).toBe(78);
    for (const name of REQUIRED) expect(result.stderr).toContain(`${name} 在生产环境必须设置`);
    expect(result.stdout).not.toContain('已启动');
    expect(existsSync(database)).toBe(false);
  });

  it('refuses to start on a database with pending migrations when MIGRATE_ON_START is not set', async () => {
    const result = await runNode(main, [], { ...productionSecrets(), DATABASE_URL: `sqlite:${join(dir, 'unmigrated.sqlite')}`, LOG_LEVEL: 'warn' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('迁移尚未执行');
    expect(result.stderr).toContain('npm run migrate');
    expect(result.stderr).toContain('InitialSchema1764028800000');
  });

  it('configured, with SEED_ON_START=true: the reference data, no demo account or demo data, nothing demo printed', async () => {
    const database = join(dir, 'production.sqlite');
    const port = await freePort();
    const env = {
      ...productionSecrets(),
      DATABASE_URL: `sqlite:${database}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      H5_DIR: join(dir, 'no-h5'),
      SEED_ON_START: 'true',
      MIGRATE_ON_START: 'true',
      PERSISTED_OPERATIONS_FILE: writeSafelist(join(dir, 'persisted-operations.json')),
      LOG_LEVEL: 'warn',
    };
    const bff = await startBff(main, env, port);
    try {
      for (const username of ['operator', 'sys-admin']) {
        const login = await graphql(bff.url, OPERATIONS.staffLogin, {
          u: username,
          p: DEMO_PASSWORD,
        });
        expect(login.data?.staffLogin ?? null).toBeNull();
        expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const content = await graphql(bff.url, OPERATIONS.content);
      expect(content.errors).toBeUndefined();
      expect(content.data).toEqual({
        faqs: expect.arrayContaining([expect.anything()]),
        homeBanners: expect.arrayContaining([expect.anything()]),
        institutions: { totalCount: 0 },
      });
      expect((content.data?.faqs as unknown[]).length).toBe(FAQ_SEEDS.length);
      expect((content.data?.homeBanners as unknown[]).length).toBe(BANNER_SEEDS.length);
      expect(bff.stdout()).toContain(`已写入参考数据：常见问题 ${FAQ_SEEDS.length} 条`);
      for (const printed of ['演示', DEMO_PASSWORD, DEMO_TOTP_SECRET]) expect(bff.stdout()).not.toContain(printed);
    } finally {
      await stopBff(bff.child);
    }
    const db = new Database(database, { readonly: true });
    try {
      const usernames = (db.prepare('SELECT username FROM user_accounts').all() as Array<{ username: string }>).map((row) => row.username);
      expect(usernames).toEqual([]);
      expect(DEMO_ACCOUNT_SEEDS.map((account) => account.username).filter((name) => usernames.includes(name))).toEqual([]);
      const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect({ institutions: count('institutions'), products: count('products'), policies: count('policies'), news: count('news') }).toEqual({
        institutions: 0,
        products: 0,
        policies: 0,
        news: 0,
      });
      expect(count('faqs')).toBe(FAQ_SEEDS.length);
      expect((db.prepare('SELECT id FROM seed_runs ORDER BY id').all() as Array<{ id: string }>).map((row) => row.id)).toEqual(['reference-v1']);
    } finally {
      db.close();
    }
  });
});
