import { DataSource } from '../domain/data-source';

/** The path segment of each source: `GET /gov/v1/sources/{slug}/{uscc}`. */
export const DATA_SOURCE_SLUGS: Record<DataSource, string> = {
  [DataSource.MARKET_REGISTRATION]: 'market-registration',
  [DataSource.TAX]: 'tax',
  [DataSource.SOCIAL_SECURITY]: 'social-security',
  [DataSource.HOUSING_FUND]: 'housing-fund',
  [DataSource.UTILITIES]: 'utilities',
  [DataSource.JUDICIAL]: 'judicial',
  [DataSource.ADMINISTRATIVE_PENALTIES]: 'administrative-penalties',
};

const SOURCES_BY_SLUG: ReadonlyMap<string, DataSource> = new Map(
  Object.entries(DATA_SOURCE_SLUGS).map(([source, slug]) => [slug, source as DataSource]),
);

/** The source a path segment names, or `undefined` for an unknown slug. */
export function dataSourceFromSlug(slug: string): DataSource | undefined {
  return SOURCES_BY_SLUG.get(slug);
}

/** `/gov/v1/sources/{slug}/{uscc}`, the path both sides sign. */
export function govExchangeSourcePath(source: DataSource, uscc: string): string {
  return `/gov/v1/sources/${DATA_SOURCE_SLUGS[source]}/${encodeURIComponent(uscc)}`;
}
