import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import { DataSource } from 'typeorm';
import { seedId } from '../src/infra/database/deterministic-id';
import { encodeCursor } from '../src/infra/graphql/pagination/cursor';
import { ProductEntity } from '../src/modules/products/product.entity';
import { idsWhere, matchesKeyword, openToIndustry, openToRegion, pageThrough, PRODUCTS, sortedIds } from './support/catalogue';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const PRODUCTS_QUERY = `
  query Products($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
    products(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id } }
    }
  }`;

interface IdNode {
  id: string;
}

describe.each(DIALECTS)('products (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function allIds(filter: Record<string, unknown> | null, sort = 'NEWEST', first = 100): Promise<string[]> {
    const { nodes, totalCount } = await pageThrough<IdNode>(t, PRODUCTS_QUERY, 'products', { filter, sort, first });
    expect(totalCount).toBe(nodes.length);
    return nodes.map((node) => node.id);
  }

  describe('filters', () => {
    const cases: Array<[string, Record<string, unknown>, (p: (typeof PRODUCTS)[number]) => boolean]> = [
      ['keyword on the name', { keyword: '税易贷' }, (p) => matchesKeyword(p, '税易贷')],
      ['keyword on the institution name', { keyword: '颍淮' }, (p) => matchesKeyword(p, '颍淮')],
      ['keyword with two terms (both must match)', { keyword: '颍淮 信用' }, (p) => matchesKeyword(p, '颍淮 信用')],
      ['categories', { categories: [ProductCategory.CREDIT, ProductCategory.PLEDGE] }, (p) => ['CREDIT', 'PLEDGE'].includes(p.category)],
      ['institution types', { institutionTypes: [InstitutionType.GUARANTEE] }, (p) => p.institutionType === InstitutionType.GUARANTEE],
      ['institution', { institutionId: seedId('institution', 'yinghuai-rcb') }, (p) => p.institutionKey === 'yinghuai-rcb'],
      ['guarantee methods (any of)', { guaranteeMethods: [GuaranteeMethod.PLEDGE] }, (p) => p.guaranteeMethods.includes(GuaranteeMethod.PLEDGE)],
      ['amount inside the range', { amountFen: 500_000_000 }, (p) => p.minAmountFen <= 500_000_000 && p.maxAmountFen >= 500_000_000],
      ['term inside the range', { termMonths: 60 }, (p) => p.minTermMonths <= 60 && p.maxTermMonths >= 60],
      ['lowest rate at most', { maxRateBp: 400 }, (p) => p.minRateBp <= 400],
      [
        'repayment methods (any of)',
        { repaymentMethods: [RepaymentMethod.EQUAL_PRINCIPAL] },
        (p) => p.repaymentMethods.includes(RepaymentMethod.EQUAL_PRINCIPAL),
      ],
      ['region (county inherits city and province targets)', { regionCode: '341221' }, (p) => openToRegion(p, '341221')],
      ['region outside Fuyang', { regionCode: '340100' }, (p) => openToRegion(p, '340100')],
      ['industry division', { industryCode: '13' }, (p) => openToIndustry(p, '13')],
      ['industry section', { industryCode: 'A' }, (p) => openToIndustry(p, 'A')],
      ['online apply only', { onlineApplyOnly: true }, (p) => p.onlineApply],
      [
        'several filters at once',
        { categories: [ProductCategory.CREDIT], maxRateBp: 500, onlineApplyOnly: true, amountFen: 100_000_000 },
        (p) => p.category === 'CREDIT' && p.minRateBp <= 500 && p.onlineApply && p.minAmountFen <= 100_000_000 && p.maxAmountFen >= 100_000_000,
      ],
    ];

    it.each(cases)('%s', async (_label, filter, predicate) => {
      const expected = idsWhere(predicate);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(PRODUCTS.length + (Object.keys(filter).length === 0 ? 1 : 0));
      expect((await allIds(filter)).sort()).toEqual(expected);
    });

    it('finds nothing for a keyword made only of punctuation, LIKE wildcards included', async () => {
      for (const keyword of ['%', '_', '!', '%%']) {
        expect(await allIds({ keyword })).toEqual([]);
      }
    });

    it('returns an empty connection when nothing matches', async () => {
      const response = await t.gql<{ products: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
        PRODUCTS_QUERY,
        { filter: { keyword: '不存在的产品名称' } },
      );
      expect(response.data?.products).toMatchObject({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });
  });

  describe('sorts and pagination', () => {
    const sorts: Array<[string, string[]]> = [
      ['NEWEST', sortedIds((p) => p.publishedAt, 'DESC')],
      ['RATE_ASC', sortedIds((p) => p.minRateBp, 'ASC')],
      ['AMOUNT_DESC', sortedIds((p) => p.maxAmountFen, 'DESC')],
      ['POPULARITY', sortedIds((p) => p.applyCount, 'DESC')],
    ];

    it.each(sorts)('%s pages through every product once, in order, whatever the page size', async (sort, expected) => {
      for (const first of [1, 7, 20, 100]) {
        const { nodes, pages } = await pageThrough<IdNode>(t, PRODUCTS_QUERY, 'products', { sort, first });
        expect(nodes.map((node) => node.id)).toEqual(expected);
        expect(pages).toBe(Math.max(1, Math.ceil(expected.length / first)));
      }
    });

    it('keeps filters while paging', async () => {
      const filter = { categories: [ProductCategory.CREDIT, ProductCategory.GUARANTEE] };
      const { nodes, totalCount } = await pageThrough<IdNode>(t, PRODUCTS_QUERY, 'products', { filter, sort: 'RATE_ASC', first: 3 });
      expect(nodes.map((node) => node.id).sort()).toEqual(idsWhere((p) => ['CREDIT', 'GUARANTEE'].includes(p.category)));
      expect(totalCount).toBe(nodes.length);
    });

    it('defaults to 20 newest', async () => {
      const response = await t.gql<{ products: { edges: Array<{ node: IdNode }> } }>('{ products { edges { node { id } } } }');
      expect(response.data?.products.edges.map((edge) => edge.node.id)).toEqual(sorts[0]?.[1].slice(0, 20));
    });
  });

  describe('detail', () => {
    const seed = PRODUCTS.find((product) => product.key === 'yinghuai-tax-easy-loan');

    it('returns every field of a published product with its institution', async () => {
      if (!seed) throw new Error('seed product missing');
      const response = await t.gql<{ product: Record<string, unknown> }>(
        `query ($id: ID!) { product(id: $id) {
          id name category guaranteeMethods minAmountFen maxAmountFen minTermMonths maxTermMonths minRateBp maxRateBp
          repaymentMethods targetRegionCodes targetIndustryCodes targetScales minYearsInBusiness minCreditGrade
          requiredMaterials onlineApply summary description status applyCount publishedAt
          institution { id name type productCount }
        } }`,
        { id: seed.id },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.product).toEqual({
        id: seed.id,
        name: seed.name,
        category: seed.category,
        guaranteeMethods: seed.guaranteeMethods,
        minAmountFen: seed.minAmountFen,
        maxAmountFen: seed.maxAmountFen,
        minTermMonths: seed.minTermMonths,
        maxTermMonths: seed.maxTermMonths,
        minRateBp: seed.minRateBp,
        maxRateBp: seed.maxRateBp,
        repaymentMethods: seed.repaymentMethods,
        targetRegionCodes: seed.targetRegionCodes,
        targetIndustryCodes: seed.targetIndustryCodes,
        targetScales: seed.targetScales,
        minYearsInBusiness: seed.minYearsInBusiness,
        minCreditGrade: seed.minCreditGrade,
        requiredMaterials: seed.requiredMaterials,
        onlineApply: seed.onlineApply,
        summary: seed.summary,
        description: seed.description,
        status: 'PUBLISHED',
        applyCount: seed.applyCount,
        publishedAt: seed.publishedAt,
        institution: {
          id: seed.institutionId,
          name: seed.institutionName,
          type: seed.institutionType,
          productCount: PRODUCTS.filter((p) => p.institutionId === seed.institutionId).length,
        },
      });
    });

    it('answers NOT_FOUND for an unknown id and for a product that is not published', async () => {
      const unknown = await t.gql('query ($id: ID!) { product(id: $id) { id } }', { id: seedId('product', 'nope') });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe('未找到该金融产品，可能已下架');

      await t.dataSource.getRepository(ProductEntity).update({ id: seed?.id }, { status: 'RETIRED' as never });
      try {
        const retired = await t.gql('query ($id: ID!) { product(id: $id) { id } }', { id: seed?.id });
        expect(retired.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(await allIds({ keyword: seed?.name ?? '' })).not.toContain(seed?.id);
      } finally {
        await t.dataSource.getRepository(ProductEntity).update({ id: seed?.id }, { status: 'PUBLISHED' as never });
      }
    });
  });

  describe('bad input', () => {
    async function fieldsOf(variables: Record<string, unknown>) {
      const response = await t.gql(PRODUCTS_QUERY, variables);
      expect(response.data?.products ?? null).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return response.errors?.[0]?.extensions?.fields;
    }

    it('refuses a page size outside 1–100', async () => {
      expect(await fieldsOf({ first: 10_000 })).toEqual([{ field: 'first', message: '每页数量必须是 1 到 100 之间的整数' }]);
      expect(await fieldsOf({ first: 0 })).toEqual([{ field: 'first', message: '每页数量必须是 1 到 100 之间的整数' }]);
    });

    it('refuses a negative amount on filter.amountFen', async () => {
      expect(await fieldsOf({ filter: { amountFen: -1 } })).toEqual([{ field: 'filter.amountFen', message: '金额不能为负数' }]);
    });

    it('refuses fractional, string and unsafe amounts', async () => {
      for (const amountFen of [1.5, '100', 2 ** 53]) {
        const fields = await fieldsOf({ filter: { amountFen } });
        expect(fields).toEqual([{ field: 'filter.amountFen', message: '金额必须是以分为单位的整数' }]);
      }
    });

    it('names every bad field of a filter', async () => {
      const fields = await fieldsOf({ filter: { termMonths: 0, maxRateBp: -5, regionCode: '34', industryCode: 'Z9', institutionId: 'x' } });
      expect(fields?.map((field) => field.field).sort()).toEqual([
        'filter.industryCode',
        'filter.institutionId',
        'filter.maxRateBp',
        'filter.regionCode',
        'filter.termMonths',
      ]);
    });

    it('refuses a tampered cursor or one from another sort on after', async () => {
      const otherSort = encodeCursor({ sort: 'RATE_ASC', key: 300, id: seedId('product', 'x') });
      for (const after of ['not-a-cursor', otherSort, `${otherSort}x`]) {
        expect(await fieldsOf({ sort: 'NEWEST', after })).toEqual([
          { field: 'after', message: '分页游标无效，请从第一页重新加载' },
        ]);
      }
    });

    it('refuses an unknown enum value with a readable message', async () => {
      const response = await t.gql(PRODUCTS_QUERY, { sort: 'CHEAPEST' });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'sort', message: '"CHEAPEST" 不是有效的取值，可选：NEWEST、RATE_ASC、AMOUNT_DESC、POPULARITY、RELEVANCE' },
      ]);
      expect(response.errors?.[0]?.message).toBe('参数取值不合法（sort）："CHEAPEST" 不是有效的取值，可选：NEWEST、RATE_ASC、AMOUNT_DESC、POPULARITY、RELEVANCE');
    });

    it('refuses wrong literal types in the query text', async () => {
      const response = await t.gql('{ products(first: "ten") { totalCount } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^查询不符合接口定义/);
      const enumLiteral = await t.gql('{ products(sort: CHEAPEST) { totalCount } }');
      expect(enumLiteral.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('query count', () => {
    it('resolves institutions and their product counts without one query per product', async () => {
      const runner = t.app.get(DataSource).createQueryRunner();
      const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
      await runner.release();
      const spy = jest.spyOn(prototype, 'query');
      try {
        const response = await t.gql('{ products(first: 50) { edges { node { id institution { id name productCount } } } } }');
        expect(response.errors).toBeUndefined();
        // page + total count + one batched count for every institution on the page
        expect(spy.mock.calls.length).toBeLessThanOrEqual(3);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
