import type { FastifyInstance } from 'fastify';
import { ADMIN_PREFIX } from '../../faults/fault-hook';
import type { GovExchange } from './exchange';

/** `GET /_admin/gov/requests`: the request log, oldest first; `DELETE` empties it. */
export function registerGovAdminRoutes(app: FastifyInstance, exchange: GovExchange): void {
  app.get(`${ADMIN_PREFIX}/gov/requests`, async () => ({ requests: exchange.requests.list() }));

  app.delete(`${ADMIN_PREFIX}/gov/requests`, async (request) => {
    const cleared = exchange.requests.clear();
    request.log.info({ cleared }, 'government data request log cleared');
    return { cleared };
  });
}
