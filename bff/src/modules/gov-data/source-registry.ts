import { Injectable } from '@nestjs/common';
import { DataSource } from '@rongtong/shared';
import { GOV_SOURCES } from './sources';
import type { AdministrativePenaltiesRecord } from './sources/administrative-penalties.source';
import type { HousingFundRecord } from './sources/housing-fund.source';
import type { JudicialRecord } from './sources/judicial.source';
import type { MarketRegistrationRecord } from './sources/market-registration.source';
import type { SocialSecurityRecord } from './sources/social-security.source';
import type { GovSourceDescription } from './sources/source-description';
import type { TaxRecord } from './sources/tax.source';
import type { UtilitiesRecord } from './sources/utilities.source';

/** The normalised record of each of the exchange's seven sources. */
export interface GovRecordMap {
  [DataSource.MARKET_REGISTRATION]: MarketRegistrationRecord;
  [DataSource.TAX]: TaxRecord;
  [DataSource.SOCIAL_SECURITY]: SocialSecurityRecord;
  [DataSource.HOUSING_FUND]: HousingFundRecord;
  [DataSource.UTILITIES]: UtilitiesRecord;
  [DataSource.JUDICIAL]: JudicialRecord;
  [DataSource.ADMINISTRATIVE_PENALTIES]: AdministrativePenaltiesRecord;
}

const KEY = /^[A-Z][A-Z0-9_]{1,31}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Why a description cannot be registered (a programming error, found at start or in the recipe's test). */
export class SourceDescriptionError extends Error {}

/**
 * Every source the data centre knows: the exchange's seven (sources/index.ts) and any registered on top. Fetches and
 * refreshes go through the descriptions held here.
 */
@Injectable()
export class GovSourceRegistry {
  private readonly sources = new Map<string, GovSourceDescription>();

  constructor() {
    for (const description of GOV_SOURCES) this.register(description);
  }

  register(description: GovSourceDescription): void {
    const problems = checkDescription(description);
    if (this.sources.has(description.key)) problems.push(`key ${description.key} is taken`);
    if ([...this.sources.values()].some((known) => known.slug === description.slug)) problems.push(`slug ${description.slug} is taken`);
    if (problems.length > 0) throw new SourceDescriptionError(`source ${description.key}: ${problems.join('; ')}`);
    this.sources.set(description.key, description);
  }

  all(): GovSourceDescription[] {
    return [...this.sources.values()];
  }

  find(key: string): GovSourceDescription | undefined {
    return this.sources.get(key);
  }

  /** One of the exchange's seven, typed by its record. */
  standard<K extends DataSource>(key: K): GovSourceDescription<GovRecordMap[K]> {
    const description = this.sources.get(key);
    if (!description) throw new SourceDescriptionError(`source ${key} is not registered`);
    return description as GovSourceDescription<GovRecordMap[K]>;
  }
}

function checkDescription(description: GovSourceDescription): string[] {
  const problems: string[] = [];
  if (!KEY.test(description.key)) problems.push('key must be 2-32 of A-Z, 0-9 and _, starting with a letter');
  if (!SLUG.test(description.slug)) problems.push('slug must be 1-64 of a-z, 0-9 and -');
  if (!(Object.values(DataSource) as string[]).includes(description.scope)) problems.push('scope must be a DataSource');
  if (!Number.isInteger(description.freshnessHours) || description.freshnessHours < 1) problems.push('freshnessHours must be a positive integer');
  if (description.timeoutMs !== undefined && !(Number.isInteger(description.timeoutMs) && description.timeoutMs >= 100 && description.timeoutMs <= 30_000)) {
    problems.push('timeoutMs must be 100-30000');
  }
  if (!Number.isInteger(description.retry.attempts) || description.retry.attempts < 1 || description.retry.attempts > 5) problems.push('retry.attempts must be 1-5');
  if (!Number.isInteger(description.retry.backoffMs) || description.retry.backoffMs < 0) problems.push('retry.backoffMs must be a non-negative integer');
  if (!Number.isInteger(description.maxPayloadBytes) || description.maxPayloadBytes < 1024 || description.maxPayloadBytes > 4 * 1024 * 1024) {
    problems.push('maxPayloadBytes must be 1 KB - 4 MB');
  }
  if (description.fields.length === 0) problems.push('fields must list the fields of data');
  return problems;
}
