import request from 'supertest';
import { InstitutionsService } from '../../src/modules/institutions/institutions.service';
import { StaffLoginService } from '../../src/core-modules/auth/staff/staff-login.service';
import { doublingFragments, fragmentGraphs } from '../support/fragment-graphs';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

/**
 * Documents built to make the server work, sent anonymously to the real app: each is refused before any
 * resolver runs (the resolvers' services are watched), quickly, with a code and a Chinese message.
 * Issue 10 item 1: the 40-fragment document used to block the event loop for hours (24 fragments: 1.9 s).
 */
describe.each(DIALECTS)('hostile GraphQL documents (%s)', (dialect) => {
  let t: TestApp;
  let resolverCalls: jest.SpyInstance[];

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  beforeEach(() => {
    resolverCalls = [
      jest.spyOn(t.app.get(InstitutionsService), 'list'),
      jest.spyOn(t.app.get(StaffLoginService), 'login'),
    ];
  });

  afterEach(() => {
    for (const spy of resolverCalls) spy.mockRestore();
  });

  afterAll(async () => {
    await t?.close();
  });

  const post = async (body: unknown, contentType = 'application/json'): Promise<GraphqlResponse> => {
    const response = await request(t.http)
      .post('/graphql')
      .set('Content-Type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));
    return { status: response.status, text: response.text, ...(response.body as object) };
  };

  /**
   * The answer and the CPU time the exchange cost this process — the app and the client share it, so this is
   * parsing, validation, plugins and the HTTP round trip, without the waits of a machine other jobs share.
   */
  const timed = async (query: string): Promise<{ response: GraphqlResponse; cpuMs: number }> => {
    const before = process.cpuUsage();
    const response = await post({ query });
    const used = process.cpuUsage(before);
    return { response, cpuMs: (used.user + used.system) / 1000 };
  };

  /**
   * The quietest of up to five tries: one slow try on a shared machine proves nothing (a trivial request costs
   * 10–25 ms of this process's CPU here, with spikes past 40).
   */
  const quietest = async (query: string): Promise<{ response: GraphqlResponse; cpuMs: number }> => {
    let best = await timed(query);
    for (let attempt = 1; attempt < 5 && best.cpuMs >= 50; attempt += 1) {
      const again = await timed(query);
      if (again.cpuMs < best.cpuMs) best = again;
    }
    return best;
  };

  const expectRefused = (response: GraphqlResponse, message: string | RegExp) => {
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({ message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    for (const spy of resolverCalls) expect(spy).not.toHaveBeenCalled();
  };

  it.each([24, 40])('refuses %i doubling fragments (issue 10) within 50 ms', async (fragments) => {
    const { response, cpuMs } = await quietest(doublingFragments(fragments));
    expectRefused(response, /^查询过于复杂：估算成本最多 15000，当前 \d+$/);
    expect(cpuMs).toBeLessThan(50);
  });

  it('refuses 1,000 aliases (over the token limit before the alias limit is reached) and 16 aliases', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');
    expectRefused((await quietest(`{ ${aliases(1000)} }`)).response, '查询语句过长：最多 800 个词法单元');
    expectRefused(await post({ query: `{ ${aliases(16)} }` }), '查询使用的别名过多：最多 15 个，当前 16 个');
  });

  it('refuses depth 30, also under introspection', async () => {
    const nest = (fields: string[], leaf: string) => fields.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
    const page = 'products(first: 1)';
    const around = Array.from({ length: 6 }, () => ['institution', page, 'edges', 'node']).flat();
    // 3 + 6 × 4 + 2 fields around totalCount: 30 levels, each list a page of one, so only the depth is over
    const deep = nest([page, 'edges', 'node', ...around, 'institution', page], 'totalCount');
    expectRefused(await post({ query: `{ ${deep} }` }), '查询嵌套层级过深：最多 10 层，当前 30 层');
    const ofTypes = nest(Array.from({ length: 28 }, () => 'ofType'), 'name');
    expectRefused(await post({ query: `{ __type(name: "Query") { ${ofTypes} } }` }), '内省查询嵌套层级过深：最多 20 层，当前 30 层');
  });

  it('refuses 10,000 tokens with a Chinese message', async () => {
    const { response, cpuMs } = await quietest(`{ ${'__typename '.repeat(9_998)} }`);
    expectRefused(response, '查询语句过长：最多 800 个词法单元');
    expect(cpuMs).toBeLessThan(50);
  });

  it('refuses nested lists whose cost is over the limit', async () => {
    const nested = `{ institutions(first: 100) { edges { node { products(first: 100) { edges { node {
      institution { products(first: 100) { totalCount } } } } } } } } }`;
    expectRefused(await post({ query: nested }), '查询过于复杂：估算成本最多 15000，当前 1040301');
    // the same shape with small pages is answered
    const small = await post({ query: nested.replace(/first: 100/g, 'first: 2') });
    expect(small.errors).toBeUndefined();
    expect(resolverCalls[0]).toHaveBeenCalled();
  });

  it('decides generated fragment graphs up to the 1 MB body limit within 50 ms each, beyond moving the bytes', async () => {
    // One document of each shape and size class, the largest just under the body limit once wrapped in JSON.
    const graphs = fragmentGraphs(20261208, 40, 1024 * 1024 - 1024);
    const sample = [...graphs.sort((a, b) => a.text.length - b.text.length).filter((_, index) => index % 8 === 0), graphs.at(-1)!];
    for (const graph of sample) {
      // Sending and reading a body this large costs this process CPU of its own (the client shares it), so the
      // yardstick is the same number of bytes as a comment before a trivial query: transport and lexing, no judging.
      const padding = `#${'x'.repeat(Math.max(0, graph.text.length - 20))}\n{ __typename }`;
      const transport = await quietest(padding);
      expect(transport.response.status).toBe(200);
      const { response, cpuMs } = await quietest(graph.text);
      const decided = { shape: graph.shape, bytes: graph.text.length, answered: [200, 400].includes(response.status), cpuMs };
      expect(decided).toEqual({ ...decided, answered: true, cpuMs: expect.any(Number) });
      expect(decided.cpuMs - transport.cpuMs).toBeLessThan(50);
    }
    expect(sample.at(-1)!.text.length).toBeGreaterThan(512 * 1024);
  });

  describe('requests that could make a resolver run without the document being judged', () => {
    const login = { query: 'mutation { staffLogin(username: "operator", password: "not-the-password") { step } }' };

    it('refuses array batches', async () => {
      const response = await post([login, login]);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(resolverCalls[1]).not.toHaveBeenCalled();
    });

    it('refuses mutations over GET, with and without the preflight header', async () => {
      const withoutPreflight = await request(t.http).get('/graphql').query(login);
      expect(withoutPreflight.status).toBe(400);
      const withPreflight = await request(t.http).get('/graphql').query(login).set('apollo-require-preflight', 'true');
      expect(withPreflight.status).toBe(405);
      expect(withPreflight.headers.allow).toBe('POST');
      expect(withPreflight.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(resolverCalls[1]).not.toHaveBeenCalled();
    });

    it('refuses text/plain POSTs (a request a cross-site form can send)', async () => {
      const response = await post(JSON.stringify(login), 'text/plain');
      expect([400, 415]).toContain(response.status);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
      expect(resolverCalls[1]).not.toHaveBeenCalled();
    });

    it('runs the same mutation when it is sent as JSON (the spy sees it)', async () => {
      const response = await post(login);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(resolverCalls[1]).toHaveBeenCalledTimes(1);
    });
  });
});
