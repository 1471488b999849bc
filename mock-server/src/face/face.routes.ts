import type { FastifyInstance, FastifyReply } from 'fastify';
import { badUserInput } from '../http-errors';
import { readForm, registerFormBodyParser } from '../identity/form-body';
import { sendHtml } from '../identity/html';
import { registerFaceAdminRoutes } from './admin.routes';
import { INVALID_JSON_FIELD, ORDER_NOT_FOUND } from './errors';
import { registerFaceHostRoute } from './host.routes';
import { parseOrderRequest } from './order-request';
import { CERTIFY_ID_PATTERN, isFaceResult } from './orders';
import { VERIFY_PAGE_PREFIX, type FaceProvider } from './provider';
import { isRefusal, parseJsonBody, rawBodyOf, registerRawJsonBody } from './request-auth';
import {
  renderBadChoicePage,
  renderExpiredPage,
  renderFinishedPage,
  renderUnknownPage,
  renderVerifyPage,
} from './verify-page';

export const ORDERS_PATH = '/face/v1/orders';

/**
 * The face-verification provider: signed order creation and query under /face/v1, the H5 verify page under
 * /face/h5, the host app's face entry under /dev/host and, optionally, the admin knobs under /_admin/face.
 */
export function registerFaceRoutes(app: FastifyInstance, face: FaceProvider, options: { adminEnabled: boolean }): void {
  app.addHook('preClose', async () => face.releaseWaiters());

  void app.register(async (api) => {
    registerRawJsonBody(api);

    api.post(ORDERS_PATH, async (request, reply) => {
      const raw = rawBodyOf(request);
      const caller = face.gate.authenticate(request, raw);
      if (isRefusal(caller)) return reply.code(caller.status).send(caller.body);
      const json = parseJsonBody(raw);
      if (json === undefined) return reply.code(400).send(badUserInput([INVALID_JSON_FIELD]));
      const parsed = parseOrderRequest(json, caller.merchantId, new Date(face.nowMs()));
      if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
      const order = face.create(parsed.value);
      return { certifyId: order.certifyId, verifyUrl: face.verifyUrl(order), expiresAt: new Date(order.expiresAtMs).toISOString() };
    });

    api.get<{ Params: { certifyId: string } }>(`${ORDERS_PATH}/:certifyId`, async (request, reply) => {
      const caller = face.gate.authenticate(request, rawBodyOf(request));
      if (isRefusal(caller)) return reply.code(caller.status).send(caller.body);
      const { certifyId } = request.params;
      const order = CERTIFY_ID_PATTERN.test(certifyId) ? face.orders.get(certifyId) : undefined;
      // Another merchant's order does not exist for this one.
      if (order === undefined || order.merchantId !== caller.merchantId) return reply.code(404).send(ORDER_NOT_FOUND);
      return face.view(order);
    });
  });

  void app.register(async (pages) => {
    registerFormBodyParser(pages);

    pages.get<{ Params: { token: string } }>(`${VERIFY_PAGE_PREFIX}:token`, async (request, reply) => {
      const order = face.orders.byToken(request.params.token);
      if (order === undefined) return sendHtml(reply, 404, renderUnknownPage());
      const state = face.state(order);
      if (state === 'EXPIRED') return sendHtml(reply, 200, renderExpiredPage(order.returnUrl));
      if (state === 'PASSED' || state === 'FAILED') return sendHtml(reply, 200, renderFinishedPage(state, order.result, order.returnUrl));
      face.start(order);
      const actionUrl = `${VERIFY_PAGE_PREFIX}${request.params.token}`;
      return sendHtml(reply, 200, renderVerifyPage({ ...order, actionUrl }));
    });

    pages.post<{ Params: { token: string } }>(`${VERIFY_PAGE_PREFIX}:token`, async (request, reply) => {
      const order = face.orders.byToken(request.params.token);
      if (order === undefined) return sendHtml(reply, 404, renderUnknownPage());
      const choice = readForm(request.body)?.getAll('result') ?? [];
      const result = choice.length === 1 && isFaceResult(choice[0]) ? choice[0] : undefined;
      if (result === undefined) return sendHtml(reply, 400, renderBadChoicePage(`${VERIFY_PAGE_PREFIX}${request.params.token}`));
      const outcome = face.decide(order, result, 'PAGE');
      if (!outcome.ok && outcome.reason === 'EXPIRED') return sendHtml(reply, 200, renderExpiredPage(order.returnUrl));
      if (outcome.ok && order.returnUrl !== null) return redirectBack(reply, order.returnUrl, order.certifyId);
      return sendHtml(reply, 200, renderFinishedPage(face.state(order), order.result, order.returnUrl));
    });
  });

  registerFaceHostRoute(app, face);
  if (options.adminEnabled) registerFaceAdminRoutes(app, face);
}

/** Back to the merchant's page with the certify id only: the result comes from the merchant's own query. */
function redirectBack(reply: FastifyReply, returnUrl: string, certifyId: string): FastifyReply {
  const url = new URL(returnUrl);
  url.searchParams.set('certifyId', certifyId);
  return reply.header('cache-control', 'no-store').redirect(url.toString(), 303);
}
