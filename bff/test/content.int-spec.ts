import { EnterpriseScale, EnterpriseType, findIndustry, PolicyLevel } from '@rongtong/shared';
import { seedId } from '../src/infra/database/deterministic-id';
import { FAQ_SEEDS, NEWS_SEEDS, POLICY_SEEDS } from '../src/seed/data';
import { pageThrough } from './support/catalogue';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const POLICIES = `
  query ($level: PolicyLevel, $first: Int, $after: String) {
    policies(level: $level, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id level issuedOn } }
    }
  }`;

const POLICIES_FOR = `
  query ($level: PolicyLevel, $industryCode: String, $scale: EnterpriseScale, $enterpriseType: EnterpriseType, $first: Int, $after: String) {
    policies(level: $level, industryCode: $industryCode, scale: $scale, enterpriseType: $enterpriseType, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id level issuedOn } }
    }
  }`;

/** Whether a policy industry tag covers the chosen code: itself, a division's section, or a section's division. */
function industryTagCovers(tag: string, chosen: string): boolean {
  if (tag === chosen) return true;
  const tagged = findIndustry(tag);
  const picked = findIndustry(chosen);
  if (!tagged || !picked) return false;
  if (picked.division) return !tagged.division && tagged.section.code === picked.section.code;
  return tagged.section.code === picked.section.code;
}

interface Audience {
  industryCode?: string;
  scale?: EnterpriseScale;
  enterpriseType?: EnterpriseType;
}

const NEWS = `
  query ($level: PolicyLevel, $first: Int, $after: String) {
    newsList(level: $level, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id level publishedOn } }
    }
  }`;

interface Dated {
  id: string;
  level: PolicyLevel;
  issuedOn?: string;
  publishedOn?: string;
}

/** Newest day first, ties by id descending. */
function newestFirst<T extends { id: string }>(items: readonly T[], dayOf: (item: T) => string): string[] {
  return [...items]
    .sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((item) => item.id);
}

