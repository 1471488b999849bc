import { InstitutionType } from '@rongtong/shared';
import { seedId } from '../src/infra/database/deterministic-id';
import { INSTITUTION_SEEDS } from '../src/seed/data';
import { pageThrough, PRODUCTS } from './support/catalogue';
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
        id name shortName type regionCode description contactPhone address website establishedOn productCount createdAt
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
});
