import { findIndustry, PRODUCT_CATEGORY_LABELS } from '@rongtong/shared';
import { seedId } from '../../src/infra/database/deterministic-id';
import { INSTITUTION_SEEDS, PRODUCT_SEEDS } from '../../src/seed/data';
import type { ProductSeed } from '../../src/seed/data/types';
import { beijingMorning } from '../../src/seed/seed-mappers';
import type { GraphqlResponse, TestApp } from './test-app';

/** An independent, in-memory statement of what the catalogue queries must return for the seed data. */
export const PRODUCTS = PRODUCT_SEEDS.map((seed) => ({
  ...seed,
  id: seedId('product', seed.key),
  institutionId: seedId('institution', seed.institutionKey),
  institutionType: INSTITUTION_SEEDS.find((institution) => institution.key === seed.institutionKey)?.type,
  institutionName: INSTITUTION_SEEDS.find((institution) => institution.key === seed.institutionKey)?.name ?? '',
  publishedAt: beijingMorning(seed.publishedOn).toISOString(),
}));

export type CatalogueProduct = (typeof PRODUCTS)[number];

/** The texts keyword search covers, normalised the way a reader compares them (full-width folded, lower case). */
function searchableTexts(product: CatalogueProduct): string[] {
  const texts = [product.name, product.summary, product.description, product.institutionName, PRODUCT_CATEGORY_LABELS[product.category]];
  return texts.map((text) => text.normalize('NFKC').toLowerCase());
}

/** Naive keyword semantics: every whitespace-separated part occurs, as a substring, in one of the texts. */
export function matchesKeyword(product: CatalogueProduct, keyword: string): boolean {
  const texts = searchableTexts(product);
  const parts = keyword.normalize('NFKC').toLowerCase().trim().split(/\s+/).filter(Boolean);
  return parts.every((part) => texts.some((text) => text.includes(part)));
}

export function idsWhere(predicate: (product: CatalogueProduct) => boolean): string[] {
  return PRODUCTS.filter(predicate)
    .map((product) => product.id)
    .sort();
}

export function openToRegion(product: ProductSeed, regionCode: string): boolean {
  const covering = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`];
  return product.targetRegionCodes.length === 0 || product.targetRegionCodes.some((code) => covering.includes(code));
}

export function openToIndustry(product: ProductSeed, industryCode: string): boolean {
  if (product.targetIndustryCodes.length === 0) return true;
  const match = findIndustry(industryCode);
  const covering = match?.division
    ? [match.division.code, match.section.code]
    : [industryCode, ...(match?.section.divisions.map((division) => division.code) ?? [])];
  return product.targetIndustryCodes.some((code) => covering.includes(code));
}

type Comparable = string | number;

/** Sorts by key in `direction`, ties by id in the same direction. */
export function sortedIds(keyOf: (product: CatalogueProduct) => Comparable, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const compare = (a: Comparable, b: Comparable) => (a < b ? -1 : a > b ? 1 : 0);
  return [...PRODUCTS]
    .sort((a, b) => sign * (compare(keyOf(a), keyOf(b)) || compare(a.id, b.id)))
    .map((product) => product.id);
}

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: N }>;
}

/**
 * Follows `endCursor` until `hasNextPage` is false; `field` names the connection in the response. Fails on
 * an error, on a page that is fuller than asked, or when the pages never end.
 */
export async function pageThrough<N>(
  t: TestApp,
  query: string,
  field: string,
  variables: Record<string, unknown>,
): Promise<{ nodes: N[]; pages: number; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 1; pages <= 500; pages += 1) {
    const response: GraphqlResponse<Record<string, Page<N>>> = await t.gql<Record<string, Page<N>>>(query, { ...variables, after });
    if (response.errors || !response.data) throw new Error(`page ${pages} failed: ${response.text}`);
    const page: Page<N> | undefined = response.data[field];
    if (!page) throw new Error(`no ${field} in ${response.text}`);
    if (page.edges.length > Number(variables.first ?? 20)) throw new Error('page larger than first');
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages, totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}
