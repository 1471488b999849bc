import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import Fastify from 'fastify';
import { DEFAULT_FACE_MERCHANTS } from './merchants';

/**
 * A merchant (the BFF's role) calling the provider through `app.inject` and receiving its callbacks, written from
 * the documented recipes with node:crypto alone so the tests check the provider against the contract, not against
 * its own code. Used by the face and OCR tests; it holds no assertions of its own.
 */
export const TEST_MERCHANT = DEFAULT_FACE_MERCHANTS[0];

export interface SignOptions {
  merchantId?: string;
  secret?: string;
  timestamp?: string;
  nonce?: string;
  /** Signs this body but sends `body`: a body altered in transit. */
  signedBody?: string;
}

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

/** `METHOD \n target \n timestamp \n nonce \n hex SHA-256 of the body`, HMAC-SHA256 under the merchant's secret. */
export function requestHeaders(method: string, target: string, body: string, options: SignOptions = {}, nowMs = Date.now()): Record<string, string> {
  const merchantId = options.merchantId ?? TEST_MERCHANT.merchantId;
  const secret = options.secret ?? TEST_MERCHANT.secret;
  const timestamp = options.timestamp ?? String(nowMs);
  const nonce = options.nonce ?? newNonce();
  const bodyHash = createHash('sha256').update(options.signedBody ?? body).digest('hex');
  const signature = createHmac('sha256', secret).update(`${method}\n${target}\n${timestamp}\n${nonce}\n${bodyHash}`).digest('hex');
  return {
    'X-Face-Merchant-Id': merchantId,
    'X-Face-Timestamp': timestamp,
    'X-Face-Nonce': nonce,
    'X-Face-Signature': signature,
  };
}

export function signedPost(app: FastifyInstance, url: string, payload: unknown, options: SignOptions = {}, nowMs?: number): Promise<LightMyRequestResponse> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...requestHeaders('POST', url, body, options, nowMs) },
    payload: body,
  });
}

export function signedGet(app: FastifyInstance, url: string, options: SignOptions = {}, nowMs?: number): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: requestHeaders('GET', url, '', options, nowMs) });
}

export interface ReceivedCallback {
  rawBody: string;
  body: Record<string, unknown>;
  merchantId: string;
  timestamp: string;
  nonce: string;
  signature: string;
  /** HMAC-SHA256(secret, timestamp \n nonce \n raw body) equals the signature header. */
  signatureValid: boolean;
}

export interface CallbackReceiver {
  url: string;
  received: ReceivedCallback[];
  /** Statuses to answer, in order; 200 once they run out. */
  script: number[];
  close(): Promise<void>;
}

/** An HTTP endpoint standing in for the BFF's callback route; it records and answers, deciding nothing. */
export async function startCallbackReceiver(secret: string = TEST_MERCHANT.secret): Promise<CallbackReceiver> {
  const app = Fastify({ logger: false });
  const received: ReceivedCallback[] = [];
  const script: number[] = [];
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.post('/face/callback', async (request, reply) => {
    const rawBody = String(request.body);
    const header = (name: string): string => String(request.headers[name] ?? '');
    const timestamp = header('x-face-timestamp');
    const nonce = header('x-face-nonce');
    const signature = header('x-face-signature');
    const expected = createHmac('sha256', secret).update(`${timestamp}\n${nonce}\n${rawBody}`).digest('hex');
    received.push({
      rawBody,
      body: JSON.parse(rawBody) as Record<string, unknown>,
      merchantId: header('x-face-merchant-id'),
      timestamp,
      nonce,
      signature,
      signatureValid: expected === signature,
    });
    return reply.code(script.shift() ?? 200).send({ ok: true });
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/face/callback`, received, script, close: () => app.close() };
}
