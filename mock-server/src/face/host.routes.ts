import type { FastifyInstance } from 'fastify';
import type { FieldError } from '@rongtong/shared';
import { badUserInput } from '../http-errors';
import { HOST_CORS_HEADERS, HOST_PREFIX } from '../identity/host.routes';
import { isPlainObject } from '../json';
import { rejectUnknownKeys } from '../validation';
import { CERTIFY_ID_PATTERN, type FaceOrder, type FaceOrderState } from './orders';
import type { FaceProvider } from './provider';

export const HOST_FACE_PATH = `${HOST_PREFIX}/face-verification`;

/** What the 皖事通 JSAPI `startFaceVerify` resolves with. */
export type HostFaceStatus = 'PASSED' | 'FAILED' | 'CANCELLED';

/** A liveness failure is a failure to the host; an order that ran out (or a caller gone) was not completed. */
export function hostStatusOf(state: FaceOrderState): HostFaceStatus {
  switch (state) {
    case 'PASSED':
      return 'PASSED';
    case 'FAILED':
      return 'FAILED';
    case 'INIT':
    case 'PENDING':
    case 'EXPIRED':
      return 'CANCELLED';
    default: {
      const unexpected: never = state;
      throw new Error(`unknown state ${String(unexpected)}`);
    }
  }
}

/**
 * The host app's face entry for the H5 development bridge: `{ certifyId, verifyUrl }` as the app received them
 * from its server. Like the host's face UI, the call returns once the person has finished — on the verify page or
 * through the admin test hook — or when the order expires or the caller hangs up.
 */
export function registerFaceHostRoute(app: FastifyInstance, face: FaceProvider): void {
  app.post(HOST_FACE_PATH, async (request, reply) => {
    void reply.headers(HOST_CORS_HEADERS);
    const body = request.body ?? {};
    const errors: FieldError[] = [];
    let order: FaceOrder | undefined;
    if (!isPlainObject(body)) {
      errors.push({ field: 'body', message: '请求体必须是 JSON 对象' });
    } else {
      rejectUnknownKeys(body, ['certifyId', 'verifyUrl'], '', errors);
      const { certifyId, verifyUrl } = body;
      order = typeof certifyId === 'string' && CERTIFY_ID_PATTERN.test(certifyId) ? face.orders.get(certifyId) : undefined;
      if (order === undefined) errors.push({ field: 'certifyId', message: '没有这个人脸核验订单' });
      else if (verifyUrl !== face.verifyUrl(order)) errors.push({ field: 'verifyUrl', message: '核验地址与订单不符' });
    }
    if (order === undefined || errors.length > 0) return reply.code(400).send(badUserInput(errors));

    face.start(order);
    request.log.info({ certifyId: order.certifyId }, 'host face verification started: waiting for the verify page or the admin hook');
    const callerGone = new AbortController();
    const socket = request.raw.socket;
    const onClose = (): void => callerGone.abort();
    socket?.once('close', onClose);
    try {
      const state = await face.waitForFinish(order, callerGone.signal);
      return { status: hostStatusOf(state) };
    } finally {
      socket?.off('close', onClose);
    }
  });
}
