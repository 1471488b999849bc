import { syntheticEnterprise, syntheticUscc, validateUscc, type SyntheticEnterprise } from '@rongtong/shared';
import { buildMockServer } from '../app';
import { SYNTHETIC_POPULATION, type SyntheticEnterprisePage } from './synthetic-enterprises';

type App = ReturnType<typeof buildMockServer>;

const LIST = '/gov/v1/_synthetic/enterprises';

describe('synthetic enterprises', () => {
  let app: App;

  beforeAll(() => {
    app = buildMockServer({ logger: false });
  });

  afterAll(async () => {
    await app.close();
  });

  const list = async (query: string) => app.inject({ method: 'GET', url: `${LIST}${query}` });

  it('lists the first page of 20 by default, one enterprise per synthetic index', async () => {
    const response = await list('');
    expect(response.statusCode).toBe(200);
    const page = response.json<SyntheticEnterprisePage>();
    expect(page).toMatchObject({ offset: 0, limit: 20, total: SYNTHETIC_POPULATION, nextOffset: 20 });
    expect(page.items.map((item) => item.uscc)).toEqual(Array.from({ length: 20 }, (_, i) => syntheticUscc(i)));
    expect(page.items[0]).toEqual(syntheticEnterprise(syntheticUscc(0)));
  });

  it('serves valid USCCs, dates and amounts in integer fen', async () => {
    const page = (await list('?offset=500&limit=100')).json<SyntheticEnterprisePage>();
    expect(page.items).toHaveLength(100);
    expect(new Set(page.items.map((item) => item.uscc)).size).toBe(100);
    for (const item of page.items) {
      expect(validateUscc(item.uscc)).toEqual({ ok: true });
      expect(Number.isSafeInteger(item.registeredCapitalFen)).toBe(true);
      expect(item.establishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is deterministic across calls and across servers', async () => {
    const other = buildMockServer({ logger: false, seed: 999 });
    const first = (await list('?offset=40&limit=10')).json<SyntheticEnterprisePage>();
    const again = (await list('?offset=40&limit=10')).json<SyntheticEnterprisePage>();
    const elsewhere = (await other.inject({ method: 'GET', url: `${LIST}?offset=40&limit=10` })).json<SyntheticEnterprisePage>();
    await other.close();
    expect(again).toEqual(first);
    expect(elsewhere).toEqual(first);
  });

  it('ends the listing at the size of the synthetic register', async () => {
    const page = (await list(`?offset=${SYNTHETIC_POPULATION - 5}&limit=20`)).json<SyntheticEnterprisePage>();
    expect(page.items).toHaveLength(5);
    expect(page.nextOffset).toBeNull();
  });

  it.each([
    ['?limit=101', 'limit'],
    ['?limit=0', 'limit'],
    ['?limit=ten', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=1.5', 'offset'],
    [`?offset=${SYNTHETIC_POPULATION + 1}`, 'offset'],
  ])('rejects %s naming the field %s', async (query, field) => {
    const response = await list(query);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
  });

  it('reports both bad parameters at once', async () => {
    const response = await list('?offset=x&limit=1000');
    expect(response.json<{ fields: { field: string }[] }>().fields.map((error) => error.field)).toEqual(['offset', 'limit']);
  });

  it('returns one enterprise by USCC, the same one the listing shows', async () => {
    const uscc = syntheticUscc(7);
    const response = await app.inject({ method: 'GET', url: `${LIST}/${uscc}` });
    expect(response.statusCode).toBe(200);
    const enterprise = response.json<SyntheticEnterprise>();
    expect(enterprise).toEqual(syntheticEnterprise(uscc));
    const page = (await list('?offset=7&limit=1')).json<SyntheticEnterprisePage>();
    expect(page.items[0]).toEqual(enterprise);
  });

  it('rejects an invalid USCC with the reason from validateUscc', async () => {
    const valid = syntheticUscc(3);
    const last = valid.slice(-1);
    const wrongCheck = `${valid.slice(0, 17)}${last === '0' ? '1' : '0'}`;
    for (const code of [wrongCheck, '123']) {
      const check = validateUscc(code);
      if (check.ok) throw new Error(`expected ${code} to be invalid`);
      const response = await app.inject({ method: 'GET', url: `${LIST}/${code}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'uscc', message: check.reason }] });
    }
  });

  it('is subject to fault rules on /gov/v1/*', async () => {
    const faulty = buildMockServer({ logger: false, faults: [{ route: '/gov/v1/*', errorRate: 1, times: 1 }] });
    expect((await faulty.inject({ method: 'GET', url: LIST })).statusCode).toBe(503);
    expect((await faulty.inject({ method: 'GET', url: LIST })).statusCode).toBe(200);
    await faulty.close();
  });
});
