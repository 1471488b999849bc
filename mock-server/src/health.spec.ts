import { buildMockServer } from './app';

describe('GET /healthz', () => {
  it('reports ok, uptime and no faults on a fresh server', async () => {
    const app = buildMockServer({ logger: false });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ status: string; uptimeSeconds: number; faults: number }>();
    expect(body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number), faults: 0 });
    expect(Number.isInteger(body.uptimeSeconds)).toBe(true);
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
    await app.close();
  });

  it('counts fault rules and delivery faults in force', async () => {
    const app = buildMockServer({
      logger: false,
      faults: [
        { route: '/gov/v1/*', errorRate: 0.1 },
        { route: '/oidc/*', latencyMs: 100 },
      ],
    });
    app.mock.deliveryFaults.set({ duplicate: 1 });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.json()).toMatchObject({ status: 'ok', faults: 3 });
    await app.close();
  });

  it('answers unknown routes with a Chinese not-found body', async () => {
    const app = buildMockServer({ logger: false });
    const response = await app.inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: '未找到 GET /nowhere' });
    await app.close();
  });

  it('refuses to build with invalid initial fault rules', () => {
    expect(() => buildMockServer({ logger: false, faults: [{ route: 'x', errorRate: 3 }] })).toThrow('[0].route');
  });
});

describe('in-process start', () => {
  it('listens on a free port and answers over real HTTP', async () => {
    const app = buildMockServer({ logger: false });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
    await app.close();
  });
});
