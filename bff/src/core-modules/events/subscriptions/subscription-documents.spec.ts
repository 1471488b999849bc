import { buildSchema, GraphQLError } from 'graphql';
import { DomainException } from '../../../infra/errors/domain.exception';
import { tokenLimitMessage } from '../../../infra/graphql/token-limit';
import { PersistedOperations, sha256Hex } from '../../../infra/graphql/persisted-operations';
import { ONLY_SUBSCRIPTIONS_MESSAGE, SubscriptionDocuments, type SubscriptionDocument } from './subscription-documents';

const schema = buildSchema(`
  type Item { id: ID! children(first: Int = 20): [Item!]! }
  type Query { items(first: Int = 20): [Item!]! }
  type Subscription { itemAdded(after: ID): Item! }
`);

const LISTED = 'subscription ItemAdded($after: ID) { itemAdded(after: $after) { id } }';
const safelist = PersistedOperations.fromEntries({ [sha256Hex(LISTED)]: LISTED }, 'test');

function codeOf(error: GraphQLError): string | undefined {
  return error.originalError instanceof DomainException ? error.originalError.code : (error.extensions.code as string | undefined);
}

function refused(result: SubscriptionDocument | readonly GraphQLError[]): GraphQLError[] {
  if ('document' in result) throw new Error('expected a refusal');
  return [...result];
}

describe('SubscriptionDocuments', () => {
  const development = new SubscriptionDocuments(safelist, { onlyListed: false, introspection: true });
  const production = new SubscriptionDocuments(safelist, { onlyListed: true, introspection: false });

  it('runs a listed operation by hash, with the listed name, in production', () => {
    const result = production.resolve(schema, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(LISTED) } } });
    expect('document' in result && result.listedName).toBe('ItemAdded');
    const byText = production.resolve(schema, { query: LISTED });
    expect('document' in byText && byText.listedName).toBe('ItemAdded');
  });

  it('refuses an unknown hash, a hash sent with other text, a malformed persistedQuery, and unlisted text in production', () => {
    expect(codeOf(refused(production.resolve(schema, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }))[0]!)).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect(codeOf(refused(production.resolve(schema, { query: 'subscription { itemAdded { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(LISTED) } } }))[0]!)).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(refused(production.resolve(schema, { query: '', extensions: { persistedQuery: { version: 2 } } }))[0]!)).toBe('BAD_USER_INPUT');
    expect(codeOf(refused(production.resolve(schema, { query: 'subscription { itemAdded { id } }' }))[0]!)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect('document' in development.resolve(schema, { query: 'subscription Other { itemAdded { id } }' })).toBe(true);
  });

  it('applies the token, depth and cost limits and graphql-js validation before anything runs', () => {
    const deep = `subscription { itemAdded { ${'children { '.repeat(10)}id${' }'.repeat(10)} } }`;
    expect(refused(development.resolve(schema, { query: deep }))[0]!.message).toContain('查询嵌套层级过深');
    const long = `subscription { itemAdded { ${'id '.repeat(900)}} }`;
    const tokens = refused(development.resolve(schema, { query: long }))[0]!;
    expect(tokens.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(tokenLimitMessage(tokens.message)).toBe('查询语句过长：最多 800 个词法单元');
    expect(refused(development.resolve(schema, { query: 'subscription { nothing }' }))[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused(development.resolve(schema, { query: 'subscription {' }))[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses queries and mutations (they go over HTTP) and introspection where it is off', () => {
    expect(refused(development.resolve(schema, { query: '{ items { id } }' }))[0]!.message).toBe(ONLY_SUBSCRIPTIONS_MESSAGE);
    const introspection = 'subscription { itemAdded { id __type(name: "Item") { name } } }';
    const noIntrospection = new SubscriptionDocuments(safelist, { onlyListed: false, introspection: false });
    expect(refused(noIntrospection.resolve(schema, { query: '{ __schema { types { name } } }' }))[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused(noIntrospection.resolve(schema, { query: introspection })).length).toBeGreaterThan(0);
  });
});
