import { HealthController } from '../../../infra/health/health.controller';
import { MetricsController } from '../../../infra/metrics/metrics.controller';
import { ACCESS_RULE_METADATA, Public } from '../decorators';

/**
 * The access declarations of the framework's own endpoints. infra/ knows nothing of access rules, so they are made
 * here, on the controller classes as `@Public()` on the class would: the deny-by-default guard, the start-up check
 * and the permission snapshot see them like any other operation.
 * - `GET /healthz`: anyone (probes, load balancers).
 * - `GET /metrics`: no user session; the controller checks METRICS_TOKEN itself.
 * A class that already carries a declaration keeps it, so calling this again changes nothing.
 */
export function declareInfrastructureAccess(): void {
  for (const controller of [HealthController, MetricsController]) {
    if (!Reflect.hasOwnMetadata(ACCESS_RULE_METADATA, controller)) Public()(controller);
  }
}
