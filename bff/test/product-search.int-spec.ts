import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import { ProductEntity } from '../src/modules/products/product.entity';
import { ProductSearchIndexer } from '../src/modules/products/search/product-search-indexer';
import { idsWhere, matchesKeyword, pageThrough, PRODUCTS, type CatalogueProduct } from './support/catalogue';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const PRODUCTS_QUERY = `
  query Products($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
    products(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id } }
    }
  }`;

const FACETS_QUERY = `
  query Facets($filter: ProductFilter) {
    productFacets(filter: $filter) {
      categories { value count }
      institutionTypes { value count }
      guaranteeMethods { value count }
      repaymentMethods { value count }
      onlineApply
    }
  }`;

interface FacetCount {
  value: string;
  count: number;
}

interface Facets {
  categories: FacetCount[];
  institutionTypes: FacetCount[];
  guaranteeMethods: FacetCount[];
  repaymentMethods: FacetCount[];
  onlineApply: number;
}

type Filter = Record<string, unknown>;

/** The keyword cases of the issue: two-character words, a single character, a Latin word, a phrase, no match. */
const KEYWORD_CASES: Array<[string, Filter, (p: CatalogueProduct) => boolean]> = [
  ['信用', { keyword: '信用' }, (p) => matchesKeyword(p, '信用')],
  ['抵押', { keyword: '抵押' }, (p) => matchesKeyword(p, '抵押')],
  ['科技', { keyword: '科技' }, (p) => matchesKeyword(p, '科技')],
  ['税 (one character)', { keyword: '税' }, (p) => matchesKeyword(p, '税')],
  ['a Latin word, any case', { keyword: 'ct' }, (p) => matchesKeyword(p, 'ct')],
  ['a phrase of four characters', { keyword: '知识产权' }, (p) => matchesKeyword(p, '知识产权')],
  ['a phrase of three characters', { keyword: '税易贷' }, (p) => matchesKeyword(p, '税易贷')],
  ['no match', { keyword: '区块链元宇宙' }, () => false],
  [
    'keyword with filters',
    { keyword: '信用', institutionTypes: [InstitutionType.BANK], maxRateBp: 600, onlineApplyOnly: true },
    (p) => matchesKeyword(p, '信用') && p.institutionType === InstitutionType.BANK && p.minRateBp <= 600 && p.onlineApply,
  ],
  [
    'keyword with a guarantee filter',
    { keyword: '抵押', guaranteeMethods: [GuaranteeMethod.MORTGAGE], termMonths: 36 },
    (p) =>
      matchesKeyword(p, '抵押') && p.guaranteeMethods.includes(GuaranteeMethod.MORTGAGE) && p.minTermMonths <= 36 && p.maxTermMonths >= 36,
  ],
];

/** Results per dialect, compared with each other once every dialect has run. */
const resultsByDialect = new Map<string, Map<string, string[]>>();

