import { Role } from '@rongtong/shared';
import { verifyPassword } from '../src/infra/crypto/password';
import { seedId } from '../src/infra/database/deterministic-id';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { FaqEntity } from '../src/modules/content/faq.entity';
import { NewsEntity } from '../src/modules/content/news.entity';
import { PolicyEntity } from '../src/modules/content/policy.entity';
import { InstitutionEntity } from '../src/modules/institutions/institution.entity';
import { ProductEntity } from '../src/modules/products/product.entity';
import {
  DEMO_ACCOUNT_SEEDS,
  FAQ_SEEDS,
  INSTITUTION_SEEDS,
  NEWS_SEEDS,
  POLICY_SEEDS,
  PRODUCT_SEEDS,
} from '../src/seed/data';
import { BannerEntity } from '../src/modules/banners/banner.entity';
import { BANNER_SEEDS } from '../src/seed/data/banners';
import { SeedRunEntity } from '../src/seed/seed-run.entity';
import { SeedOnStart } from '../src/seed/seed.module';
import { DEMO_SEED_ID, REFERENCE_SEED_ID, Seeder } from '../src/seed/seeder';
import { productionSecrets } from './support/production-env';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const TABLES = [
  'institutions',
  'products',
  'policies',
  'news',
  'faqs',
  'user_accounts',
  'seed_runs',
  'enterprises',
  'enterprise_bindings',
  'oidc_login_requests',
  'staff_login_challenges',
];

