import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MOCK_FAULT_BODY, type ErrorBody } from '../http-errors';
import type { Sleep } from '../sleep';
import type { FaultDecision, FaultRegistry } from './fault-registry';

export const ADMIN_PREFIX = '/_admin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The fault rule's decision for this request; null when no rule matched. */
    faultDecision: FaultDecision | null;
  }
}

export interface FaultHookOptions {
  /** The body of a simulated error on `path`; default `{ code: 'MOCK_FAULT', message: '模拟故障' }`. */
  errorBody?: (path: string) => ErrorBody;
  /** Told when a request starts being held unanswered (a simulated timeout). */
  onHang?: (request: FastifyRequest) => void;
}

/** The admin API stays reachable whatever the rules say, so faults can always be lifted. */
function isExempt(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

export function pathOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

export function registerFaultHook(
  app: FastifyInstance,
  registry: FaultRegistry,
  sleep: Sleep,
  options: FaultHookOptions = {},
): void {
  const closing = new AbortController();
  // A minute of simulated latency must not hold up shutdown: waiting requests go on at once.
  app.addHook('preClose', async () => closing.abort());
  const delay = async (ms: number, signal: AbortSignal = closing.signal): Promise<void> => {
    try {
      await sleep(ms, signal);
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  };
  const errorBody = options.errorBody ?? (() => MOCK_FAULT_BODY);

  app.decorateRequest('faultDecision', null);
  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.url);
    if (isExempt(path)) return;
    const decision = registry.decide(path);
    request.faultDecision = decision;
    if (decision === null) return;
    if (decision.delayMs > 0) await delay(decision.delayMs);
    if (decision.errorStatus !== null) {
      request.log.info({ fault: decision }, 'simulated fault');
      return reply.code(decision.errorStatus).send(errorBody(path));
    }
    if (decision.hangMs !== undefined) {
      request.log.info({ fault: decision }, 'simulated timeout');
      options.onHang?.(request);
      await holdUnanswered(request, decision.hangMs);
      // Nothing is ever sent: the connection is dropped as a stuck upstream would leave it.
      reply.hijack();
      request.raw.socket?.destroy();
    }
  });

  /** Waits `hangMs`, or less when the caller hangs up first or the server closes. */
  async function holdUnanswered(request: FastifyRequest, hangMs: number): Promise<void> {
    const callerGone = new AbortController();
    const socket = request.raw.socket;
    const onClose = (): void => callerGone.abort();
    socket?.once('close', onClose);
    try {
      await delay(hangMs, AbortSignal.any([closing.signal, callerGone.signal]));
    } finally {
      socket?.off('close', onClose);
    }
  }
}
