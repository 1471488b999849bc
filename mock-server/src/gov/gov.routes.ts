import type { FastifyInstance } from 'fastify';
import { registerGovAdminRoutes } from './exchange/admin.routes';
import type { GovExchange } from './exchange/exchange';
import { registerGovSourceRoutes } from './exchange/sources.routes';
import { registerSyntheticEnterpriseRoutes } from './synthetic-enterprises';
import { registerTrainingSetRoute } from './training/training-set.routes';

/** The government data exchange: the signed source endpoints, the synthetic side doors and, optionally, admin. */
export function registerGovRoutes(app: FastifyInstance, exchange: GovExchange, options: { adminEnabled: boolean }): void {
  registerSyntheticEnterpriseRoutes(app);
  registerTrainingSetRoute(app, exchange);
  registerGovSourceRoutes(app, exchange);
  if (options.adminEnabled) registerGovAdminRoutes(app, exchange);
}
