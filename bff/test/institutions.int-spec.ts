import { INSTITUTION_TYPES, InstitutionType, ProductStatus } from '@rongtong/shared';
import { seedId } from '../src/infra/database/deterministic-id';
import { bumpCatalogueRevision } from '../src/modules/products/catalogue/catalogue-revision';
import { InstitutionEntity } from '../src/modules/institutions/institution.entity';
import { InstitutionStatus } from '../src/modules/institutions/institution-status';
import { ProductEntity } from '../src/modules/products/product.entity';
import { INSTITUTION_SEEDS } from '../src/seed/data';
import { pageThrough, PRODUCTS, sortedIds } from './support/catalogue';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const INSTITUTIONS_QUERY = `
  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {
    institutions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name type regionCode productCount } }
    }
  }`;

interface InstitutionNode {
  id: string;
  name: string;
  type: InstitutionType;
  regionCode: string;
  productCount: number;
}

function expectedIds(predicate: (seed: (typeof INSTITUTION_SEEDS)[number]) => boolean): string[] {
  return INSTITUTION_SEEDS.filter(predicate)
    .map((seed) => seedId('institution', seed.key))
    .sort();
}

describe.each(DIALECTS)('institutions (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function all(filter: Record<string, unknown> | null, first = 100): Promise<InstitutionNode[]> {
    const { nodes, totalCount } = await pageThrough<InstitutionNode>(t, INSTITUTIONS_QUERY, 'institutions', { filter, first });
    expect(totalCount).toBe(nodes.length);
    return nodes;
  }

  it('lists every institution type of the specification', async () => {
    const types = new Set((await all(null)).map((node) => node.type));
    expect([...types].sort()).toEqual(Object.values(InstitutionType).sort());
  });

  it('pages through the directory without duplicates or gaps', async () => {
    const everything = expectedIds(() => true);
    for (const first of [1, 4, 10]) {
      const ids = (await all(null, first)).map((node) => node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(everything);
    }
  });

  it('filters by type', async () => {
    const ids = (await all({ types: [InstitutionType.BANK, InstitutionType.PAWN_SHOP] })).map((node) => node.id).sort();
    expect(ids).toEqual(expectedIds((seed) => seed.type === InstitutionType.BANK || seed.type === InstitutionType.PAWN_SHOP));
  });

  it('filters by region, a city including its counties', async () => {
    const city = (await all({ regionCode: '341200' })).map((node) => node.id).sort();
    expect(city).toEqual(expectedIds((seed) => seed.regionCode.startsWith('3412')));
    const county = (await all({ regionCode: '341202' })).map((node) => node.id).sort();
    expect(county).toEqual(expectedIds((seed) => seed.regionCode === '341202'));
    expect(county.length).toBeLessThan(city.length);
  });

  it('filters by keyword on name, short name and description', async () => {
    const ids = (await all({ keyword: '担保' })).map((node) => node.id).sort();
    expect(ids).toEqual(expectedIds((seed) => [seed.name, seed.shortName, seed.description].some((text) => text.includes('担保'))));
  });

  it('counts the published products of every institution', async () => {
    for (const node of await all(null)) {
      expect(node.productCount).toBe(PRODUCTS.filter((product) => product.institutionId === node.id).length);
    }
  });

  it('returns the detail of one institution with its product count', async () => {
    const seed = INSTITUTION_SEEDS[0];
    if (!seed) throw new Error('no institution seeds');
    const id = seedId('institution', seed.key);
    const response = await t.gql<{ institution: Record<string, unknown> }>(
      `query ($id: ID!) { institution(id: $id) {
        id name shortName type regionCode description contactPhone address website establishedOn serviceHours productCount createdAt
      } }`,
      { id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.institution).toEqual({
      id,
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
      productCount: PRODUCTS.filter((product) => product.institutionKey === seed.key).length,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
  });

  it('answers NOT_FOUND for an unknown institution', async () => {
    const response = await t.gql('query ($id: ID!) { institution(id: $id) { id } }', { id: seedId('institution', 'missing') });
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(response.errors?.[0]?.message).toBe('未找到该金融机构');
  });

  it('refuses bad filters and cursors field by field', async () => {
    const response = await t.gql(INSTITUTIONS_QUERY, { filter: { regionCode: '阜阳', keyword: 'x'.repeat(51) }, first: 101 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields?.map((field) => field.field).sort()).toEqual([
      'filter.keyword',
      'filter.regionCode',
      'first',
    ]);
    const cursor = await t.gql(INSTITUTIONS_QUERY, { after: 'eyJ4IjoxfQ' });
    expect(cursor.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: '分页游标无效，请从第一页重新加载' }]);
  });

  describe('type counts (institutionFacets)', () => {
    const FACETS_QUERY = 'query ($filter: InstitutionFilter) { institutionFacets(filter: $filter) { total types { type count } } }';

    async function facets(filter: Record<string, unknown> | null) {
      const response = await t.gql<{ institutionFacets: { total: number; types: Array<{ type: InstitutionType; count: number }> } }>(
        FACETS_QUERY,
        { filter },
      );
      expect(response.errors).toBeUndefined();
      if (!response.data) throw new Error('no data');
      return response.data.institutionFacets;
    }

    function seedCounts(predicate: (seed: (typeof INSTITUTION_SEEDS)[number]) => boolean) {
      return INSTITUTION_TYPES.map((type) => ({ type, count: INSTITUTION_SEEDS.filter((seed) => seed.type === type && predicate(seed)).length }));
    }

    it('lists all 16 types in the order of the specification, with the seeded counts', async () => {
      const result = await facets(null);
      expect(result.types).toEqual(seedCounts(() => true));
      expect(result.total).toBe(INSTITUTION_SEEDS.length);
    });

    it('counts under the keyword and region but not under the type selection itself', async () => {
      const inKeyword = (seed: (typeof INSTITUTION_SEEDS)[number]) => [seed.name, seed.shortName, seed.description].some((text) => text.includes('阜阳'));
      const result = await facets({ keyword: '阜阳', types: [InstitutionType.GUARANTEE] });
      expect(result.types).toEqual(seedCounts(inKeyword));
      expect(result.types.some((entry) => entry.count === 0)).toBe(true);
      const county = await facets({ regionCode: '341202' });
      expect(county.types).toEqual(seedCounts((seed) => seed.regionCode === '341202'));
    });

    it('agrees with the directory: each count is the totalCount of that type', async () => {
      const result = await facets(null);
      for (const entry of result.types.filter((item) => [InstitutionType.BANK, InstitutionType.GUARANTEE, InstitutionType.CROWDFUNDING].includes(item.type))) {
        expect(await all({ types: [entry.type] })).toHaveLength(entry.count);
      }
    });

    it('refuses an unknown type and a long keyword field by field', async () => {
      const response = await t.gql(FACETS_QUERY, { filter: { keyword: '担'.repeat(51), regionCode: '34' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields?.map((field) => field.field).sort()).toEqual(['filter.keyword', 'filter.regionCode']);
      const unknown = await t.gql(FACETS_QUERY, { filter: { types: ['BOOKMAKER'] } });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.data ?? null).toBeNull();
    });
  });

  describe('products of an institution (Institution.products)', () => {
    const PRODUCTS_QUERY = `
      query ($id: ID!, $first: Int, $after: String, $sort: ProductSort) {
        institution(id: $id) {
          id
          products(first: $first, after: $after, sort: $sort) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id institution { id } } }
          }
        }
      }`;

    const busiest = [...INSTITUTION_SEEDS].sort(
      (a, b) => PRODUCTS.filter((p) => p.institutionKey === b.key).length - PRODUCTS.filter((p) => p.institutionKey === a.key).length,
    )[0];

    it('pages through the published products of one institution, most applied for first', async () => {
      if (!busiest) throw new Error('no institution seeds');
      const id = seedId('institution', busiest.key);
      const expected = sortedIds((product) => product.applyCount, 'DESC').filter(
        (productId) => PRODUCTS.find((product) => product.id === productId)?.institutionKey === busiest.key,
      );
      expect(expected.length).toBeGreaterThan(1);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const response: Awaited<ReturnType<typeof t.gql>> = await t.gql(PRODUCTS_QUERY, { id, first: 1, after });
        expect(response.errors).toBeUndefined();
        const connection = (response.data as { institution: { products: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; institution: { id: string } } }> } } }).institution.products;
        expect(connection.totalCount).toBe(expected.length);
        for (const edge of connection.edges) {
          expect(edge.node.institution.id).toBe(id);
          seen.push(edge.node.id);
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('is empty once its only product is retired', async () => {
      const single = INSTITUTION_SEEDS.find((seed) => PRODUCTS.filter((product) => product.institutionKey === seed.key).length === 1);
      const product = PRODUCTS.find((item) => item.institutionKey === single?.key);
      if (!single || !product) throw new Error('the seed should have an institution with a single product');
      await t.dataSource.manager.update(ProductEntity, { id: product.id }, { status: ProductStatus.RETIRED });
      try {
        const response = await t.gql<{ institution: { products: { totalCount: number; edges: unknown[] } } }>(PRODUCTS_QUERY, {
          id: seedId('institution', single.key),
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.institution.products).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
      } finally {
        await t.dataSource.manager.update(ProductEntity, { id: product.id }, { status: ProductStatus.PUBLISHED });
      }
    });

    it('refuses a bad page size, sort or cursor', async () => {
      const id = seedId('institution', INSTITUTION_SEEDS[0]?.key ?? '');
      const big = await t.gql(PRODUCTS_QUERY, { id, first: 0 });
      expect(big.errors?.[0]?.extensions?.fields).toEqual([{ field: 'first', message: '每页数量必须是 1 到 100 之间的整数' }]);
      const cursor = await t.gql(PRODUCTS_QUERY, { id, after: 'bm90LWEtY3Vyc29y' });
      expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const sort = await t.gql(PRODUCTS_QUERY, { id, sort: 'CHEAPEST' });
      expect(sort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('answers BAD_USER_INPUT for an id that cannot be an institution id', async () => {
    const response = await t.gql('query ($id: ID!) { institution(id: $id) { id } }', { id: "1' OR '1'='1" });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message: '机构编号格式不正确' }]);
  });

  it('hides a suspended institution: NOT_FOUND, not listed, not counted', async () => {
    const seed = INSTITUTION_SEEDS.find((item) => item.type === InstitutionType.PAWN_SHOP);
    if (!seed) throw new Error('no pawn shop seeded');
    const id = seedId('institution', seed.key);
    const pawnShops = INSTITUTION_SEEDS.filter((item) => item.type === InstitutionType.PAWN_SHOP).length;
    await t.dataSource.manager.update(InstitutionEntity, { id }, { status: InstitutionStatus.SUSPENDED });
    try {
      const detail = await t.gql('query ($id: ID!) { institution(id: $id) { id } }', { id });
      expect(detail.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(detail.data ?? null).toBeNull();
      const ids = (await all(null)).map((node) => node.id);
      expect(ids).not.toContain(id);
      expect(ids).toHaveLength(INSTITUTION_SEEDS.length - 1);
      const facets = await t.gql<{ institutionFacets: { total: number; types: Array<{ type: string; count: number }> } }>(
        'query { institutionFacets { total types { type count } } }',
      );
      expect(facets.data?.institutionFacets.total).toBe(INSTITUTION_SEEDS.length - 1);
      expect(facets.data?.institutionFacets.types.find((entry) => entry.type === InstitutionType.PAWN_SHOP)?.count).toBe(pawnShops - 1);
    } finally {
      await t.dataSource.manager.update(InstitutionEntity, { id }, { status: InstitutionStatus.ACTIVE });
    }
    const restored = await t.gql<{ institution: { id: string } }>('query ($id: ID!) { institution(id: $id) { id } }', { id });
    expect(restored.data?.institution.id).toBe(id);
  });

  /**
   * Suspends or restores an institution as its administration must once it exists: together with a move of the
   * catalogue revision, since its products leave or rejoin the supermarket (and its caches) with it.
   */
  async function setStatus(id: string, status: InstitutionStatus): Promise<void> {
    await t.dataSource.transaction(async (manager) => {
      await manager.update(InstitutionEntity, { id }, { status });
      await bumpCatalogueRevision(manager);
    });
  }

  it("takes a suspended institution's products out of the supermarket, the product page and its facets", async () => {
    const product = PRODUCTS[0];
    const id = product.institutionId;
    const count = async () =>
      (await t.gql<{ products: { totalCount: number } }>('query ($id: ID!) { products(filter: { institutionId: $id }) { totalCount } }', { id })).data
        ?.products.totalCount;
    const total = async () => (await t.gql<{ products: { totalCount: number } }>('query { products { totalCount } }')).data?.products.totalCount;
    const before = { own: await count(), all: await total() };
    expect(before.own).toBeGreaterThan(0);
    await setStatus(id, InstitutionStatus.SUSPENDED);
    try {
      expect(await count()).toBe(0);
      expect(await total()).toBe((before.all ?? 0) - (before.own ?? 0));
      const detail = await t.gql('query ($id: ID!) { product(id: $id) { id } }', { id: product.id });
      expect(detail.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await setStatus(id, InstitutionStatus.ACTIVE);
    }
    expect(await count()).toBe(before.own);
  });
});
