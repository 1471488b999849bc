import Fastify from 'fastify';
import { buildMockServer } from '../app';

type App = ReturnType<typeof buildMockServer>;

const put = (app: App, url: string, payload: unknown) => app.inject({ method: 'PUT', url, payload: payload as object });

describe('PUT/GET/DELETE /_admin/faults', () => {
  let app: App;

  beforeEach(() => {
    app = buildMockServer({ logger: false });
  });

  afterEach(async () => {
    await app.close();
  });

  it('sets rules, lists them and counts them in the health check', async () => {
    const rules = [
      { route: '/gov/v1/*', latencyMs: 100, errorRate: 0.2, times: 5 },
      { route: '/healthz', latencyMs: 1 },
    ];
    const response = await put(app, '/_admin/faults', rules);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(rules);
    expect((await app.inject({ method: 'GET', url: '/_admin/faults' })).json()).toEqual(rules);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ faults: 2 });
  });

  it('replaces the whole list on every PUT', async () => {
    await put(app, '/_admin/faults', [{ route: '/a', latencyMs: 1 }, { route: '/b', latencyMs: 1 }]);
    await put(app, '/_admin/faults', [{ route: '/c', errorRate: 1 }]);
    expect((await app.inject({ method: 'GET', url: '/_admin/faults' })).json()).toEqual([{ route: '/c', errorRate: 1 }]);
  });

  it('clears every rule on DELETE', async () => {
    await put(app, '/_admin/faults', [{ route: '/a', latencyMs: 1 }, { route: '/b', latencyMs: 1 }]);
    const response = await app.inject({ method: 'DELETE', url: '/_admin/faults' });
    expect(response.json()).toEqual({ cleared: 2 });
    expect((await app.inject({ method: 'GET', url: '/_admin/faults' })).json()).toEqual([]);
  });

  it('rejects a bad rule with field errors and keeps the rules in force', async () => {
    const before = [{ route: '/healthz', errorRate: 1 }];
    await put(app, '/_admin/faults', before);
    const response = await put(app, '/_admin/faults', [
      { route: '/ok', latencyMs: 5 },
      { route: '/gov/*', errorRate: 'often' },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.any(String),
      fields: [{ field: '[1].errorRate', message: '错误率必须是 0–1 之间的数' }],
    });
    expect((await app.inject({ method: 'GET', url: '/_admin/faults' })).json()).toEqual(before);
  });

  it('rejects a body that is not JSON, in Chinese', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/_admin/faults',
      headers: { 'content-type': 'application/json' },
      payload: '[{"route":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body', message: '请求体不是合法的 JSON' }] });
  });
});

describe('PUT/GET/DELETE /_admin/delivery-faults', () => {
  let app: App;

  beforeEach(() => {
    app = buildMockServer({ logger: false, delivery: { retry: { baseDelayMs: 1, maxDelayMs: 2 } } });
  });

  afterEach(async () => {
    await app.close();
  });

  it('sets, shows and clears delivery faults', async () => {
    const set = await put(app, '/_admin/delivery-faults', { duplicate: 2, times: 1 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ faults: { duplicate: 2, times: 1 } });
    expect((await app.inject({ method: 'GET', url: '/_admin/delivery-faults' })).json()).toEqual({
      faults: { duplicate: 2, times: 1 },
    });
    expect((await app.inject({ method: 'DELETE', url: '/_admin/delivery-faults' })).json()).toEqual({ cleared: true });
    expect((await app.inject({ method: 'GET', url: '/_admin/delivery-faults' })).json()).toEqual({ faults: null });
  });

  it('rejects bad settings with field errors and changes nothing', async () => {
    await put(app, '/_admin/delivery-faults', { outOfOrder: true });
    const response = await put(app, '/_admin/delivery-faults', { duplicate: 'twice' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ fields: [{ field: 'duplicate' }] });
    expect((await app.inject({ method: 'GET', url: '/_admin/delivery-faults' })).json()).toEqual({
      faults: { outOfOrder: true },
    });
  });

  it('applies the faults to callbacks sent through app.mock.callbacks', async () => {
    const receiver = Fastify({ logger: false });
    const received: unknown[] = [];
    receiver.post('/cb', async (request) => {
      received.push(request.body);
      return {};
    });
    const address = await receiver.listen({ port: 0, host: '127.0.0.1' });
    await put(app, '/_admin/delivery-faults', { duplicate: 1, dropFirst: 1, times: 1 });
    const report = await app.mock.callbacks.dispatch({ url: `${address}/cb`, payload: { id: 'x' } });
    await receiver.close();
    expect(received).toEqual([{ id: 'x' }, { id: 'x' }]);
    expect(report.copies[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['DROPPED', 'DELIVERED']);
  });
});

describe('MOCK_ADMIN=off', () => {
  it('does not register the admin API but keeps the configured faults', async () => {
    const app = buildMockServer({ logger: false, adminEnabled: false, faults: [{ route: '/healthz', errorRate: 1 }] });
    expect((await app.inject({ method: 'GET', url: '/_admin/faults' })).statusCode).toBe(404);
    expect((await put(app, '/_admin/delivery-faults', { duplicate: 1 })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
    await app.close();
  });
});