describe.each(DIALECTS)('content (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  const policies = POLICY_SEEDS.map((seed) => ({ ...seed, id: seedId('policy', seed.key) }));
  const news = NEWS_SEEDS.map((seed) => ({ ...seed, id: seedId('news', seed.key) }));

  it('pages through policies newest first, at every level', async () => {
    const all = await pageThrough<Dated>(t, POLICIES, 'policies', { first: 4 });
    expect(all.nodes.map((node) => node.id)).toEqual(newestFirst(policies, (p) => p.issuedOn));
    for (const level of Object.values(PolicyLevel)) {
      const page = await pageThrough<Dated>(t, POLICIES, 'policies', { level, first: 3 });
      const expected = newestFirst(policies.filter((p) => p.level === level), (p) => p.issuedOn);
      expect(expected.length).toBeGreaterThan(0);
      expect(page.nodes.map((node) => node.id)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    }
  });

  it('lists the policies for an industry, scale or enterprise type — untagged ones are for everyone — and pages through them', async () => {
    const forAudience = (audience: Audience) =>
      policies.filter(
        ({ tags }) =>
          (!audience.industryCode || tags.industryCodes.length === 0 || tags.industryCodes.some((tag) => industryTagCovers(tag, audience.industryCode as string))) &&
          (!audience.scale || tags.scales.length === 0 || tags.scales.includes(audience.scale)) &&
          (!audience.enterpriseType || tags.enterpriseTypes.length === 0 || tags.enterpriseTypes.includes(audience.enterpriseType)),
      );
    const audiences: Audience[] = [
      { industryCode: 'C' },
      { industryCode: '27' },
      { industryCode: 'A' },
      { scale: EnterpriseScale.MEDIUM },
      { enterpriseType: EnterpriseType.FARMERS_COOPERATIVE },
      { industryCode: 'C', scale: EnterpriseScale.SMALL, enterpriseType: EnterpriseType.LIMITED_COMPANY },
    ];
    for (const audience of audiences) {
      const expected = newestFirst(forAudience(audience), (p) => p.issuedOn);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(policies.length);
      const page = await pageThrough<Dated>(t, POLICIES_FOR, 'policies', { ...audience, first: 3 });
      expect(page.nodes.map((node) => node.id)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    }
    const cityManufacturing = await pageThrough<Dated>(t, POLICIES_FOR, 'policies', { level: 'CITY', industryCode: 'C', first: 2 });
    expect(cityManufacturing.nodes.map((node) => node.id)).toEqual(
      newestFirst(forAudience({ industryCode: 'C' }).filter((p) => p.level === PolicyLevel.CITY), (p) => p.issuedOn),
    );
  });

  it('refuses an unknown industry code on its field, and an unknown scale or type', async () => {
    const industry = await t.gql(POLICIES_FOR, { industryCode: 'ZZ', first: 5 });
    expect(industry.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(industry.errors?.[0]?.extensions)).toContain('industryCode');
    expect(industry.errors?.[0]?.message).toContain('行业代码不存在');
    for (const variables of [{ scale: 'HUGE' }, { enterpriseType: 'STATE_OWNED' }]) {
      const response = await t.gql(POLICIES_FOR, { ...variables, first: 5 });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('returns a policy with its tags', async () => {
    const seed = policies[0];
    if (!seed) throw new Error('no policy seeds');
    const response = await t.gql<{ policy: Record<string, unknown> }>(
      'query ($id: ID!) { policy(id: $id) { id title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes } }',
      { id: seed.id },
    );
    expect(response.data?.policy).toEqual({
      id: seed.id,
      title: seed.title,
      level: seed.level,
      issuer: seed.issuer,
      documentNumber: seed.documentNumber,
      issuedOn: seed.issuedOn,
      summary: seed.summary,
      bodyHtml: seed.bodyHtml,
      industryCodes: seed.tags.industryCodes,
      scales: seed.tags.scales,
      enterpriseTypes: seed.tags.enterpriseTypes,
    });
  });

  it('pages through news newest first and filters by level', async () => {
    const all = await pageThrough<Dated>(t, NEWS, 'newsList', { first: 6 });
    expect(all.nodes.map((node) => node.id)).toEqual(newestFirst(news, (n) => n.publishedOn));
    const city = await pageThrough<Dated>(t, NEWS, 'newsList', { level: 'CITY', first: 100 });
    expect(city.nodes.every((node) => node.level === PolicyLevel.CITY)).toBe(true);
    expect(city.totalCount).toBe(news.filter((n) => n.level === PolicyLevel.CITY).length);
  });

  it('returns one news item', async () => {
    const seed = news[0];
    const response = await t.gql<{ news: { id: string; title: string; bodyHtml: string } }>(
      'query ($id: ID!) { news(id: $id) { id title bodyHtml } }',
      { id: seed?.id },
    );
    expect(response.data?.news).toEqual({ id: seed?.id, title: seed?.title, bodyHtml: seed?.bodyHtml });
  });

  it('lists FAQ by category in the seeded order', async () => {
    const all = await t.gql<{ faqs: Array<{ id: string; category: string }> }>('{ faqs { id category question answer keywords } }');
    expect(all.data?.faqs).toHaveLength(FAQ_SEEDS.length);
    const category = FAQ_SEEDS[0]?.category ?? '';
    const one = await t.gql<{ faqs: Array<{ id: string }> }>('query ($c: String) { faqs(category: $c) { id } }', { c: category });
    expect(one.data?.faqs.map((faq) => faq.id)).toEqual(
      FAQ_SEEDS.filter((faq) => faq.category === category).map((faq) => seedId('faq', faq.key)),
    );
    const none = await t.gql<{ faqs: unknown[] }>('{ faqs(category: "不存在的分类") { id } }');
    expect(none.data?.faqs).toEqual([]);
  });

  it('answers NOT_FOUND for unknown policies and news', async () => {
    const policy = await t.gql('query ($id: ID!) { policy(id: $id) { id } }', { id: seedId('policy', 'missing') });
    expect(policy.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const item = await t.gql('query ($id: ID!) { news(id: $id) { id } }', { id: 'not-even-a-uuid' });
    expect(item.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a cursor of the news list on the policy list', async () => {
    const page = await t.gql<{ newsList: { pageInfo: { endCursor: string } } }>(NEWS, { first: 1 });
    const response = await t.gql(POLICIES, { after: page.data?.newsList.pageInfo.endCursor });
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: '分页游标无效，请从第一页重新加载' }]);
  });
});
