import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, QueryFailedError, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { FieldCipher } from '../infra/crypto/field-cipher';
import { hashPassword } from '../infra/crypto/password';
import { LOGGER } from '../infra/logging/logging.module';
import { USER_ACCOUNT_FIELDS } from '../modules/accounts/user-account-fields';
import { UserAccountEntity } from '../modules/accounts/user-account.entity';
import { FaqEntity } from '../modules/content/faq.entity';
import { NewsEntity } from '../modules/content/news.entity';
import { PolicyEntity } from '../modules/content/policy.entity';
import { InstitutionEntity } from '../modules/institutions/institution.entity';
import { ProductEntity } from '../modules/products/product.entity';
import { ProductSearchIndexer } from '../modules/products/search/product-search-indexer';
import {
  DEMO_ACCOUNT_SEEDS,
  FAQ_SEEDS,
  INSTITUTION_SEEDS,
  NEWS_SEEDS,
  POLICY_SEEDS,
  PRODUCT_SEEDS,
} from './data';
import type { DemoAccountSeed } from './data/types';
import { accountRow, demoAccountId, faqRows, type AccountSecrets, institutionRow, newsRow, policyRow, productRow, type SeedClock } from './seed-mappers';
import { SeedRunEntity } from './seed-run.entity';
import { BannerEntity } from '../modules/banners/banner.entity';
import { bannerRows } from './banner-rows';
import { BANNER_SEEDS } from './data/banners';

/** Bump when the demo data changes in a way existing databases should not receive silently. */
export const DEMO_SEED_ID = 'demo-v1';

/** Stays under SQLite's bound-parameter limit and MySQL's packet size whatever the table width. */
const INSERT_CHUNK = 100;

export interface SeedCounts {
  institutions: number;
  products: number;
  policies: number;
  news: number;
  faqs: number;
  accounts: number;
}

export type SeedOutcome = { applied: true; counts: SeedCounts; accounts: readonly DemoAccountSeed[] } | { applied: false };

class AlreadySeeded extends Error {}

function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function insertAll<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, rows: readonly object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(target, rows.slice(start, start + INSERT_CHUNK) as E[]);
  }
}

/**
 * Loads the demo data set in one transaction. Idempotent: the `seed_runs` row is inserted first, so a
 * database that has it is skipped, and a second instance seeding at the same moment hits the primary key
 * and rolls back instead of duplicating anything.
 */
@Injectable()
export class Seeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async isSeeded(): Promise<boolean> {
    return (await this.dataSource.getRepository(SeedRunEntity).countBy({ id: DEMO_SEED_ID })) > 0;
  }

  async seed(): Promise<SeedOutcome> {
    if (await this.isSeeded()) return { applied: false };
    const secrets = await Promise.all(DEMO_ACCOUNT_SEEDS.map((account) => this.secretsOf(account)));
    try {
      const counts = await this.dataSource.transaction((manager) => this.write(manager, secrets));
      await this.refreshStatistics();
      this.logger.info({ seed: DEMO_SEED_ID, ...counts }, 'demo data seeded');
      return { applied: true, counts, accounts: DEMO_ACCOUNT_SEEDS };
    } catch (error) {
      if (error instanceof AlreadySeeded) return { applied: false };
      throw error;
    }
  }

  private async secretsOf(account: DemoAccountSeed): Promise<AccountSecrets> {
    return {
      passwordHash: await hashPassword(account.password),
      totpSecretCipher: account.totpSecret ? this.cipher.seal(USER_ACCOUNT_FIELDS.totpSecret, { id: demoAccountId(account) }, account.totpSecret) : null,
    };
  }

  /** MySQL keeps its statistics itself; SQLite analyses only when asked. */
  private async refreshStatistics(): Promise<void> {
    if (this.dataSource.options.type === 'better-sqlite3') await this.dataSource.query('PRAGMA optimize=0x10002');
  }

  private async write(manager: EntityManager, secrets: readonly AccountSecrets[]): Promise<SeedCounts> {
    const clock: SeedClock = { now: new Date() };
    try {
      await manager.insert(SeedRunEntity, { id: DEMO_SEED_ID, appliedAt: clock.now });
    } catch (error) {
      if (isDuplicateKey(error)) throw new AlreadySeeded();
      throw error;
    }
    const institutionKeys = new Set(INSTITUTION_SEEDS.map((seed) => seed.key));
    await insertAll(manager, InstitutionEntity, INSTITUTION_SEEDS.map((seed) => institutionRow(seed, clock)));
    const products = PRODUCT_SEEDS.map((seed) => productRow(seed, institutionKeys, clock));
    await insertAll(manager, ProductEntity, products);
    await new ProductSearchIndexer().reindexMany(manager, products.map((product) => product.id));
    await insertAll(manager, PolicyEntity, POLICY_SEEDS.map((seed) => policyRow(seed, clock)));
    await insertAll(manager, NewsEntity, NEWS_SEEDS.map((seed) => newsRow(seed, clock)));
    await insertAll(manager, FaqEntity, faqRows(FAQ_SEEDS, clock));
    await insertAll(manager, BannerEntity, bannerRows(BANNER_SEEDS, clock));
    const accounts = DEMO_ACCOUNT_SEEDS.map((seed, index) =>
      accountRow(seed, secrets[index], institutionKeys, clock),
    );
    await insertAll(manager, UserAccountEntity, accounts);
    return {
      institutions: INSTITUTION_SEEDS.length,
      products: PRODUCT_SEEDS.length,
      policies: POLICY_SEEDS.length,
      news: NEWS_SEEDS.length,
      faqs: FAQ_SEEDS.length,
      accounts: accounts.length,
    };
  }
}
