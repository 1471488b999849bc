import { EnterpriseScale, ProductStatus, Role, syntheticUscc } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { Clock } from '../src/infra/clock/clock';
import { EnterpriseBindingEntity } from '../src/modules/enterprises/enterprise-binding.entity';
import { EnterpriseRelation } from '../src/modules/enterprises/enterprise-relation';
import { EnterpriseEntity } from '../src/modules/enterprises/enterprise.entity';
import { ProductEntity } from '../src/modules/products/product.entity';
import { ProductSearchIndexer } from '../src/modules/products/search/product-search-indexer';
import { rankProducts } from '../src/modules/recommendation/ranking';
import { type EnterpriseProfile, RecommendationPreference } from '../src/modules/recommendation/ranking-types';
import { MAX_NEAR_MISSES, MAX_RECOMMENDED } from '../src/modules/recommendation/recommendation.service';
import { createUser, errorCode, gqlAs, signIn } from './support/auth';
import { PRODUCTS } from './support/catalogue';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const RECOMMEND = `
  query Recommend($input: RecommendationInput!) {
    recommendProducts(input: $input) {
      profile { regionCode regionName industryCode industryName scale yearsInBusiness enterpriseName }
      recommended { product { id name institution { name } } score matchedConditions matchedPreferences reasons }
      nearMisses { product { id } score matchedConditions reasons }
    }
  }`;

interface Entry {
  product: { id: string; name?: string };
  score: number;
  matchedConditions: string[];
  matchedPreferences?: string[];
  reasons: string[];
}

interface RecommendData {
  recommendProducts: {
    profile: Record<string, string | number | null>;
    recommended: Entry[];
    nearMisses: Entry[];
  };
}

const REQUEST = {
  amountFen: 100_000_000,
  termMonths: 12,
  preferences: [RecommendationPreference.LOW_RATE, RecommendationPreference.NO_COLLATERAL],
  expectedRateBp: 450,
};

const TECH_LOAN_ID = PRODUCTS.find((product) => product.key === 'wanbei-tech-loan')?.id;

/** What the query must return: the pure ranking over the seeded catalogue, cut to the page sizes. */
function expected(profile: EnterpriseProfile | null): { recommended: Array<[string, number]>; nearMisses: Array<[string, string[]]> } {
  const ranking = rankProducts({ ...REQUEST, profile }, PRODUCTS);
  return {
    recommended: ranking.eligible.slice(0, MAX_RECOMMENDED).map((entry) => [entry.product.id, entry.score]),
    nearMisses: ranking.nearMisses.slice(0, MAX_NEAR_MISSES).map((entry) => [entry.product.id, entry.reasons]),
  };
}

function actual(data: RecommendData['recommendProducts']): ReturnType<typeof expected> {
  return {
    recommended: data.recommended.map((entry) => [entry.product.id, entry.score]),
    nearMisses: data.nearMisses.map((entry) => [entry.product.id, entry.reasons]),
  };
}

/** YYYY-MM-DD a year and a month before `now`: one whole year in business. */
function aYearAgo(now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() - 1, 1));
  return date.toISOString().slice(0, 10);
}