describe.each(DIALECTS)('product search (%s)', (dialect) => {
  let t: TestApp;
  const results = new Map<string, string[]>();

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    resultsByDialect.set(dialect, results);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ids(filter: Filter, sort = 'NEWEST'): Promise<string[]> {
    const { nodes, totalCount } = await pageThrough<{ id: string }>(t, PRODUCTS_QUERY, 'products', { filter, sort, first: 7 });
    expect(totalCount).toBe(nodes.length);
    return nodes.map((node) => node.id);
  }

  async function facets(filter: Filter | null): Promise<Facets> {
    const response = await t.gql<{ productFacets: Facets }>(FACETS_QUERY, { filter });
    if (!response.data) throw new Error(response.text);
    return response.data.productFacets;
  }

  describe('keywords', () => {
    it.each(KEYWORD_CASES)('%s', async (name, filter, predicate) => {
      const found = await ids(filter);
      results.set(name, found);
      expect([...found].sort()).toEqual(idsWhere(predicate));
      if (name !== 'no match') expect(found.length).toBeGreaterThan(0);
    });

    it('finds the two-character words the issue names, and in at least a handful of products each', async () => {
      for (const keyword of ['信用', '抵押', '科技']) {
        expect((await ids({ keyword })).length).toBeGreaterThanOrEqual(3);
      }
    });

    it('ranks name matches first under RELEVANCE, paging without overlap', async () => {
      const keyword = '信用 贷款';
      const found = await ids({ keyword }, 'RELEVANCE');
      results.set('RELEVANCE', found);
      const nameHits = (p: CatalogueProduct) => ['信用', '贷款'].filter((term) => p.name.includes(term)).length;
      const expected = PRODUCTS.filter((p) => matchesKeyword(p, keyword))
        .sort((a, b) => nameHits(b) - nameHits(a) || (a.id < b.id ? 1 : -1))
        .map((p) => p.id);
      expect(found).toEqual(expected);
      const hits = found.map((id) => nameHits(PRODUCTS.find((p) => p.id === id) as CatalogueProduct));
      expect(hits[0]).toBeGreaterThan(0);
      expect(hits.at(-1)).toBe(0);
    });

    it('sees a renamed product after reindexing it', async () => {
      const product = PRODUCTS.find((p) => p.key === 'yinghuai-tax-easy-loan') as CatalogueProduct;
      await t.dataSource.transaction(async (manager) => {
        await manager.update(ProductEntity, { id: product.id }, { name: '皖北萤火虫贷' });
        await new ProductSearchIndexer().reindex(manager, product.id);
      });
      try {
        expect(await ids({ keyword: '萤火虫' })).toEqual([product.id]);
      } finally {
        await t.dataSource.transaction(async (manager) => {
          await manager.update(ProductEntity, { id: product.id }, { name: product.name });
          await new ProductSearchIndexer().reindex(manager, product.id);
        });
      }
      expect(await ids({ keyword: '萤火虫' })).toEqual([]);
    });
  });

  describe('facets', () => {
    function countOf(list: FacetCount[], value: string): number {
      return list.find((entry) => entry.value === value)?.count ?? -1;
    }

    it('counts every value of every dimension over all published products without a filter', async () => {
      const result = await facets(null);
      const sum = (list: FacetCount[]) => list.reduce((total, entry) => total + entry.count, 0);
      expect(sum(result.categories)).toBe(PRODUCTS.length);
      expect(sum(result.institutionTypes)).toBe(PRODUCTS.length);
      expect(result.categories.map((entry) => entry.value)).toEqual(Object.values(ProductCategory));
      for (const method of Object.values(GuaranteeMethod)) {
        expect(countOf(result.guaranteeMethods, method)).toBe(idsWhere((p) => p.guaranteeMethods.includes(method)).length);
      }
      for (const method of Object.values(RepaymentMethod)) {
        expect(countOf(result.repaymentMethods, method)).toBe(idsWhere((p) => p.repaymentMethods.includes(method)).length);
      }
      expect(result.onlineApply).toBe(idsWhere((p) => p.onlineApply).length);
    });

    it('applies every filter except the counted dimension', async () => {
      const filter = {
        keyword: '贷',
        categories: [ProductCategory.CREDIT],
        guaranteeMethods: [GuaranteeMethod.CREDIT],
        onlineApplyOnly: true,
      };
      const result = await facets(filter);
      const matches = (p: CatalogueProduct, skip: string) =>
        matchesKeyword(p, '贷') &&
        (skip === 'categories' || p.category === ProductCategory.CREDIT) &&
        (skip === 'guarantee' || p.guaranteeMethods.includes(GuaranteeMethod.CREDIT)) &&
        (skip === 'online' || p.onlineApply);
      for (const category of Object.values(ProductCategory)) {
        expect(countOf(result.categories, category)).toBe(idsWhere((p) => matches(p, 'categories') && p.category === category).length);
      }
      for (const type of Object.values(InstitutionType)) {
        expect(countOf(result.institutionTypes, type)).toBe(idsWhere((p) => matches(p, '') && p.institutionType === type).length);
      }
      for (const method of Object.values(GuaranteeMethod)) {
        expect(countOf(result.guaranteeMethods, method)).toBe(idsWhere((p) => matches(p, 'guarantee') && p.guaranteeMethods.includes(method)).length);
      }
      expect(result.onlineApply).toBe(idsWhere((p) => matches(p, 'online') && p.onlineApply).length);
      const listed = await ids(filter);
      expect(countOf(result.categories, ProductCategory.CREDIT)).toBe(listed.length);
    });

    it('refuses a bad filter with a field-level error', async () => {
      const response = await t.gql(FACETS_QUERY, { filter: { termMonths: 0 } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.text).toContain('期限必须是 1 到 600 之间的整月数');
    });
  });
});

describe('product search across dialects', () => {
  it('returns identical id lists on every dialect that ran', () => {
    const [first, ...others] = [...resultsByDialect.values()];
    for (const other of others) expect(other).toEqual(first);
    expect(first?.size).toBe(KEYWORD_CASES.length + 1);
  });
});