describe.each(DIALECTS)('migrations and seeding (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('migrates an empty database at start, leaving nothing pending', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
    const runner = t.dataSource.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('can roll the schema back and forward again', async () => {
    const count = t.dataSource.migrations.length;
    for (let undone = 0; undone < count; undone += 1) await t.dataSource.undoLastMigration();
    const runner = t.dataSource.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(false);
    } finally {
      await runner.release();
    }
    expect(await t.dataSource.runMigrations()).toHaveLength(count);
    expect(await t.dataSource.showMigrations()).toBe(false);
  });

  it('seeds every record once, in one go', async () => {
    const seeder = t.app.get(Seeder);
    expect(await seeder.isApplied(DEMO_SEED_ID)).toBe(false);
    const outcome = await seeder.seedDemo();
    expect(outcome).toMatchObject({
      applied: true,
      counts: {
        institutions: INSTITUTION_SEEDS.length,
        products: PRODUCT_SEEDS.length,
        policies: POLICY_SEEDS.length,
        news: NEWS_SEEDS.length,
        accounts: DEMO_ACCOUNT_SEEDS.length,
      },
    });
    expect(await seeder.isApplied(REFERENCE_SEED_ID)).toBe(true);
    const manager = t.dataSource.manager;
    expect(await manager.count(InstitutionEntity)).toBe(INSTITUTION_SEEDS.length);
    expect(await manager.count(ProductEntity)).toBe(PRODUCT_SEEDS.length);
    expect(await manager.count(PolicyEntity)).toBe(POLICY_SEEDS.length);
    expect(await manager.count(NewsEntity)).toBe(NEWS_SEEDS.length);
    expect(await manager.count(FaqEntity)).toBe(FAQ_SEEDS.length);
    expect(await manager.count(BannerEntity)).toBe(BANNER_SEEDS.length);
    expect(await manager.count(UserAccountEntity)).toBe(DEMO_ACCOUNT_SEEDS.length);
  });

  it('is idempotent', async () => {
    expect(await t.app.get(Seeder).seedDemo()).toEqual({ applied: false });
    expect(await t.app.get(Seeder).seedReference()).toEqual({ applied: false });
    expect(await t.dataSource.manager.count(FaqEntity)).toBe(FAQ_SEEDS.length);
    expect(await t.dataSource.manager.count(ProductEntity)).toBe(PRODUCT_SEEDS.length);
  });

  it('derives ids from seed keys and keeps money, lists and instants intact', async () => {
    const seed = PRODUCT_SEEDS.reduce((widest, candidate) => (candidate.maxAmountFen > widest.maxAmountFen ? candidate : widest));
    const product = await t.dataSource.manager.findOneByOrFail(ProductEntity, { id: seedId('product', seed.key) });
    expect(product).toMatchObject({
      institutionId: seedId('institution', seed.institutionKey),
      maxAmountFen: seed.maxAmountFen,
      guaranteeMethods: seed.guaranteeMethods,
      repaymentMethods: seed.repaymentMethods,
      targetRegionCodes: seed.targetRegionCodes,
      requiredMaterials: seed.requiredMaterials,
      onlineApply: seed.onlineApply,
      status: 'PUBLISHED',
    });
    expect(typeof product.maxAmountFen).toBe('number');
    expect(product.publishedAt?.toISOString()).toBe(new Date(`${seed.publishedOn}T09:00:00+08:00`).toISOString());
    const stored = await t.dataSource.query(
      dialect === 'mysql'
        ? 'SELECT DATE_FORMAT(published_at, "%Y-%m-%d %H:%i:%s") AS at FROM products WHERE id = ?'
        : 'SELECT substr(published_at, 1, 19) AS at FROM products WHERE id = ?',
      [product.id],
    );
    expect(stored[0].at).toBe(`${seed.publishedOn} 01:00:00`); // UTC in the column
  });

  it('stores demo passwords as PBKDF2-SM3 hashes that verify', async () => {
    const accounts = await t.dataSource.manager.find(UserAccountEntity, { order: { username: 'ASC' } });
    const roles = new Set(accounts.map((account) => account.role));
    for (const role of [Role.INSTITUTION_STAFF, Role.GOV_OFFICER, Role.OPERATOR, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN]) {
      expect(roles.has(role)).toBe(true);
    }
    const seed = DEMO_ACCOUNT_SEEDS[0];
    const account = accounts.find((candidate) => candidate.username === seed?.username);
    expect(account?.passwordHash).toMatch(/^pbkdf2-sm3\$100000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(account?.passwordHash).not.toContain(seed?.password ?? '');
    await expect(verifyPassword(seed?.password ?? '', account?.passwordHash ?? '')).resolves.toBe(true);
    expect(account?.institutionId).toBe(seed?.institutionKey ? seedId('institution', seed.institutionKey) : null);
    expect(new Set(accounts.map((candidate) => candidate.passwordHash)).size).toBe(accounts.length);
  });

  it('refuses money beyond the safe integer range', async () => {
    const product = await t.dataSource.manager.findOneByOrFail(ProductEntity, { id: seedId('product', PRODUCT_SEEDS[0]?.key ?? '') });
    await expect(
      t.dataSource.manager.update(ProductEntity, { id: product.id }, { maxAmountFen: Number.MAX_SAFE_INTEGER + 2 }),
    ).rejects.toThrow('not a safe integer');
    await t.dataSource.query('UPDATE products SET max_amount_fen = 9007199254740993 WHERE id = ?', [product.id]);
    await expect(t.dataSource.manager.findOneBy(ProductEntity, { id: product.id })).rejects.toThrow('not a safe integer');
    await t.dataSource.manager.update(ProductEntity, { id: product.id }, { maxAmountFen: product.maxAmountFen });
  });
});

