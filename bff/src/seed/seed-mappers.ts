import { ProductStatus } from '@rongtong/shared';
import { seedId } from '../infra/database/deterministic-id';
import { newUserAccountRow } from '../modules/accounts/user-account-row';
import type { UserAccountEntity } from '../modules/accounts/user-account.entity';
import type { FaqEntity } from '../modules/content/faq.entity';
import { ContentStatus } from '../modules/content/content-status';
import type { NewsEntity } from '../modules/content/news.entity';
import type { PolicyEntity } from '../modules/content/policy.entity';
import type { InstitutionEntity } from '../modules/institutions/institution.entity';
import { InstitutionStatus } from '../modules/institutions/institution-status';
import type { ProductEntity } from '../modules/products/product.entity';
import type { DemoAccountSeed, FaqSeed, InstitutionSeed, NewsSeed, PolicySeed, ProductSeed } from './data/types';

/** Columns the seeder writes; the listeners that stamp `save()` do not run for bulk inserts. */
type Row<E> = Omit<E, 'institution' | 'stampCreation' | 'stampUpdate'>;

export interface SeedClock {
  now: Date;
}

/** Products seeded with a day are published at 09:00 Beijing time on that day. */
export function beijingMorning(day: string): Date {
  return new Date(`${day}T09:00:00+08:00`);
}

export function institutionRow(seed: InstitutionSeed, { now }: SeedClock): Row<InstitutionEntity> {
  return {
    id: seedId('institution', seed.key),
    name: seed.name,
    shortName: seed.shortName,
    type: seed.type,
    regionCode: seed.regionCode,
    description: seed.description,
    contactPhone: seed.contactPhone,
    address: seed.address,
    website: seed.website ?? null,
    establishedOn: seed.establishedOn,
    serviceHours: seed.serviceHours ?? null,
    status: InstitutionStatus.ACTIVE,
    createdAt: now,
    updatedAt: now,
  };
}

export function institutionIdOf(key: string, known: ReadonlySet<string>, owner: string): string {
  if (!known.has(key)) throw new Error(`seed ${owner} names unknown institution "${key}"`);
  return seedId('institution', key);
}

export function productRow(seed: ProductSeed, knownInstitutions: ReadonlySet<string>, { now }: SeedClock): Row<ProductEntity> {
  return {
    id: seedId('product', seed.key),
    institutionId: institutionIdOf(seed.institutionKey, knownInstitutions, `product ${seed.key}`),
    name: seed.name,
    category: seed.category,
    guaranteeMethods: [...seed.guaranteeMethods],
    minAmountFen: seed.minAmountFen,
    maxAmountFen: seed.maxAmountFen,
    minTermMonths: seed.minTermMonths,
    maxTermMonths: seed.maxTermMonths,
    minRateBp: seed.minRateBp,
    maxRateBp: seed.maxRateBp,
    repaymentMethods: [...seed.repaymentMethods],
    targetRegionCodes: [...seed.targetRegionCodes],
    targetIndustryCodes: [...seed.targetIndustryCodes],
    targetScales: [...seed.targetScales],
    minYearsInBusiness: seed.minYearsInBusiness,
    minCreditGrade: seed.minCreditGrade,
    requiredMaterials: [...seed.requiredMaterials],
    onlineApply: seed.onlineApply,
    summary: seed.summary,
    description: seed.description,
    status: ProductStatus.PUBLISHED,
    applyCount: seed.applyCount,
    publishedAt: beijingMorning(seed.publishedOn),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export function policyRow(seed: PolicySeed, { now }: SeedClock): Row<PolicyEntity> {
  return {
    id: seedId('policy', seed.key),
    title: seed.title,
    level: seed.level,
    issuer: seed.issuer,
    documentNumber: seed.documentNumber,
    issuedOn: seed.issuedOn,
    summary: seed.summary,
    bodyHtml: seed.bodyHtml,
    industryCodes: [...seed.tags.industryCodes],
    scales: [...seed.tags.scales],
    enterpriseTypes: [...seed.tags.enterpriseTypes],
    status: ContentStatus.PUBLISHED,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export function newsRow(seed: NewsSeed, { now }: SeedClock): Row<NewsEntity> {
  return {
    id: seedId('news', seed.key),
    title: seed.title,
    level: seed.level,
    source: seed.source,
    publishedOn: seed.publishedOn,
    summary: seed.summary,
    bodyHtml: seed.bodyHtml,
    status: ContentStatus.PUBLISHED,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** FAQ order within a category follows the seed file. */
export function faqRows(seeds: readonly FaqSeed[], { now }: SeedClock): Row<FaqEntity>[] {
  const positions = new Map<string, number>();
  return seeds.map((seed) => {
    const sortOrder = positions.get(seed.category) ?? 0;
    positions.set(seed.category, sortOrder + 1);
    return {
      id: seedId('faq', seed.key),
      category: seed.category,
      question: seed.question,
      answer: seed.answer,
      keywords: [...seed.keywords],
      sortOrder,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** The fixed id of a demo account (its TOTP secret is encrypted for this row before the row is written). */
export function demoAccountId(seed: Pick<DemoAccountSeed, 'username'>): string {
  return seedId('account', seed.username);
}

/** What the seeder derives from a demo account's secrets before writing it. */
export interface AccountSecrets {
  passwordHash: string;
  /** The demo TOTP secret encrypted with the field cipher for the account's row (demoAccountId); null without a second factor. */
  totpSecretCipher: string | null;
}

export function accountRow(
  seed: DemoAccountSeed,
  { passwordHash, totpSecretCipher }: AccountSecrets,
  knownInstitutions: ReadonlySet<string>,
  { now }: SeedClock,
): Row<UserAccountEntity> {
  const account = {
    id: demoAccountId(seed),
    username: seed.username,
    displayName: seed.displayName,
    role: seed.role,
    permissions: [...seed.permissions],
    institutionId: seed.institutionKey
      ? institutionIdOf(seed.institutionKey, knownInstitutions, `account ${seed.username}`)
      : null,
    passwordHash,
    // Demo accounts keep their printed password; real staff accounts will be created with this set.
    mustChangePassword: false,
    totpSecretCipher,
  };
  return newUserAccountRow(account, now);
}
