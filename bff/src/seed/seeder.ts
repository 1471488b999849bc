import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { FieldCipher } from '../infra/crypto/field-cipher';
import { hashPassword } from '../infra/crypto/password';
import { isDuplicateKeyError } from '../infra/database/duplicate-key';
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

/**
 * The two data sets, each applied once per database and recorded in `seed_runs` under its id; bump an id when
 * its set changes in a way existing databases should not receive silently.
 * - reference: what a real platform starts with too (the FAQ of the help page and the chatbot, the home
 *   banners presenting the platform's own features); the only set production ever loads;
 * - demo: the fictional institutions, products, policies, news and the demo accounts (public password and
 *   TOTP secret). Never loaded by a production start (see SeedOnStart).
 */
export const REFERENCE_SEED_ID = 'reference-v1';
export const DEMO_SEED_ID = 'demo-v1';
export type SeedSetId = typeof REFERENCE_SEED_ID | typeof DEMO_SEED_ID;

/** Stays under SQLite's bound-parameter limit and MySQL's packet size whatever the table width. */
const INSERT_CHUNK = 100;

export interface ReferenceCounts {
  faqs: number;
  banners: number;
}

export interface DemoCounts {
  institutions: number;
  products: number;
  policies: number;
  news: number;
  accounts: number;
}

export type ReferenceSeedOutcome = { applied: true; counts: ReferenceCounts } | { applied: false };

export type DemoSeedOutcome = { applied: true; counts: DemoCounts; accounts: readonly DemoAccountSeed[] } | { applied: false };

class AlreadySeeded extends Error {}

async function insertAll<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, rows: readonly object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(target, rows.slice(start, start + INSERT_CHUNK) as E[]);
  }
}

/**
 * Loads a data set in one transaction. Idempotent: the set's `seed_runs` row is inserted first, so a database
 * that has it is skipped, and a second instance seeding at the same moment hits the primary key and rolls back
 * instead of duplicating anything.
 */
@Injectable()
export class Seeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async isApplied(id: SeedSetId): Promise<boolean> {
    return (await this.dataSource.getRepository(SeedRunEntity).countBy({ id })) > 0;
  }

  /** The reference data set alone: what production loads when SEED_ON_START is true. */
  async seedReference(): Promise<ReferenceSeedOutcome> {
    const counts = await this.apply(REFERENCE_SEED_ID, (manager, clock) => this.writeReference(manager, clock));
    return counts ? { applied: true, counts } : { applied: false };
  }

  /** The demo data set, after the reference data it builds on. Development, tests and benchmark fixtures only. */
  async seedDemo(): Promise<DemoSeedOutcome> {
    await this.seedReference();
    if (await this.isApplied(DEMO_SEED_ID)) return { applied: false };
    const secrets = await Promise.all(DEMO_ACCOUNT_SEEDS.map((account) => this.secretsOf(account)));
    const counts = await this.apply(DEMO_SEED_ID, (manager, clock) => this.writeDemo(manager, clock, secrets));
    return counts ? { applied: true, counts, accounts: DEMO_ACCOUNT_SEEDS } : { applied: false };
  }

  /** Writes the set unless it is recorded already; the counts written, or null when another run had it. */
  private async apply<C extends object>(id: SeedSetId, write: (manager: EntityManager, clock: SeedClock) => Promise<C>): Promise<C | null> {
    if (await this.isApplied(id)) return null;
    try {
      const counts = await this.dataSource.transaction(async (manager) => {
        const clock: SeedClock = { now: new Date() };
        try {
          await manager.insert(SeedRunEntity, { id, appliedAt: clock.now });
        } catch (error) {
          if (isDuplicateKeyError(error)) throw new AlreadySeeded();
          throw error;
        }
        return write(manager, clock);
      });
      await this.refreshStatistics();
      this.logger.info({ seed: id, counts }, 'seed data applied');
      return counts;
    } catch (error) {
      if (error instanceof AlreadySeeded) return null;
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

  private async writeReference(manager: EntityManager, clock: SeedClock): Promise<ReferenceCounts> {
    // Before the split the demo set carried the reference data: a database that had it has this set already.
    if (await manager.existsBy(SeedRunEntity, { id: DEMO_SEED_ID })) return { faqs: 0, banners: 0 };
    await insertAll(manager, FaqEntity, faqRows(FAQ_SEEDS, clock));
    await insertAll(manager, BannerEntity, bannerRows(BANNER_SEEDS, clock));
    return { faqs: FAQ_SEEDS.length, banners: BANNER_SEEDS.length };
  }

  private async writeDemo(manager: EntityManager, clock: SeedClock, secrets: readonly AccountSecrets[]): Promise<DemoCounts> {
    const institutionKeys = new Set(INSTITUTION_SEEDS.map((seed) => seed.key));
    await insertAll(manager, InstitutionEntity, INSTITUTION_SEEDS.map((seed) => institutionRow(seed, clock)));
    const products = PRODUCT_SEEDS.map((seed) => productRow(seed, institutionKeys, clock));
    await insertAll(manager, ProductEntity, products);
    await new ProductSearchIndexer().reindexMany(manager, products.map((product) => product.id));
    await insertAll(manager, PolicyEntity, POLICY_SEEDS.map((seed) => policyRow(seed, clock)));
    await insertAll(manager, NewsEntity, NEWS_SEEDS.map((seed) => newsRow(seed, clock)));
    const accounts = DEMO_ACCOUNT_SEEDS.map((seed, index) => accountRow(seed, secrets[index], institutionKeys, clock));
    await insertAll(manager, UserAccountEntity, accounts);
    return {
      institutions: INSTITUTION_SEEDS.length,
      products: PRODUCT_SEEDS.length,
      policies: POLICY_SEEDS.length,
      news: NEWS_SEEDS.length,
      accounts: accounts.length,
    };
  }
}
