import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from './query-limits.rule';

const schema = buildSchema(`
  type Node { id: ID!, child: Node, name: String }
  type Query { node: Node }
`);

function errorsOf(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, queryLimitsRule({ maxDepth: 10, maxAliases: 15 })]).map(
    (error) => error.message,
  );
}

function nested(depth: number): string {
  // depth 1 = `{ node { id } }` counts `node` and `id`, so a chain of n `child` fields is depth n + 2
  return `{ node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
}

describe('queryLimitsRule', () => {
  it('allows depth 10 and rejects depth 11', () => {
    expect(errorsOf(nested(10))).toEqual([]);
    expect(errorsOf(nested(11))).toEqual(['查询嵌套层级过深：最多 10 层，当前 11 层']);
  });

  it('follows fragment spreads and inline fragments', () => {
    const query = `
      query { node { ...Deep } }
      fragment Deep on Node { child { child { child { ... on Node { child { child { child { child { child { child { id } } } } } } } } } } }
    `;
    expect(errorsOf(query)).toEqual(['查询嵌套层级过深：最多 10 层，当前 11 层']);
  });

  it('does not count introspection fields', () => {
    const introspection = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    expect(errorsOf(introspection)).toEqual([]);
  });

  it('allows 15 aliases and rejects 16, counting those inside fragments', () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: id`).join(' ');
    expect(errorsOf(`{ node { ${aliases(15)} } }`)).toEqual([]);
    expect(errorsOf(`{ node { ${aliases(16)} } }`)).toEqual(['查询使用的别名过多：最多 15 个，当前 16 个']);
    expect(errorsOf(`{ node { ${aliases(10)} ...F } } fragment F on Node { ${aliases(6).replace(/a(\d)/g, 'b$1')} }`)).toEqual([
      '查询使用的别名过多：最多 15 个，当前 16 个',
    ]);
  });

  it('terminates on fragment cycles, leaving their report to the standard rule', () => {
    const errors = errorsOf(`{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }`);
    expect(errors.some((message) => message.includes('Cannot spread fragment'))).toBe(true);
  });
});
