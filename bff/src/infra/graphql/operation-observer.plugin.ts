import type { GraphQLFormattedError, OperationTypeNode } from 'graphql';
import type { Logger } from 'pino';
import type { MetricsService } from '../metrics/metrics.service';
import type { PersistedOperations } from './persisted-operations';

/** The metric label of every operation that is not on the safelist. */
export const UNLISTED_OPERATION = 'unlisted';

/**
 * The parts of Apollo's request context this plugin reads, typed structurally so the plugin does not depend
 * on which @apollo/server major the driver resolves.
 */
interface ObservedRequest {
  operationName?: string | null;
  /** SHA-256 of the text Apollo resolved (a listed hash for a request by hash); absent when none was. */
  queryHash?: string;
  request: { operationName?: string | null };
  operation?: { operation: OperationTypeNode } | null;
  response: { body: { kind: 'single'; singleResult: { errors?: readonly GraphQLFormattedError[] } } | { kind: 'incremental' } };
}

export interface OperationObserverPlugin {
  requestDidStart(): Promise<{ willSendResponse(context: ObservedRequest): Promise<void> }>;
}

function resultCode(context: ObservedRequest): { result: string; errorCount: number } {
  const errors = context.response.body.kind === 'single' ? (context.response.body.singleResult.errors ?? []) : [];
  const first = errors[0]?.extensions?.code;
  return { result: errors.length === 0 ? 'OK' : typeof first === 'string' ? first : 'INTERNAL_SERVER_ERROR', errorCount: errors.length };
}

/**
 * One log line and one histogram sample per GraphQL operation: name, type, duration, result code. The metric's
 * operation label is the name the safelist gives the operation, or `unlisted`: a client chooses the name it
 * sends and the text it sends outside production, and must not be able to mint label values (each one a new
 * time series). The log line keeps the name the request carried.
 */
export function operationObserverPlugin(logger: Logger, metrics: MetricsService, safelist: PersistedOperations): OperationObserverPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(context) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operationName = context.operationName ?? context.request.operationName ?? 'anonymous';
          const operationType = context.operation?.operation ?? 'unknown';
          const { result, errorCount } = resultCode(context);
          const label = safelist.get(context.queryHash)?.operationName ?? UNLISTED_OPERATION;
          metrics.observeGraphql(label, operationType, result, seconds);
          logger.info(
            { operationName, listed: label !== UNLISTED_OPERATION, operationType, durationMs: Math.round(seconds * 1e6) / 1e3, result, errorCount },
            'graphql operation',
          );
        },
      };
    },
  };
}
