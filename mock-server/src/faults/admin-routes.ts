import type { FastifyInstance } from 'fastify';
import { badUserInput } from '../http-errors';
import { parseDeliveryFaults, type DeliveryFaultRegistry } from './delivery-faults';
import type { FaultRegistry } from './fault-registry';
import { parseFaultRules } from './fault-rule';
import { ADMIN_PREFIX } from './fault-hook';

export interface FaultAdminDeps {
  faults: FaultRegistry;
  deliveryFaults: DeliveryFaultRegistry;
}

/** Runtime control of the fault knobs. PUT replaces wholesale; a bad body changes nothing. */
export function registerFaultAdminRoutes(app: FastifyInstance, deps: FaultAdminDeps): void {
  const { faults, deliveryFaults } = deps;

  app.get(`${ADMIN_PREFIX}/faults`, async () => faults.list());

  app.put(`${ADMIN_PREFIX}/faults`, async (request, reply) => {
    const parsed = parseFaultRules(request.body);
    if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
    faults.replace(parsed.value);
    request.log.info({ rules: parsed.value.length }, 'fault rules replaced');
    return faults.list();
  });

  app.delete(`${ADMIN_PREFIX}/faults`, async (request) => {
    const cleared = faults.clear();
    request.log.info({ cleared }, 'fault rules cleared');
    return { cleared };
  });

  app.get(`${ADMIN_PREFIX}/delivery-faults`, async () => ({ faults: deliveryFaults.current() }));

  app.put(`${ADMIN_PREFIX}/delivery-faults`, async (request, reply) => {
    const parsed = parseDeliveryFaults(request.body);
    if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
    deliveryFaults.set(parsed.value);
    request.log.info({ deliveryFaults: parsed.value }, 'delivery faults set');
    return { faults: deliveryFaults.current() };
  });

  app.delete(`${ADMIN_PREFIX}/delivery-faults`, async (request) => {
    const cleared = deliveryFaults.clear();
    request.log.info({ cleared }, 'delivery faults cleared');
    return { cleared };
  });
}
