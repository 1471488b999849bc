import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type DocumentNode,
  getIntrospectionQuery,
  type GraphQLSchema,
  Lexer,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  type ValidationRule,
} from 'graphql';
import { doublingFragments, fragmentGraphs } from '../../../test/support/fragment-graphs';
import { findRepoRoot } from '../config/repo-root';
import { PersistedOperations } from './persisted-operations';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule } from './query-limits.rule';
import { MAX_QUERY_TOKENS, tokenLimitMessage } from './token-limit';

const nodeSchema = buildSchema(`
  type Node { id: ID!, child: Node, name: String }
  type Query { node: Node }
`);
const REPO_ROOT = findRepoRoot();
const schema = buildSchema(readFileSync(join(REPO_ROOT, 'shared', 'schema.graphql'), 'utf8'));
const ONE_MEGABYTE = 1024 * 1024;

function messages(query: string, against: GraphQLSchema = schema): string[] {
  return validate(against, parse(query), [...specifiedRules, queryLimitsRule()]).map((error) => error.message);
}

function nested(depth: number): string {
  // depth 1 = `{ node { id } }` counts `node` and `id`, so a chain of n `child` fields is depth n + 2
  return `{ node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
}

/** CPU time (user + system, ms) of one call: the figure a busy shared machine disturbs least. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** cpuMs, measured again (up to three times in all) while over `budget`: a timing is only as good as its quietest run. */
function quietestMs(budget: number, work: () => void): number {
  let best = cpuMs(work);
  for (let attempt = 1; attempt < 3 && best >= budget; attempt += 1) best = Math.min(best, cpuMs(work));
  return best;
}

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Every operation the app sends: the safelist generated with its typed documents (shared/persisted-operations.json). */
function appDocuments(): Array<{ name: string; text: string }> {
  const safelist = PersistedOperations.fromFile(join(REPO_ROOT, 'shared', 'persisted-operations.json'));
  const hashes = Object.keys(JSON.parse(readFileSync(join(REPO_ROOT, 'shared', 'persisted-operations.json'), 'utf8')) as object);
  return hashes.map((hash) => {
    const { operationName, document } = safelist.get(hash)!;
    return { name: operationName, text: document };
  });
}

/** The cost this rule gives an operation: the limit error says it when we set the limit to 0. */
function costOf(document: DocumentNode): number {
  const [error] = validate(schema, document, [queryLimitsRule({ ...DEFAULT_QUERY_LIMITS, maxCost: 0 })]);
  return Number(/当前 (\d+)$/.exec(error?.message ?? '')?.[1]);
}

describe('queryLimitsRule', () => {
  describe('depth', () => {
    it('allows depth 10 and rejects depth 11', () => {
      expect(messages(nested(10), nodeSchema)).toEqual([]);
      expect(messages(nested(11), nodeSchema)).toEqual(['查询嵌套层级过深：最多 10 层，当前 11 层']);
    });

    it('follows fragment spreads and inline fragments', () => {
      const query = `
        query { node { ...Deep } }
        fragment Deep on Node { child { child { child { ... on Node { child { child { child { child { child { child { id } } } } } } } } } } }
      `;
      expect(messages(query, nodeSchema)).toEqual(['查询嵌套层级过深：最多 10 层，当前 11 层']);
    });

    it('admits the standard introspection query (15 deep) under its own limit of 20, and refuses depth 30 there', () => {
      const standard = getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      });
      expect(messages(standard)).toEqual([]);
      const ofTypes = (levels: number) => `${'ofType { '.repeat(levels)}name${' }'.repeat(levels)}`;
      // __schema types fields type = 4, the ofType chain, then name
      expect(messages(`{ __schema { types { fields { type { ${ofTypes(15)} } } } } }`)).toEqual([]);
      expect(messages(`{ __schema { types { fields { type { ${ofTypes(25)} } } } } }`)).toEqual([
        '内省查询嵌套层级过深：最多 20 层，当前 30 层',
      ]);
      expect(messages(`{ __type(name: "Query") { ${ofTypes(28)} } }`)).toEqual(['内省查询嵌套层级过深：最多 20 层，当前 30 层']);
      // Through a fragment, as the introspection query itself spreads TypeRef.
      const viaFragment = `{ __type(name: "Query") { ...Ref } } fragment Ref on __Type { ${ofTypes(28)} }`;
      expect(messages(viaFragment)).toEqual(['内省查询嵌套层级过深：最多 20 层，当前 30 层']);
    });

    it('keeps the ordinary limit for fields beside an introspection field', () => {
      const page = (inner: string) => `products(first: 1) { edges { node { ${inner} } } }`;
      // products edges node institution, twice, then products edges node id: 12 levels
      const deep = `{ __schema { queryType { name } } ${page(`institution { ${page(`institution { ${page('id')} }`)} }`)} }`;
      expect(messages(deep)).toEqual(['查询嵌套层级过深：最多 10 层，当前 12 层']);
    });
  });

  describe('aliases', () => {
    const aliases = (count: number, prefix = 'a') => Array.from({ length: count }, (_, i) => `${prefix}${i}: id`).join(' ');

    it('allows 15 aliases and rejects 16, counting those inside fragments', () => {
      expect(messages(`{ node { ${aliases(15)} } }`, nodeSchema)).toEqual([]);
      expect(messages(`{ node { ${aliases(16)} } }`, nodeSchema)).toEqual(['查询使用的别名过多：最多 15 个，当前 16 个']);
      expect(messages(`{ node { ${aliases(10)} ...F } } fragment F on Node { ${aliases(6, 'b')} }`, nodeSchema)).toEqual([
        '查询使用的别名过多：最多 15 个，当前 16 个',
      ]);
    });

    it('counts a fragment once however often it is spread', () => {
      expect(messages(`{ node { ...F child { ...F child { ...F } } } } fragment F on Node { ${aliases(15)} }`, nodeSchema)).toEqual([]);
    });

    it('refuses 1,000 aliases in linear time', () => {
      const query = `{ node { ${aliases(1000)} } }`;
      let result: string[] = [];
      expect(cpuMs(() => (result = messages(query, nodeSchema)))).toBeLessThan(50);
      expect(result).toEqual(['查询使用的别名过多：最多 15 个，当前 1000 个']);
    });
  });

  describe('cost', () => {
    it('counts every field once, times the page size of the connections around it', () => {
      expect(costOf(parse('{ __typename faqs { id question } }'))).toBe(4);
      // products 1 + 7 × (totalCount 1 + edges 1 + node 1 + id 1)
      expect(costOf(parse('{ products(first: 7) { totalCount edges { node { id } } } }'))).toBe(29);
      // without `first`, the argument's default (20)
      expect(costOf(parse('{ products { edges { node { id } } } }'))).toBe(61);
      // a variable may be anything up to the largest page (100): the document is judged before variables are known
      expect(costOf(parse('query ($n: Int) { products(first: $n) { edges { node { id } } } }'))).toBe(301);
    });

    it('multiplies nested connections and refuses what would fetch too many rows', () => {
      const nestedLists = `{ institutions(first: 100) { edges { node { products(first: 100) { edges { node {
        institution { products(first: 100) { totalCount } } } } } } } } }`;
      expect(messages(nestedLists)).toEqual(['查询过于复杂：估算成本最多 15000，当前 1040301']);
      expect(messages('{ institutions(first: 100) { edges { node { products(first: 100) { edges { node { id } } } } } } }')).toEqual([
        '查询过于复杂：估算成本最多 15000，当前 30301',
      ]);
      expect(messages('{ institutions(first: 10) { edges { node { products(first: 100) { edges { node { id name } } } } } } }')).toEqual([]);
    });

    it('counts a fragment at every place it is spread', () => {
      const spreadTwice = '{ a: products(first: 50) { ...Page } b: products(first: 50) { ...Page } } fragment Page on ProductConnection { edges { node { id } } }';
      expect(costOf(parse(spreadTwice))).toBe(2 * (1 + 50 * 3));
    });
  });

  describe('the fragment reproduction of issue 10', () => {
    it('refuses 40 doubling fragments (2^39 copies of one field) within 50 ms', () => {
      const document = parse(doublingFragments(40));
      let result: string[] = [];
      const ms = cpuMs(() => (result = validate(schema, document, [...specifiedRules, queryLimitsRule()]).map((error) => error.message)));
      expect(result).toEqual(['查询过于复杂：估算成本最多 15000，当前 549755813888']);
      expect(ms).toBeLessThan(50);
    });

    it('refuses 400 of them (an estimate past a trillion) as fast', () => {
      const document = parse(doublingFragments(400));
      let result: string[] = [];
      expect(cpuMs(() => (result = validate(schema, document, [queryLimitsRule()]).map((error) => error.message)))).toBeLessThan(50);
      expect(result).toEqual(['查询过于复杂：估算成本最多 15000，当前超过一万亿']);
    });

    it('terminates on fragment cycles, leaving their report to the standard rule', () => {
      const errors = messages(`{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }`, nodeSchema);
      expect(errors.some((message) => message.includes('Cannot spread fragment'))).toBe(true);
    });
  });

  it('ends validation for every rule once a limit is exceeded, so only the limits are reported', () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    expect(messages(`{ node { ${aliases} nope } }`, nodeSchema)).toEqual(['查询使用的别名过多：最多 15 个，当前 16 个']);
    expect(messages(`{ node { id nope } }`, nodeSchema)).toEqual([expect.stringMatching(/^Cannot query field "nope" on type "Node"/)]);
  });

  it('accepts every operation the app sends, within the token limit', () => {
    const documents = appDocuments();
    expect(documents.length).toBeGreaterThan(40);
    const measured = documents.map(({ name, text }) => {
      const document = parse(text, { maxTokens: MAX_QUERY_TOKENS });
      expect({ name, errors: validate(schema, document, [...specifiedRules, queryLimitsRule()]).map((error) => error.message) }).toEqual({
        name,
        errors: [],
      });
      return { name, cost: costOf(document), tokens: tokenCount(text) };
    });
    const heaviest = [...measured].sort((a, b) => b.cost - a.cost).slice(0, 5);
    const longest = [...measured].sort((a, b) => b.tokens - a.tokens).slice(0, 3);
    console.log(
      `app documents: ${measured.length}; heaviest by cost ${heaviest.map((d) => `${d.name} ${d.cost}`).join(', ')}; ` +
        `longest ${longest.map((d) => `${d.name} ${d.tokens} tokens`).join(', ')}`,
    );
    expect(heaviest[0]!.cost * 2).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    expect(longest[0]!.tokens * 4).toBeLessThanOrEqual(MAX_QUERY_TOKENS);
  });

  it('words the parser refusal of the token limit for the user', () => {
    let parseError = '';
    try {
      parse(`{ ${'__typename '.repeat(MAX_QUERY_TOKENS)} }`, { maxTokens: MAX_QUERY_TOKENS });
    } catch (error) {
      parseError = (error as Error).message;
    }
    expect(tokenLimitMessage(parseError)).toBe('查询语句过长：最多 800 个词法单元');
    expect(tokenLimitMessage('Syntax Error: Expected Name, found <EOF>.')).toBeUndefined();
  });

  describe('property: generated fragment graphs up to the 1 MB body limit', () => {
    const SEED = 20261207;
    const graphs = fragmentGraphs(SEED, 200, ONE_MEGABYTE);
    const limitsOnly: ValidationRule[] = [queryLimitsRule()];
    const asApolloValidates: ValidationRule[] = [...specifiedRules, queryLimitsRule()];

    beforeAll(() => {
      // Warm the code paths up once, as a running server has.
      for (const graph of graphs.slice(0, 8)) validate(schema, parse(graph.text), asApolloValidates);
    });

    it('decides every document as the server does (parser with the token limit, then every rule) within 50 ms', () => {
      let slowest = { ms: 0, shape: '', fragments: 0 };
      let refusedByParser = 0;
      let accepted = 0;
      for (const graph of graphs) {
        let decision = '';
        const ms = quietestMs(50, () => {
          let document: DocumentNode;
          try {
            document = parse(graph.text, { maxTokens: MAX_QUERY_TOKENS });
          } catch {
            decision = 'parser';
            return;
          }
          decision = validate(schema, document, asApolloValidates).length === 0 ? 'accepted' : 'refused';
        });
        if (decision === 'parser') refusedByParser += 1;
        if (decision === 'accepted') accepted += 1;
        if (ms > slowest.ms) slowest = { ms, shape: graph.shape, fragments: graph.fragments };
        expect({ seed: SEED, shape: graph.shape, fragments: graph.fragments, within50ms: ms < 50 }).toMatchObject({ within50ms: true });
      }
      console.log(
        `${graphs.length} fragment graphs: ${refusedByParser} refused by the parser (over ${MAX_QUERY_TOKENS} tokens), ` +
          `${graphs.length - refusedByParser - accepted} refused by validation, ${accepted} accepted; ` +
          `slowest decision ${slowest.ms.toFixed(1)} ms CPU (${slowest.shape}, ${slowest.fragments} fragments)`,
      );
      expect(accepted).toBeGreaterThan(0);
      expect(refusedByParser).toBeGreaterThan(0);
      expect(refusedByParser + accepted).toBeLessThan(graphs.length);
    });

    it('measures whole documents in linear time even without the token limit: 50 ms per 100 kB at most', () => {
      let largest = 0;
      let slowest = { msPer100kB: 0, shape: '', bytes: 0 };
      for (const graph of graphs) {
        largest = Math.max(largest, graph.text.length);
        const document = parse(graph.text);
        const budget = 50 * Math.max(1, graph.text.length / 100_000);
        const ms = quietestMs(budget, () => validate(schema, document, limitsOnly));
        const msPer100kB = (ms * 100_000) / Math.max(graph.text.length, 100_000);
        if (msPer100kB > slowest.msPer100kB) slowest = { msPer100kB, shape: graph.shape, bytes: graph.text.length };
        expect({ seed: SEED, shape: graph.shape, fragments: graph.fragments, withinBudget: ms < budget }).toMatchObject({ withinBudget: true });
      }
      console.log(
        `rule alone on whole documents up to ${largest} bytes: at most ${slowest.msPer100kB.toFixed(1)} ms CPU per 100 kB ` +
          `(${slowest.shape}, ${slowest.bytes} bytes)`,
      );
      expect(largest).toBeGreaterThan(ONE_MEGABYTE * 0.75);
      expect(largest).toBeLessThanOrEqual(ONE_MEGABYTE);
    });
  });
});
