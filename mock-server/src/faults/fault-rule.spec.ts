import { parseFaultRules, routeMatches } from './fault-rule';

function fieldsOf(input: unknown): Record<string, string> {
  const parsed = parseFaultRules(input);
  if (parsed.ok) throw new Error('expected the rules to be rejected');
  return Object.fromEntries(parsed.fields.map(({ field, message }) => [field, message]));
}

describe('parseFaultRules', () => {
  it('accepts complete rules and keeps only the fields given', () => {
    const rules = [
      { route: '/gov/v1/*', latencyMs: 200, latencyJitterMs: 50, errorRate: 0.1, errorStatus: 502, times: 3 },
      { route: '/healthz', latencyMs: 0 },
    ];
    expect(parseFaultRules(rules)).toEqual({ ok: true, value: rules });
  });

  it('accepts timeout and partial-data rules', () => {
    const rules = [
      { route: '/gov/v1/sources/tax/*', timeoutRate: 1, hangMs: 30_000 },
      { route: '/gov/v1/sources/*', partialRate: 0.5, partialFields: ['monthly', 'arrearsFen'] },
      { route: '/gov/v1/*', timeoutRate: 0.1, partialRate: 0.2 },
    ];
    expect(parseFaultRules(rules)).toEqual({ ok: true, value: rules });
  });

  it('names bad timeout and partial-data fields', () => {
    const fields = fieldsOf([
      { route: '/a', timeoutRate: 2, hangMs: 0, partialRate: -0.1, partialFields: [] },
      { route: '/b', partialRate: 1, partialFields: ['monthly', 'monthly'] },
      { route: '/c', partialRate: 1, partialFields: ['bad name'] },
      { route: '/d', latencyMs: 1, hangMs: 10, partialFields: ['monthly'] },
    ]);
    expect(fields['[0].timeoutRate']).toBe('超时率必须是 0–1 之间的数');
    expect(fields['[0].hangMs']).toContain('挂起时长');
    expect(fields['[0].partialRate']).toBe('部分数据比例必须是 0–1 之间的数');
    expect(fields['[0].partialFields']).toContain('不重复的字段名');
    expect(fields['[1].partialFields']).toContain('不重复的字段名');
    expect(fields['[2].partialFields']).toContain('不重复的字段名');
    expect(fields['[3].hangMs']).toContain('timeoutRate');
    expect(fields['[3].partialFields']).toContain('partialRate');
  });

  it('accepts an empty list', () => {
    expect(parseFaultRules([])).toEqual({ ok: true, value: [] });
  });

  it('rejects a body that is not a list', () => {
    expect(fieldsOf({ route: '/x', errorRate: 1 })).toHaveProperty('body');
  });

  it('names each bad field with a Chinese message', () => {
    const fields = fieldsOf([
      { route: '/ok', latencyMs: 10 },
      { route: 'gov/*', latencyMs: -1, latencyJitterMs: 1.5, errorRate: 1.2, errorStatus: 200, times: 0, colour: 'red' },
    ]);
    expect(Object.keys(fields).sort()).toEqual([
      '[1].colour',
      '[1].errorRate',
      '[1].errorStatus',
      '[1].latencyJitterMs',
      '[1].latencyMs',
      '[1].route',
      '[1].times',
    ]);
    expect(fields['[1].errorRate']).toBe('错误率必须是 0–1 之间的数');
    expect(fields['[1].colour']).toBe('不支持的字段');
  });

  it('requires a route', () => {
    expect(fieldsOf([{ errorRate: 1 }])['[0].route']).toContain('路由必填');
  });

  it.each(['/gov/*/x', '/a b', '/x?y=1', '*'])('rejects the route %s', (route) => {
    expect(fieldsOf([{ route, errorRate: 1 }])).toHaveProperty(['[0].route']);
  });

  it('rejects a rule that would do nothing', () => {
    expect(fieldsOf([{ route: '/x', times: 2 }])['[0]']).toContain('至少要设置');
  });

  it('rejects an error status without an error rate', () => {
    expect(fieldsOf([{ route: '/x', latencyMs: 5, errorStatus: 500 }])['[0].errorStatus']).toContain('错误率');
  });

  it('rejects a rule that is not an object', () => {
    expect(fieldsOf(['/x'])['[0]']).toBe('故障规则必须是对象');
  });

  it('caps the number of rules', () => {
    const many = Array.from({ length: 51 }, () => ({ route: '/x', latencyMs: 1 }));
    expect(fieldsOf(many).body).toContain('50');
  });
});

describe('routeMatches', () => {
  it('matches an exact route only exactly', () => {
    expect(routeMatches('/healthz', '/healthz')).toBe(true);
    expect(routeMatches('/healthz', '/healthz/x')).toBe(false);
  });

  it('matches a trailing * as a prefix', () => {
    expect(routeMatches('/gov/v1/*', '/gov/v1/tax')).toBe(true);
    expect(routeMatches('/gov/v1/*', '/gov/v1/')).toBe(true);
    expect(routeMatches('/gov/v1/*', '/gov/v2/tax')).toBe(false);
    expect(routeMatches('/*', '/anything')).toBe(true);
  });
});
