import { createRandom } from '../random';
import { FaultRegistry } from './fault-registry';

const fixed = (value: number) => () => value;

describe('FaultRegistry', () => {
  it('lets the first matching rule decide', () => {
    const registry = new FaultRegistry(fixed(0), [
      { route: '/gov/v1/tax', latencyMs: 5 },
      { route: '/gov/v1/*', errorRate: 1 },
    ]);
    expect(registry.decide('/gov/v1/tax')).toEqual({ delayMs: 5, errorStatus: null });
    expect(registry.decide('/gov/v1/court')).toEqual({ delayMs: 0, errorStatus: 503 });
    expect(registry.decide('/healthz')).toBeNull();
  });

  it('uses the configured error status', () => {
    const registry = new FaultRegistry(fixed(0.99), [{ route: '/x', errorRate: 1, errorStatus: 504 }]);
    expect(registry.decide('/x')?.errorStatus).toBe(504);
  });

  it('never errors at rate 0 and always at rate 1', () => {
    const never = new FaultRegistry(fixed(0), [{ route: '/x', errorRate: 0 }]);
    const always = new FaultRegistry(fixed(0.999999), [{ route: '/x', errorRate: 1 }]);
    expect(never.decide('/x')?.errorStatus).toBeNull();
    expect(always.decide('/x')?.errorStatus).toBe(503);
  });

  it('adds jitter within [0, latencyJitterMs]', () => {
    const registry = new FaultRegistry(createRandom(3), [{ route: '/x', latencyMs: 100, latencyJitterMs: 20 }]);
    const delays = Array.from({ length: 200 }, () => registry.decide('/x')?.delayMs ?? -1);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...delays)).toBeLessThanOrEqual(120);
    expect(new Set(delays).size).toBeGreaterThan(10);
  });

  it('expires a rule after `times` matching requests and shows what is left', () => {
    const registry = new FaultRegistry(fixed(0), [{ route: '/x', errorRate: 1, times: 2 }]);
    expect(registry.decide('/x')?.errorStatus).toBe(503);
    expect(registry.list()).toEqual([{ route: '/x', errorRate: 1, times: 1 }]);
    expect(registry.decide('/x')?.errorStatus).toBe(503);
    expect(registry.decide('/x')).toBeNull();
    expect(registry.count).toBe(0);
  });

  it('does not consume `times` on requests that do not match', () => {
    const registry = new FaultRegistry(fixed(0), [{ route: '/x', errorRate: 1, times: 1 }]);
    registry.decide('/y');
    expect(registry.list()).toEqual([{ route: '/x', errorRate: 1, times: 1 }]);
  });

  it('replays the same decisions for the same seed', () => {
    const rules = [{ route: '/*', errorRate: 0.5, latencyJitterMs: 30 }];
    const run = () => {
      const registry = new FaultRegistry(createRandom(99), rules);
      return Array.from({ length: 50 }, () => registry.decide('/a'));
    };
    const first = run();
    expect(run()).toEqual(first);
    const errors = first.filter((decision) => decision?.errorStatus === 503).length;
    expect(errors).toBeGreaterThan(10);
    expect(errors).toBeLessThan(40);
  });

  it('holds a request at the timeout rate, with the default hang when none is set', () => {
    const registry = new FaultRegistry(fixed(0), [{ route: '/a', timeoutRate: 1, hangMs: 5_000 }, { route: '/b', timeoutRate: 1 }]);
    expect(registry.decide('/a')).toEqual({ delayMs: 0, errorStatus: null, hangMs: 5_000 });
    expect(registry.decide('/b')?.hangMs).toBe(120_000);
  });

  it('lets an error win over a timeout and a timeout over partial data', () => {
    const registry = new FaultRegistry(fixed(0), [{ route: '/x', errorRate: 1, timeoutRate: 1, partialRate: 1 }, { route: '/y', timeoutRate: 1, partialRate: 1 }]);
    expect(registry.decide('/x')).toEqual({ delayMs: 0, errorStatus: 503 });
    expect(registry.decide('/y')).toEqual({ delayMs: 0, errorStatus: null, hangMs: 120_000 });
  });

  it('passes the fields to drop, or a seed to choose them', () => {
    const registry = new FaultRegistry(fixed(0.25), [
      { route: '/named', partialRate: 1, partialFields: ['monthly'] },
      { route: '/random', partialRate: 1 },
    ]);
    expect(registry.decide('/named')?.partial).toEqual({ fields: ['monthly'], seed: 1_073_741_824 });
    expect(registry.decide('/random')?.partial).toEqual({ fields: null, seed: 1_073_741_824 });
  });

  it('does not draw for rates a rule leaves out, so older rules replay as before', () => {
    const draws: number[] = [];
    const counting = () => {
      draws.push(0);
      return 0.5;
    };
    new FaultRegistry(counting, [{ route: '/x', latencyMs: 1, errorRate: 0.1 }]).decide('/x');
    expect(draws).toHaveLength(1);
  });

  it('replaces and clears the rule list', () => {
    const registry = new FaultRegistry(fixed(0), [{ route: '/a', latencyMs: 1 }]);
    registry.replace([{ route: '/b', latencyMs: 2 }, { route: '/c', latencyMs: 3 }]);
    expect(registry.list().map((rule) => rule.route)).toEqual(['/b', '/c']);
    expect(registry.clear()).toBe(2);
    expect(registry.list()).toEqual([]);
  });
});
