import type { FastifyInstance } from 'fastify';
import { ADMIN_PREFIX } from '../faults/fault-hook';
import { badUserInput } from '../http-errors';
import { parseAuthorisationSubject } from './authorisations';
import type { IdentityProvider } from './provider';
import { parseIdentitySettings } from './settings';

export const IDENTITY_ADMIN_PREFIX = `${ADMIN_PREFIX}/identity`;

export function registerIdentityAdminRoutes(app: FastifyInstance, provider: IdentityProvider): void {
  app.get(`${IDENTITY_ADMIN_PREFIX}/keys`, async () => provider.keys.summary());

  app.post(`${IDENTITY_ADMIN_PREFIX}/rotate-keys`, async (request) => {
    const summary = await provider.keys.rotate();
    request.log.info(summary, 'identity signing keys rotated');
    return summary;
  });

  app.get(`${IDENTITY_ADMIN_PREFIX}/settings`, async () => provider.settings);

  app.put(`${IDENTITY_ADMIN_PREFIX}/settings`, async (request, reply) => {
    const parsed = parseIdentitySettings(request.body);
    if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
    provider.replaceSettings(parsed.value);
    request.log.info({ settings: parsed.value }, 'identity settings replaced');
    return provider.settings;
  });

  const authorisations = provider.authorisations;
  app.get(`${IDENTITY_ADMIN_PREFIX}/authorisations`, async () => ({ withdrawn: authorisations.list() }));

  app.post(`${IDENTITY_ADMIN_PREFIX}/authorisations/withdraw`, async (request, reply) => {
    const parsed = parseAuthorisationSubject(request.body);
    if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
    authorisations.withdraw(parsed.value);
    request.log.info({ sub: parsed.value }, 'enterprise authorisation withdrawn');
    return { withdrawn: authorisations.list() };
  });

  app.post(`${IDENTITY_ADMIN_PREFIX}/authorisations/restore`, async (request, reply) => {
    const parsed = parseAuthorisationSubject(request.body);
    if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
    authorisations.restore(parsed.value);
    request.log.info({ sub: parsed.value }, 'enterprise authorisation restored');
    return { withdrawn: authorisations.list() };
  });

  app.delete(`${IDENTITY_ADMIN_PREFIX}/authorisations`, async (request) => {
    const restored = authorisations.restoreAll();
    request.log.info({ restored }, 'every enterprise authorisation restored');
    return { restored };
  });
}
