import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { BuildSchemaOptions } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { createGraphqlErrorFormatter } from '../errors/graphql-error-formatter';
import { schemaEnumValues } from '../errors/input-coercion-message';
import type { MetricsService } from '../metrics/metrics.service';
import { rateLimitPlugin } from '../rate-limit/rate-limit.plugin';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import { createGraphqlContext } from './batch-loader';
import { JitExecution } from './jit-executor';
import { operationObserverPlugin } from './operation-observer.plugin';
import { PersistedOperations } from './persisted-operations';
import { persistedOperationsPlugin } from './persisted-operations.plugin';
import { queryLimitsRule } from './query-limits.rule';
import { MAX_QUERY_TOKENS } from './token-limit';
import { DateTimeScalar } from './scalars/date-time.scalar';
import './shared-enums';

/** Shared by the runtime module and the schema emitter so both build the same SDL. */
export const BUILD_SCHEMA_OPTIONS: BuildSchemaOptions = {
  scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  numberScalarMode: 'integer',
  noDuplicatedFields: true,
};

export function graphqlOptions(config: AppConfig, metrics: MetricsService, rootLogger: Logger, rateLimiter: RateLimiter): ApolloDriverConfig {
  const logger = rootLogger.child({ component: 'graphql' });
  const jit = new JitExecution();
  const safelist = PersistedOperations.fromFile(config.persistedOperationsFile);
  let schema: GraphQLSchema | undefined;
  const options: ApolloDriverConfig = {
    path: '/graphql',
    // Code-first, built in memory at start; the committed SDL is written by `npm run schema`, never at runtime.
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: BUILD_SCHEMA_OPTIONS,
    introspection: config.graphqlIntrospection,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    playground: false,
    graphiql: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Requests by hash (extensions.persistedQuery) are looked up on the safelist, in every mode; in production
    // nothing else runs (persisted-operations.plugin.ts). Nothing is ever registered.
    persistedQueries: { cache: safelist.asReadOnlyCache(), ttl: null },
    includeStacktraceInErrorResponses: false,
    validationRules: [queryLimitsRule()],
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    autoTransformHttpErrors: false,
    // Outside production a refused enum value is answered with the values it may take; production hides schema
    // details from client errors (hideSchemaDetailsFromClientErrors), so there the refusal names none.
    formatError: createGraphqlErrorFormatter(logger, { enumValuesOf: config.isProduction ? undefined : schemaEnumValues(() => schema) }),
    // No HTTP cache hints are used (answers depend on the caller); without the cache-control plugin Apollo
    // does not wrap every field resolver.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      operationObserverPlugin(logger, metrics, safelist),
      persistedOperationsPlugin(safelist, { onlyListed: config.isProduction }),
      rateLimitPlugin(rateLimiter),
    ],
    context: createGraphqlContext,
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return jit.useSchema(built);
    },
    stopOnTerminationSignals: false,
  };
  // `gateway` is left out of ApolloDriverConfig's type, but Nest hands every option on to ApolloServer.
  return Object.assign(options, { gateway: jit.gateway() });
}
