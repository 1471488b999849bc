import { performance } from 'node:perf_hooks';
import { buildMockServer, type MockServerOptions } from '../app';
import { sleep } from '../sleep';
import type { FaultRule } from './fault-rule';

function serverWith(faults: FaultRule[], options: MockServerOptions = {}) {
  return buildMockServer({ logger: false, faults, ...options });
}

describe('fault hook', () => {
  it('delays a matching request by at least the configured latency', async () => {
    const app = serverWith([{ route: '/healthz', latencyMs: 40 }]);
    await app.ready();
    const started = performance.now();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    expect(response.statusCode).toBe(200);
    await app.close();
  });

  it('adds jitter on top of the latency', async () => {
    const waits: number[] = [];
    const app = serverWith([{ route: '/healthz', latencyMs: 10, latencyJitterMs: 5 }], {
      sleep: async (ms) => void waits.push(ms),
    });
    for (let i = 0; i < 20; i += 1) await app.inject({ method: 'GET', url: '/healthz' });
    expect(waits.every((ms) => ms >= 10 && ms <= 15)).toBe(true);
    expect(new Set(waits).size).toBeGreaterThan(1);
    await app.close();
  });

  it('answers every matching request with the fault body at errorRate 1', async () => {
    const app = serverWith([{ route: '/gov/v1/*', errorRate: 1 }]);
    const response = await app.inject({ method: 'GET', url: '/gov/v1/_synthetic/enterprises' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ code: 'MOCK_FAULT', message: '模拟故障' });
    const other = await app.inject({ method: 'GET', url: '/healthz' });
    expect(other.statusCode).toBe(200);
    await app.close();
  });

  it('uses the configured error status', async () => {
    const app = serverWith([{ route: '/healthz', errorRate: 1, errorStatus: 429 }]);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(429);
    await app.close();
  });

  it('stops after `times` matching requests', async () => {
    const app = serverWith([{ route: '/healthz', errorRate: 1, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await app.inject({ method: 'GET', url: '/healthz' })).statusCode);
    expect(statuses).toEqual([503, 503, 200, 200]);
    expect((await app.inject({ method: 'GET', url: '/_admin/faults' })).json()).toEqual([]);
    await app.close();
  });

  it('matches the path without its query string', async () => {
    const app = serverWith([{ route: '/healthz', errorRate: 1 }]);
    expect((await app.inject({ method: 'GET', url: '/healthz?probe=1' })).statusCode).toBe(503);
    await app.close();
  });

  it('never blocks the admin API, so faults can always be lifted', async () => {
    const app = serverWith([{ route: '/*', errorRate: 1 }]);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'DELETE', url: '/_admin/faults' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
  });

  it('replays the same failures for the same seed', async () => {
    const statusesFor = async (seed: number): Promise<number[]> => {
      const app = serverWith([{ route: '/healthz', errorRate: 0.5 }], { seed });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i += 1) statuses.push((await app.inject({ method: 'GET', url: '/healthz' })).statusCode);
      await app.close();
      return statuses;
    };
    const first = await statusesFor(2024);
    expect(await statusesFor(2024)).toEqual(first);
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await statusesFor(2025)).not.toEqual(first);
  });
});

describe('fault hook on shutdown', () => {
  it('cuts simulated latency short so closing is not held up', async () => {
    let waiting = false;
    const app = serverWith([{ route: '/healthz', latencyMs: 60_000 }], {
      sleep: (ms, signal) => {
        waiting = true;
        return sleep(ms, signal);
      },
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const pending = fetch(`${address}/healthz`);
    while (!waiting) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    await app.close();
    const response = await pending;
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(200);
  });
});
