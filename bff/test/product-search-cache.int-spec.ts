import { ProductStatus } from '@rongtong/shared';
import { REVISION_FRESHNESS_MS } from '../src/modules/products/catalogue/catalogue-revision';
import { PublishedCatalogue } from '../src/modules/products/catalogue/published-catalogue';
import { ProductEntity } from '../src/modules/products/product.entity';
import { ProductSearchIndexer } from '../src/modules/products/search/product-search-indexer';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const SEARCH = `
  query Search($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
    products(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name minRateBp institution { id name } } }
    }
  }`;
const FACETS = `query Facets($filter: ProductFilter) { productFacets(filter: $filter) { categories { value count } onlineApply } }`;

interface SearchAnswer {
  products: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  };
}

/** The SQL statements that read product rows, issued while `work` runs (read off TypeORM's logger hook). */
async function productStatementsDuring(t: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const logger = t.dataSource.logger;
  const statements: string[] = [];
  const recording = Object.create(logger) as typeof logger;
  recording.logQuery = (sql: string) => {
    if (/\bproducts\b/.test(sql)) statements.push(sql);
  };
  t.dataSource.logger = recording;
  try {
    await work();
  } finally {
    t.dataSource.logger = logger;
  }
  return statements;
}

describe.each(DIALECTS)('product search cache (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function search(variables: Record<string, unknown>): Promise<SearchAnswer['products']> {
    const response = await t.gql<SearchAnswer>(SEARCH, variables);
    if (!response.data) throw new Error(response.text);
    return response.data.products;
  }

  /** Waits for the in-memory catalogue, which a cache hit needs (a search only starts loading it). */
  async function catalogueLoaded(): Promise<void> {
    await t.app.get(PublishedCatalogue).current();
  }

  /** Renames a published product the way product management does: in a transaction that reindexes it. */
  async function rename(id: string, name: string): Promise<void> {
    await t.dataSource.transaction(async (manager) => {
      await manager.update(ProductEntity, { id }, { name });
      await t.app.get(ProductSearchIndexer).reindex(manager, id);
    });
  }

  it('answers a repeated search from memory, identical to the first answer, without reading product rows', async () => {
    const variables = { filter: { keyword: '信用', onlineApplyOnly: true }, sort: 'RATE_ASC', first: 3 };
    const first = await search(variables);
    expect(first.totalCount).toBeGreaterThan(3);
    await catalogueLoaded();
    let again: SearchAnswer['products'] | undefined;
    const statements = await productStatementsDuring(t, async () => {
      again = await search(variables);
    });
    expect(statements).toEqual([]);
    expect(again).toEqual(first);
  });

  it('shares the entry between filters that mean the same, and pages through from memory as from SQL', async () => {
    const filter = { categories: ['CREDIT', 'GUARANTEE'], amountFen: 50_000_000 };
    const sqlPages = [await search({ filter, first: 4 })];
    sqlPages.push(await search({ filter, first: 4, after: sqlPages[0].pageInfo.endCursor }));
    await catalogueLoaded();
    const reordered = { amountFen: 50_000_000, categories: ['GUARANTEE', 'CREDIT'] };
    const memoryPages: Array<SearchAnswer['products']> = [];
    const statements = await productStatementsDuring(t, async () => {
      memoryPages.push(await search({ filter: reordered, first: 4 }));
      memoryPages.push(await search({ filter: reordered, first: 4, after: memoryPages[0].pageInfo.endCursor }));
    });
    expect(statements).toEqual([]);
    expect(memoryPages).toEqual(sqlPages);
    expect(new Set([...sqlPages[0].edges, ...sqlPages[1].edges].map((edge) => edge.node.id)).size).toBe(8);
  });

  it('serves a change to the catalogue on the very next search and facet count', async () => {
    const before = await search({ filter: { keyword: '萤火' }, first: 5 });
    expect(before.totalCount).toBe(0);
    const facetsBefore = await t.gql<{ productFacets: { onlineApply: number } }>(FACETS, { filter: { keyword: '萤火' } });
    expect(facetsBefore.data?.productFacets.onlineApply).toBe(0);

    const [target] = (await search({ sort: 'NEWEST', first: 1 })).edges;
    await rename(target.node.id, '萤火科创贷');

    const after = await search({ filter: { keyword: '萤火' }, first: 5 });
    expect(after.edges.map((edge) => [edge.node.id, edge.node.name])).toEqual([[target.node.id, '萤火科创贷']]);
    expect(after.totalCount).toBe(1);
    const newest = await search({ sort: 'NEWEST', first: 1 });
    expect(newest.edges[0].node.name).toBe('萤火科创贷');
    const facetsAfter = await t.gql<{ productFacets: { categories: Array<{ count: number }> } }>(FACETS, { filter: { keyword: '萤火' } });
    expect(facetsAfter.data?.productFacets.categories.reduce((sum, facet) => sum + facet.count, 0)).toBe(1);
  });

  it('keeps nothing read while another transaction was open: a change rolled back never shows later', async () => {
    const variables = { filter: { categories: ['CREDIT'] }, sort: 'RATE_ASC', first: 3 };
    const facetFilter = { filter: { categories: ['CREDIT'] } };
    const before = await search(variables);
    const facetsBefore = (await t.gql(FACETS, facetFilter)).data;
    await catalogueLoaded();
    const target = before.edges[0].node;

    // On SQLite every request shares the connection, so searches made while this transaction is open see its
    // uncommitted retirement (and the revision it moved on); none of what they read may outlive the rollback.
    const rolledBack = t.dataSource.transaction(async (manager) => {
      await manager.update(ProductEntity, { id: target.id }, { status: ProductStatus.RETIRED });
      await t.app.get(ProductSearchIndexer).reindex(manager, target.id);
      await new Promise((resolve) => setTimeout(resolve, REVISION_FRESHNESS_MS + 20));
      await search(variables);
      await t.gql(FACETS, facetFilter);
      await t.app.get(PublishedCatalogue).current();
      throw new Error('rolled back on purpose');
    });
    await expect(rolledBack).rejects.toThrow('rolled back on purpose');

    // A committed change brings the revision to the number the rolled-back one had reached.
    await rename(target.id, `${target.name}（已更新）`);
    await catalogueLoaded();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const after = await search(variables);
      expect(after.totalCount).toBe(before.totalCount);
      expect(after.edges.map((edge) => edge.node.id)).toEqual(before.edges.map((edge) => edge.node.id));
      expect(after.edges[0].node.name).toBe(`${target.name}（已更新）`);
      expect((await t.gql(FACETS, facetFilter)).data).toEqual(facetsBefore);
    }
    await rename(target.id, target.name);
  });

  it('does not cache refusals: a bad filter is refused every time with its field', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await t.gql(SEARCH, { filter: { amountFen: -1 }, first: 5 });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors?.[0]?.extensions)).toContain('amountFen');
    }
  });
});

describe('product search with CATALOGUE_CACHE_ENTRIES=0 (sqlite)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', env: { CATALOGUE_CACHE_ENTRIES: '0' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('reads every search from SQL, with the same answers', async () => {
    const variables = { filter: { keyword: '信用' }, first: 3 };
    const first = await t.gql(SEARCH, variables);
    await t.app.get(PublishedCatalogue).current();
    let again: unknown;
    const statements = await productStatementsDuring(t, async () => {
      again = await t.gql(SEARCH, variables);
    });
    expect(statements).toHaveLength(2); // the page and its count
    expect((again as { data: unknown }).data).toEqual(first.data);
  });
});
