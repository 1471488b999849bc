import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@rongtong/shared';
import { GraphQLError } from 'graphql';
import { DomainException } from '../errors/domain.exception';
import type { PersistedOperations } from './persisted-operations';

/** The answer to operation text in production (developer-facing: the apps never send text there). */
export const FREE_FORM_REFUSED_MESSAGE = '生产环境只执行已登记的操作：请按哈希发送应用中的操作（extensions.persistedQuery），不接受查询语句';

export interface PersistedOperationsPolicy {
  /** Production: only operations whose text is on the safelist run, whoever sends them. */
  onlyListed: boolean;
}

function freeFormRefused(): GraphQLError {
  const refusal = new DomainException(ErrorCode.PERSISTED_QUERY_NOT_FOUND, FREE_FORM_REFUSED_MESSAGE);
  return new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } });
}

/**
 * Enforces the safelist. Apollo resolves `extensions.persistedQuery.sha256Hash` through the safelist's read-only
 * cache (graphql-options.ts) and answers an unknown hash PERSISTED_QUERY_NOT_FOUND; this plugin refuses, in
 * production, every operation whose text is not listed. Apollo's `queryHash` is the SHA-256 of the text it
 * parsed — the listed hash for a request by hash, the hash of the text otherwise — so text identical to a listed
 * operation is that operation, and anything else is refused once the document is resolved (after the bounded
 * parse and validation of query-limits.rule.ts, before any resolver runs).
 *
 * Apollo answers an unknown hash with HTTP 200, as its automatic persisted queries expect a client to send the
 * text next; here no client may, so that refusal becomes a 400 like every other refusal before execution.
 */
export function persistedOperationsPlugin(safelist: PersistedOperations, policy: PersistedOperationsPolicy): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          if (policy.onlyListed && !safelist.has(context.queryHash)) throw freeFormRefused();
        },
        async willSendResponse(context) {
          const { body, http } = context.response;
          if (body.kind !== 'single') return;
          const errors = body.singleResult.errors ?? [];
          if (errors.length === 1 && errors[0]?.extensions?.code === ErrorCode.PERSISTED_QUERY_NOT_FOUND) http.status = 400;
        },
      };
    },
  };
}
