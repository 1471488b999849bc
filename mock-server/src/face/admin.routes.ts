import type { FastifyInstance } from 'fastify';
import type { FieldError } from '@rongtong/shared';
import { ADMIN_PREFIX } from '../faults/fault-hook';
import { badUserInput } from '../http-errors';
import { maskResidentId } from '../identity/masking';
import { isPlainObject } from '../json';
import { isNumberInRange, parseIntegerParam, rejectUnknownKeys } from '../validation';
import { ORDER_NOT_FOUND } from './errors';
import { BUSINESS_REFERENCE_PATTERN } from './order-request';
import { CERTIFY_ID_PATTERN, isFaceResult, type FaceOrder, type FaceResult } from './orders';
import { PASS_SCORE, type FaceOrderView, type FaceProvider } from './provider';
import { maskName } from './verify-page';

export const FACE_ADMIN_PREFIX = `${ADMIN_PREFIX}/face`;

/** An order as a test sees it: the query view plus where it came from and where it goes. Personal data masked. */
export interface FaceOrderAdminView extends FaceOrderView {
  merchantId: string;
  nameMasked: string;
  residentIdMasked: string;
  verifyUrl: string;
  callbackUrl: string;
  returnUrl: string | null;
  decidedBy: FaceOrder['decidedBy'];
}


function adminView(face: FaceProvider, order: FaceOrder): FaceOrderAdminView {
  return {
    ...face.view(order),
    merchantId: order.merchantId,
    nameMasked: maskName(order.name),
    residentIdMasked: maskResidentId(order.residentId),
    verifyUrl: face.verifyUrl(order),
    callbackUrl: order.callbackUrl,
    returnUrl: order.returnUrl,
    decidedBy: order.decidedBy,
  };
}

/** `{ result, score? }`: the score must agree with the result (a pass 80–100, a failure below 80, liveness 0). */
export function parseResultRequest(input: unknown): { result: FaceResult; score?: number } | FieldError[] {
  if (!isPlainObject(input)) return [{ field: 'body', message: '请求体必须是 JSON 对象，例如 {"result":"PASSED"}' }];
  const errors: FieldError[] = [];
  rejectUnknownKeys(input, ['result', 'score'], '', errors);
  const { result, score } = input;
  if (!isFaceResult(result)) errors.push({ field: 'result', message: '核验结果必须是 PASSED、FAILED 或 LIVENESS_FAILED' });
  if (score !== undefined) {
    const oneDecimal = isNumberInRange(score, 0, 100) && Math.round(score * 10) === score * 10;
    const agrees = result === 'PASSED' ? Number(score) >= PASS_SCORE : result === 'FAILED' ? Number(score) < PASS_SCORE : score === 0;
    if (!oneDecimal) errors.push({ field: 'score', message: '相似度必须是 0–100 之间、最多一位小数的数' });
    else if (isFaceResult(result) && !agrees) {
      errors.push({ field: 'score', message: `相似度与结果不符：通过需不低于 ${PASS_SCORE}，不通过需低于 ${PASS_SCORE}，活体检测失败为 0` });
    }
  }
  if (errors.length > 0 || !isFaceResult(result)) return errors;
  return score === undefined ? { result } : { result, score: Number(score) };
}

/**
 * Test hooks: list and inspect orders, finish one as pressing a button on its verify page would (the callback
 * follows), forget them all.
 */
export function registerFaceAdminRoutes(app: FastifyInstance, face: FaceProvider): void {
  const find = (certifyId: string): FaceOrder | undefined =>
    CERTIFY_ID_PATTERN.test(certifyId) ? face.orders.get(certifyId) : undefined;

  app.get<{ Querystring: Record<string, string | undefined> }>(`${FACE_ADMIN_PREFIX}/orders`, async (request, reply) => {
    const errors: FieldError[] = [];
    const { businessReference } = request.query;
    if (businessReference !== undefined && !BUSINESS_REFERENCE_PATTERN.test(businessReference)) {
      errors.push({ field: 'businessReference', message: '业务流水号必须是 1–64 位字母、数字或 _ . : -' });
    }
    const limit = parseIntegerParam(
      request.query.limit,
      { field: 'limit', min: 1, max: 1000, defaultValue: 100, message: 'limit 必须是 1–1000 之间的整数' },
      errors,
    );
    if (errors.length > 0) return reply.code(400).send(badUserInput(errors));
    return { orders: face.orders.list({ businessReference, limit }).map((order) => adminView(face, order)) };
  });

  app.get<{ Params: { certifyId: string } }>(`${FACE_ADMIN_PREFIX}/orders/:certifyId`, async (request, reply) => {
    const order = find(request.params.certifyId);
    return order === undefined ? reply.code(404).send(ORDER_NOT_FOUND) : adminView(face, order);
  });

  app.post<{ Params: { certifyId: string } }>(`${FACE_ADMIN_PREFIX}/orders/:certifyId/result`, async (request, reply) => {
    const order = find(request.params.certifyId);
    if (order === undefined) return reply.code(404).send(ORDER_NOT_FOUND);
    const parsed = parseResultRequest(request.body);
    if (Array.isArray(parsed)) return reply.code(400).send(badUserInput(parsed));
    const outcome = face.decide(order, parsed.result, 'ADMIN', parsed.score);
    if (!outcome.ok) {
      return reply.code(409).send(outcome.reason === 'EXPIRED'
        ? { code: 'ORDER_EXPIRED', message: '核验订单已过期，不能再给出结果' }
        : { code: 'ORDER_FINISHED', message: '核验订单已有结果，不能再次给出' });
    }
    return adminView(face, order);
  });

  app.delete(`${FACE_ADMIN_PREFIX}/orders`, async (request) => {
    const cleared = face.orders.clear();
    request.log.info({ cleared }, 'face orders cleared');
    return { cleared };
  });
}
