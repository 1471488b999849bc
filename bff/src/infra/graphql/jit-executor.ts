import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  isObjectType,
  printSchema,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Compiled = CompiledQuery | ExecutionResult;

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation is compiled once into a plain
 * function (kept as long as Apollo keeps its parsed document), which resolves the same resolvers with far less
 * per-field work and allocation. Apollo still parses, validates, runs its plugins and formats errors; it hands
 * execution over through its gateway interface, the one hook it offers for a custom executor.
 */
export class JitExecution {
  private schema: GraphQLSchema | null = null;
  private readonly compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  /** For Nest's `transformSchema`: the schema it built, which the gateway serves and compiles against. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    withoutPropertyResolvers(schema);
    this.schema = schema;
    return schema;
  };

  gateway(): GatewayInterface {
    return {
      onSchemaLoadOrUpdate: (callback) => {
        const schema = this.builtSchema();
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      load: async () => ({ executor: this.executor }),
      stop: async () => undefined,
    };
  }

  private readonly executor: GatewayExecutor = async (request) => {
    const compiled = this.compile(request.document, request.operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    const variables = request.request.variables ?? {};
    // graphql-js judges the variables first, so a bad one is refused with the messages (and the field paths)
    // clients and the error formatter know; graphql-jit then coerces the same, valid, input itself.
    const coercion = getVariableValues(this.builtSchema(), request.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coercion.errors) return { errors: coercion.errors };
    const result = await compiled.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  private compile(document: DocumentNode, operationName: string | null): Compiled {
    let byOperation = this.compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (!compiled) {
      compiled = compileQuery(this.builtSchema(), document, operationName ?? undefined);
      byOperation.set(key, compiled);
    }
    return compiled;
  }

  private builtSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('the GraphQL schema has not been built yet');
    return this.schema;
  }
}

/**
 * graphql-jit's errors inherit GraphQLError's prototype without its constructor, so they lack the `extensions`
 * object Apollo and the error formatter read; rebuilt here with the same message, path, locations and cause.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}

/** The name of the resolver Nest gives every plain `@Field`: `(root) => root[name]`, or the field's default value. */
export const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * Drops Nest's property-reading resolver from every plain field (none of ours declares an output default value),
 * so graphql-jit reads those properties inline instead of calling a resolver, with a resolve-info object, per
 * field per row. Fields with real resolvers (`@ResolveField`, queries, mutations) keep theirs.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_RESOLVER) field.resolve = undefined;
    }
  }
}