describe.each(DIALECTS)('recommendProducts (%s)', (dialect) => {
  let t: TestApp;
  let enterpriseToken: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    const enterpriseId = randomUUID();
    const now = new Date();
    await t.dataSource.manager.insert(EnterpriseEntity, {
      id: enterpriseId,
      uscc: syntheticUscc(880_001),
      name: '阜阳颍州芯片科技有限公司',
      regionCode: '341202',
      industryCode: '39',
      scale: EnterpriseScale.SMALL,
      establishedOn: aYearAgo(t.app.get(Clock).now()),
      createdAt: now,
      updatedAt: now,
    });
    const userId = await createUser(t, { role: Role.ENTERPRISE });
    await t.dataSource.manager.insert(EnterpriseBindingEntity, {
      id: randomUUID(),
      userId,
      enterpriseId,
      relation: EnterpriseRelation.LEGAL_REPRESENTATIVE,
      createdAt: now,
      updatedAt: now,
    });
    enterpriseToken = (await signIn(t, userId, enterpriseId)).accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function recommend(token: string | null, input: Record<string, unknown>): Promise<RecommendData['recommendProducts']> {
    const response = await gqlAs<RecommendData>(t, token, RECOMMEND, { input });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error(response.text);
    return response.data.recommendProducts;
  }

  it('ranks the catalogue for an anonymous caller on amount, term and preferences only', async () => {
    const result = await recommend(null, REQUEST);
    expect(result.profile).toEqual({
      regionCode: null,
      regionName: null,
      industryCode: null,
      industryName: null,
      scale: null,
      yearsInBusiness: null,
      enterpriseName: null,
    });
    expect(actual(result)).toEqual(expected(null));
    expect(result.recommended.length).toBeGreaterThan(3);
    const scores = result.recommended.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.recommended.map((entry) => entry.product.id)).toContain(TECH_LOAN_ID);
    const [first] = result.recommended;
    expect(first.matchedConditions.slice(0, 2)).toEqual(['额度覆盖100万元', '期限满足12个月']);
    expect(first.product.name).not.toBe('');
    expect(first.reasons).toEqual([]);
  });

  it("uses the signed-in enterprise's profile and explains the near misses", async () => {
    const result = await recommend(enterpriseToken, REQUEST);
    expect(result.profile).toEqual({
      regionCode: '341202',
      regionName: '颍州区',
      industryCode: '39',
      industryName: '计算机、通信和其他电子设备制造业',
      scale: 'SMALL',
      yearsInBusiness: 1,
      enterpriseName: '阜阳颍州芯片科技有限公司',
    });
    const profile = { regionCode: '341202', industryCode: '39', scale: EnterpriseScale.SMALL, yearsInBusiness: 1 };
    expect(actual(result)).toEqual(expected(profile));
    const techLoan = result.nearMisses.find((entry) => entry.product.id === TECH_LOAN_ID);
    expect(techLoan?.reasons).toEqual(['成立年限不足2年']);
    const allReasons = result.nearMisses.flatMap((entry) => entry.reasons);
    expect(allReasons).toContain('不支持本地区');
    expect(result.recommended.flatMap((entry) => entry.matchedConditions)).toContain('支持颍州区企业');
  });

  it('lets explicit input override the enterprise profile', async () => {
    const result = await recommend(enterpriseToken, { ...REQUEST, yearsInBusiness: 5 });
    expect(result.profile.yearsInBusiness).toBe(5);
    expect(result.recommended.map((entry) => entry.product.id)).toContain(TECH_LOAN_ID);
    expect(actual(result)).toEqual(
      expected({ regionCode: '341202', industryCode: '39', scale: EnterpriseScale.SMALL, yearsInBusiness: 5 }),
    );
  });

  it.each([
    ['amountFen', { amountFen: 0 }, '申请金额必须是大于 0 的整数（单位：分）'],
    ['termMonths', { termMonths: 0 }, '申请期限必须是 1 到 360 之间的整月数'],
    ['termMonths', { termMonths: 361 }, '申请期限必须是 1 到 360 之间的整月数'],
    ['expectedRateBp', { expectedRateBp: 2401 }, '期望利率必须是 0 到 2400 之间的基点数（100 基点 = 1%）'],
    ['expectedRateBp', { expectedRateBp: -1 }, '期望利率必须是 0 到 2400 之间的基点数（100 基点 = 1%）'],
    ['regionCode', { regionCode: '34120' }, '地区代码应为 6 位数字'],
    ['industryCode', { industryCode: 'ZZ' }, '行业代码不存在，应为国民经济行业分类的门类字母或两位大类代码'],
    ['yearsInBusiness', { yearsInBusiness: -1 }, '成立年限必须是 0 到 200 之间的整数'],
  ])('rejects a bad %s with a Chinese field error', async (field, override, message) => {
    const response = await gqlAs(t, null, RECOMMEND, { input: { ...REQUEST, ...override } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field, message }]);
  });

  it('rejects an unknown preference', async () => {
    const response = await gqlAs(t, null, RECOMMEND, { input: { ...REQUEST, preferences: ['CHEAPEST'] } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('sees a product retired or republished through any instance on the very next request', async () => {
    const id = TECH_LOAN_ID as string;
    const setStatus = (status: ProductStatus) =>
      t.dataSource.transaction(async (manager) => {
        await manager.update(ProductEntity, { id }, { status });
        await t.app.get(ProductSearchIndexer).reindex(manager, id);
      });
    const recommendedIds = async () => (await recommend(null, REQUEST)).recommended.map((entry) => entry.product.id);
    expect(await recommendedIds()).toContain(id);
    await setStatus(ProductStatus.RETIRED);
    expect(await recommendedIds()).not.toContain(id);
    await setStatus(ProductStatus.PUBLISHED);
    expect(await recommendedIds()).toContain(id);
    expect(actual(await recommend(null, REQUEST))).toEqual(expected(null));
  });
});
