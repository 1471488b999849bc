import { ERROR_MESSAGES, ErrorCode, Role } from '@rongtong/shared';
import request from 'supertest';
import { sha256Hex } from '../../src/infra/graphql/persisted-operations';
import { FREE_FORM_REFUSED_MESSAGE } from '../../src/infra/graphql/persisted-operations.plugin';
import { BannersService } from '../../src/modules/banners/banners.service';
import { signedInUser } from '../support/auth';
import { listedOperation, persistedRequest } from '../support/persisted-operations';
import { productionSecrets } from '../support/production-env';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-persisted-operations-test';

async function post(t: TestApp, body: unknown, token?: string): Promise<GraphqlResponse> {
  const call = request(t.http).post('/graphql').set('Content-Type', 'application/json');
  if (token) call.set('Authorization', `Bearer ${token}`);
  const response = await call.send(JSON.stringify(body));
  return { status: response.status, text: response.text, ...(response.body as object) };
}

/**
 * Issue 10 item 2: in production only the operations of the app's safelist run — by hash, as the app's production
 * builds send them. Before, any client could send any text (free-form queries, staff tokens included) and hashes
 * were not understood at all (PERSISTED_QUERY_NOT_SUPPORTED).
 */
describe.each(DIALECTS)('persisted operations in production (%s)', (dialect) => {
  let t: TestApp;
  let bannerReads: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp({
      dialect,
      seed: false,
      env: { ...productionSecrets(), NODE_ENV: 'production', SEED_ON_START: 'true', MIGRATE_ON_START: 'true', METRICS_TOKEN },
    });
  });

  beforeEach(() => {
    bannerReads = jest.spyOn(t.app.get(BannersService), 'homeBanners');
  });

  afterEach(() => bannerReads.mockRestore());

  afterAll(async () => {
    await t?.close();
  });

  const expectNotFound = (response: GraphqlResponse, message: string) => {
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message, extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } }]);
  };

  it('runs a listed operation sent by hash', async () => {
    const response = await post(t, persistedRequest('HomeBanners'));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.homeBanners).toEqual(expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]));
    expect(bannerReads).toHaveBeenCalledTimes(1);
  });

  it('runs listed mutations and signed-in operations by hash', async () => {
    const login = await post(t, persistedRequest('StaffLogin', { username: 'nobody-here', password: 'Wrong-passw0rd!' }));
    expect(login.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const { tokens } = await signedInUser(t, { role: Role.SYSTEM_ADMIN });
    const me = await post(t, persistedRequest('Me'), tokens.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({ role: Role.SYSTEM_ADMIN });
  });

  it('refuses an unknown hash', async () => {
    const unknown = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ staffAccounts { id username } }') } } };
    expectNotFound(await post(t, unknown), ERROR_MESSAGES[ErrorCode.PERSISTED_QUERY_NOT_FOUND]);
  });

  it('refuses operation text, also under a listed name and from a staff token, before any resolver runs', async () => {
    expectNotFound(await post(t, { query: '{ homeBanners { id title } }' }), FREE_FORM_REFUSED_MESSAGE);
    expectNotFound(await post(t, { query: 'query HomeBanners { homeBanners { id title imageUrl } }', operationName: 'HomeBanners' }), FREE_FORM_REFUSED_MESSAGE);
    const { tokens } = await signedInUser(t, { role: Role.SYSTEM_ADMIN });
    expectNotFound(await post(t, { query: '{ homeBanners { id } me { id role } }' }, tokens.accessToken), FREE_FORM_REFUSED_MESSAGE);
    expect(bannerReads).not.toHaveBeenCalled();
  });

  it('refuses a listed hash sent with other text, and accepts it with its own text', async () => {
    const { hash, document } = listedOperation('HomeBanners');
    const mismatched = await post(t, { query: '{ homeBanners { id title subtitle } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(mismatched.status).toBe(400);
    expect(mismatched.data).toBeUndefined();
    expect(mismatched.errors).toEqual([
      { message: '请求格式错误: provided sha does not match query', extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [] } },
    ]);
    expect(bannerReads).not.toHaveBeenCalled();
    // The very text on the list is the listed operation, however it arrives.
    const same = await post(t, { query: document, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(same.errors).toBeUndefined();
    expect((await post(t, { query: document })).errors).toBeUndefined();
  });

  it('refuses an unsupported persisted-query version', async () => {
    const response = await post(t, { extensions: { persistedQuery: { version: 2, sha256Hash: listedOperation('HomeBanners').hash } } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('labels metrics with safelist names only', async () => {
    await post(t, persistedRequest('HomeBanners'));
    await post(t, { query: 'query InventedForTheMetrics { homeBanners { id } }' });
    const metrics = await request(t.http).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    const labels = [...metrics.text.matchAll(/graphql_operation_duration_seconds_count\{operation_name="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(labels)).toEqual(new Set(['HomeBanners', 'StaffLogin', 'Me', 'unlisted']));
    expect(metrics.text).not.toContain('InventedForTheMetrics');
  });
});

describe.each(DIALECTS)('persisted operations outside production (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('runs operations by hash, as the production H5 build sends them to the journeys, and operation text for tests and tools', async () => {
    const byHash = await post(t, persistedRequest('HomeBanners'));
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual({ homeBanners: expect.any(Array) });
    const text = await post(t, { query: '{ homeBanners { id } }' });
    expect(text.errors).toBeUndefined();
  });

  it('still refuses an unknown hash', async () => {
    const response = await post(t, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
  });
});