describe.each(DIALECTS)('concurrent seeding (%s)', (dialect) => {
  it('applies the seed exactly once when two seeders race on an empty database', async () => {
    const t = await createTestApp({ dialect, seed: false });
    try {
      const outcomes = await Promise.all([t.app.get(Seeder).seedDemo(), t.app.get(Seeder).seedDemo()]);
      expect(outcomes.filter((outcome) => outcome.applied)).toHaveLength(1);
      expect(await t.dataSource.manager.count(ProductEntity)).toBe(PRODUCT_SEEDS.length);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('the reference data set (%s)', (dialect) => {
  it('is the FAQ and the banners alone, and the demo set adds the rest without repeating them', async () => {
    const t = await createTestApp({ dialect, seed: false });
    try {
      const seeder = t.app.get(Seeder);
      expect(await seeder.seedReference()).toEqual({ applied: true, counts: { faqs: FAQ_SEEDS.length, banners: BANNER_SEEDS.length } });
      const manager = t.dataSource.manager;
      expect(await manager.count(FaqEntity)).toBe(FAQ_SEEDS.length);
      expect(await manager.count(BannerEntity)).toBe(BANNER_SEEDS.length);
      for (const demo of [InstitutionEntity, ProductEntity, PolicyEntity, NewsEntity, UserAccountEntity]) expect(await manager.count(demo)).toBe(0);
      expect(await seeder.seedDemo()).toMatchObject({ applied: true });
      expect(await manager.count(FaqEntity)).toBe(FAQ_SEEDS.length);
      expect(await manager.count(InstitutionEntity)).toBe(INSTITUTION_SEEDS.length);
    } finally {
      await t.close();
    }
  });

  it('is recorded without a second copy where the demo set came before the split (it carried the FAQ and banners)', async () => {
    const t = await createTestApp({ dialect, seed: true });
    try {
      await t.dataSource.manager.delete(SeedRunEntity, { id: REFERENCE_SEED_ID });
      expect(await t.app.get(Seeder).seedReference()).toEqual({ applied: true, counts: { faqs: 0, banners: 0 } });
      expect(await t.app.get(Seeder).isApplied(REFERENCE_SEED_ID)).toBe(true);
      expect(await t.dataSource.manager.count(FaqEntity)).toBe(FAQ_SEEDS.length);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('seed on start (%s)', (dialect) => {
  it('loads the demo data set too when SEED_ON_START is true outside production', async () => {
    const t = await createTestApp({ dialect, seed: false, env: { SEED_ON_START: 'true' } });
    try {
      expect(await t.app.get(Seeder).isApplied(DEMO_SEED_ID)).toBe(true);
      expect(t.app.get(SeedOnStart).outcome.demo).toMatchObject({ applied: true });
    } finally {
      await t.close();
    }
  });

  it('loads only the reference data in production, whatever SEED_ON_START says: no demo account, institution or policy', async () => {
    const t = await createTestApp({ dialect, seed: false, env: { ...productionSecrets(), NODE_ENV: 'production', SEED_ON_START: 'true', MIGRATE_ON_START: 'true' } });
    try {
      expect(t.app.get(SeedOnStart).outcome).toEqual({
        reference: { applied: true, counts: { faqs: FAQ_SEEDS.length, banners: BANNER_SEEDS.length } },
        demo: { applied: false },
      });
      expect(await t.app.get(Seeder).isApplied(DEMO_SEED_ID)).toBe(false);
      const manager = t.dataSource.manager;
      for (const demo of [InstitutionEntity, ProductEntity, PolicyEntity, NewsEntity, UserAccountEntity]) expect(await manager.count(demo)).toBe(0);
      expect(await manager.count(FaqEntity)).toBe(FAQ_SEEDS.length);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('a refused start (%s)', (dialect) => {
  const refusedStart = () =>
    createTestApp({ dialect, seed: false, env: { ...productionSecrets(), NODE_ENV: 'production', MIGRATE_ON_START: 'false' } });

  it('is refused when production would run on a schema with pending migrations', async () => {
    await expect(refusedStart()).rejects.toThrow(/迁移|migration/i);
  });

  if (dialect === 'mysql') {
    it('closes the connections it opened', async () => {
      const probe = await createTestApp({ dialect, seed: false });
      const otherSessions = async () => {
        const [{ sessions }] = (await probe.dataSource.query(
          "SELECT COUNT(*) AS sessions FROM information_schema.PROCESSLIST WHERE DB LIKE 'rt\\_test\\_%' AND DB <> DATABASE()",
        )) as Array<{ sessions: number | string }>;
        return Number(sessions);
      };
      try {
        const before = await otherSessions();
        await expect(refusedStart()).rejects.toThrow();
        expect(await otherSessions()).toBe(before);
      } finally {
        await probe.close();
      }
    });
  }
});
