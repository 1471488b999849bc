import type { FastifyInstance } from 'fastify';
import { MOCK_FAULT_BODY } from '../http-errors';
import type { Sleep } from '../sleep';
import type { FaultRegistry } from './fault-registry';

export const ADMIN_PREFIX = '/_admin';

/** The admin API stays reachable whatever the rules say, so faults can always be lifted. */
function isExempt(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

export function pathOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

export function registerFaultHook(app: FastifyInstance, registry: FaultRegistry, sleep: Sleep): void {
  const closing = new AbortController();
  // A minute of simulated latency must not hold up shutdown: waiting requests go on at once.
  app.addHook('preClose', async () => closing.abort());
  const delay = async (ms: number): Promise<void> => {
    try {
      await sleep(ms, closing.signal);
    } catch (error) {
      if (!closing.signal.aborted) throw error;
    }
  };

  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.url);
    if (isExempt(path)) return;
    const decision = registry.decide(path);
    if (decision === null) return;
    if (decision.delayMs > 0) await delay(decision.delayMs);
    if (decision.errorStatus === null) return;
    request.log.info({ fault: decision }, 'simulated fault');
    return reply.code(decision.errorStatus).send(MOCK_FAULT_BODY);
  });
}
