import { ERROR_MESSAGES, ErrorCode } from '@rongtong/shared';
import request from 'supertest';
import { productionSecrets } from './support/production-env';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(DIALECTS)('GraphQL request handling (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('rejects documents nested deeper than 10 levels before running them', async () => {
    const deep = `{ products { edges { node { institution { a { b { c { d { e { f { g } } } } } } } } } } }`;
    const response = await t.gql(deep);
    const limit = response.errors?.find((error) => error.message.startsWith('查询嵌套层级过深'));
    expect(limit?.message).toBe('查询嵌套层级过深：最多 10 层，当前 11 层');
    expect(limit?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeUndefined();
  });

  it('allows 15 aliases and rejects 16', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, i) => `p${i}: products(first: 1) { totalCount }`).join(' ');
    expect((await t.gql(`{ ${aliases(15)} }`)).errors).toBeUndefined();
    const response = await t.gql(`{ ${aliases(16)} }`);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: '查询使用的别名过多：最多 15 个，当前 16 个',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('reports unparsable queries and unknown fields as BAD_USER_INPUT with a readable message', async () => {
    const parse = await t.gql('{ products { ');
    expect(parse.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [] } });
    expect(parse.errors?.[0]?.message).toMatch(/^查询语句无法解析: Syntax Error/);
    const unknown = await t.gql('{ products { nope } }');
    expect(unknown.errors?.[0]?.message).toMatch(/^查询不符合接口定义: Cannot query field "nope"/);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does not batch operations', async () => {
    const response = await request(t.http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('blocks GET requests that could be cross-site, and serves them with the preflight header', async () => {
    const blocked = await request(t.http).get('/graphql').query({ query: '{ __typename }' });
    expect(blocked.status).toBe(400);
    expect(blocked.text).not.toContain('"data"');
    const allowed = await request(t.http)
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('apollo-require-preflight', 'true');
    expect(allowed.status).toBe(200);
    expect(allowed.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('logs one line per operation with its name, type, duration and result', async () => {
    await t.gql('query HomeProducts { products(first: 2) { totalCount } }');
    await t.gql('query MissingInstitution { institution(id: "00000000-0000-4000-8000-000000000000") { id } }');
    const lines = t.logs.filter((line) => line.msg === 'graphql operation');
    expect(lines).toContainEqual(
      expect.objectContaining({ operationName: 'HomeProducts', operationType: 'query', result: 'OK', durationMs: expect.any(Number) }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ operationName: 'MissingInstitution', result: 'NOT_FOUND' }));
    expect(t.logs).toContainEqual(expect.objectContaining({ msg: 'http request', route: '/graphql', method: 'POST', status: 200 }));
  });

  describe('an unexpected failure', () => {
    it('is masked with a correlation id that leads to the real error in the log', async () => {
      await t.dataSource.query('DROP TABLE faqs');
      const response = await t.gql('{ faqs { id } }');
      const [error] = response.errors ?? [];
      expect(error?.message).toBe(ERROR_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR]);
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.stringMatching(UUID) });
      for (const leak of ['no such table', "doesn't exist", 'stack', 'SQLITE', 'ER_NO_SUCH_TABLE', 'QueryFailedError', '    at ', 'typeorm', 'SELECT']) {
        expect(response.text).not.toContain(leak);
      }
      const logged = t.logs.find((line) => line.correlationId === error?.extensions?.correlationId);
      expect(logged).toMatchObject({ level: 'error', msg: 'unexpected error in GraphQL operation' });
      expect(JSON.stringify(logged)).toContain('faqs');
    });
  });
});

describe('production GraphQL settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', seed: false, env: { NODE_ENV: 'production', ...productionSecrets() } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses introspection', async () => {
    const response = await t.gql('{ __schema { types { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeUndefined();
  });

  it('does not suggest field names', async () => {
    const response = await t.gql('{ product(id: "x") { nam } }');
    expect(response.errors?.[0]?.message).not.toContain('Did you mean');
  });
});
