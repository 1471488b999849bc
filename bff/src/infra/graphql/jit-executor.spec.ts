import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { JitExecution, NEST_PROPERTY_RESOLVER, withoutPropertyResolvers } from './jit-executor';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

class NotFound extends Error {}

let calls = 0;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      double: {
        type: GraphQLInt,
        args: { value: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_source, { value }: { value: number }) => {
          calls += 1;
          return value * 2;
        },
      },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw new NotFound('没有找到');
        },
      },
    },
  }),
});

async function executorOf(jit: JitExecution) {
  const gateway = jit.gateway();
  gateway.onSchemaLoadOrUpdate(() => undefined);
  const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
  if (!executor) throw new Error('no executor');
  return executor;
}

function request(query: string, variables: Record<string, unknown> = {}): GatewayGraphQLRequestContext {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return { document, operation, operationName: null, request: { query, variables }, context: {} } as unknown as GatewayGraphQLRequestContext;
}

describe('JitExecution', () => {
  const jit = new JitExecution();
  jit.useSchema(schema);

  it('runs an operation with its variables through the compiled query', async () => {
    const executor = await executorOf(jit);
    await expect(executor(request('query ($v: Int!) { double(value: $v) }', { v: 21 }))).resolves.toEqual({ data: { double: 42 } });
  });

  it('compiles a document once and reuses it with other variables', async () => {
    const executor = await executorOf(jit);
    const context = request('query ($v: Int!) { double(value: $v) }', { v: 1 });
    const compilations = jest.mocked(compileQuery).mock.calls.length;
    await executor(context);
    const again = await executor({ ...context, request: { ...context.request, variables: { v: 2 } } } as GatewayGraphQLRequestContext);
    expect(again).toEqual({ data: { double: 4 } });
    expect(jest.mocked(compileQuery).mock.calls.length).toBe(compilations + 1);
  });

  it("refuses bad variables with graphql-js's own errors, before any resolver runs", async () => {
    const executor = await executorOf(jit);
    const before = calls;
    const result = await executor(request('query ($v: Int!) { double(value: $v) }', { v: 'many' }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$v" got invalid value "many"; Int cannot represent non-integer value/);
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
    expect(calls).toBe(before);
  });

  it('hands resolver errors on as graphql-js errors with their cause, path, locations and extensions', async () => {
    const executor = await executorOf(jit);
    const result = await executor(request('{ missing }'));
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(NotFound);
    expect(error.path).toEqual(['missing']);
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error.extensions).toEqual({});
  });

  it('refuses to run before the schema is built', async () => {
    const executor = await executorOf(new JitExecution()).catch((error: Error) => error);
    expect(executor).toBeInstanceOf(Error);
  });
});

describe('withoutPropertyResolvers', () => {
  it("drops Nest's property-reading resolvers and keeps real ones", () => {
    const readsProperty = { [NEST_PROPERTY_RESOLVER]: (root: { name: string }) => root.name }[NEST_PROPERTY_RESOLVER];
    const computes = () => 'computed';
    const item = new GraphQLObjectType({
      name: 'Item',
      fields: { name: { type: GraphQLString, resolve: readsProperty }, label: { type: GraphQLString, resolve: computes } },
    });
    const withItem = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { item: { type: item, resolve: computes } } }) });
    withoutPropertyResolvers(withItem);
    expect(item.getFields().name.resolve).toBeUndefined();
    expect(item.getFields().label.resolve).toBe(computes);
    expect(withItem.getQueryType()?.getFields().item.resolve).toBe(computes);
  });
});
