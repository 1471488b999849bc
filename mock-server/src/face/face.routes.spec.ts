import type { FastifyInstance } from 'fastify';
import { buildMockServer } from '../app';
import type { Sleep } from '../sleep';
import { defaultHostIdentity } from '../identity/identities';
import {
  newNonce,
  requestHeaders,
  signedGet,
  signedPost,
  startCallbackReceiver,
  TEST_MERCHANT,
  type CallbackReceiver,
  type SignOptions,
} from './merchant-test-client';
import { faceCallbackSignature, faceRequestSignature } from './signing';

const START = Date.UTC(2026, 10, 20, 8, 0, 0);
const MINUTE = 60_000;
const PUBLIC_URL = 'http://mock.test:4100';
const OTHER_MERCHANT = { merchantId: 'bank-b', secret: 'bank-b-face-secret-0001' };
const person = defaultHostIdentity();

interface CreatedOrder {
  certifyId: string;
  verifyUrl: string;
  expiresAt: string;
}

describe('face-verification provider', () => {
  let now: number;
  let app: FastifyInstance;
  let receiver: CallbackReceiver;
  let waits: number[];

  beforeEach(async () => {
    now = START;
    waits = [];
    receiver = await startCallbackReceiver();
    const sleep: Sleep = async (ms, signal) => {
      waits.push(ms);
      signal?.throwIfAborted();
    };
    app = buildMockServer({
      logger: false,
      seed: 7,
      face: { nowMs: () => now, publicUrl: PUBLIC_URL, merchants: [TEST_MERCHANT, OTHER_MERCHANT] },
      delivery: { retry: { maxAttempts: 6, baseDelayMs: 1, maxDelayMs: 4 }, sleep, holdTimeoutMs: 2_000 },
    });
  });

  afterEach(async () => {
    await app.close();
    await receiver.close();
  });

  const orderBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: person.name,
    residentId: person.residentId,
    businessReference: 'loan-application:42:fv-1',
    callbackUrl: receiver.url,
    returnUrl: 'http://127.0.0.1:10086/pages/apply/face?step=3',
    ...overrides,
  });
  const post = (payload: unknown, options: SignOptions = {}) => signedPost(app, '/face/v1/orders', payload, options, now);
  const query = (certifyId: string, options: SignOptions = {}) => signedGet(app, `/face/v1/orders/${certifyId}`, options, now);

  async function createOrder(overrides: Record<string, unknown> = {}): Promise<CreatedOrder> {
    const response = await post(orderBody(overrides));
    expect(response.statusCode).toBe(200);
    return response.json<CreatedOrder>();
  }

  const pagePath = (order: CreatedOrder): string => new URL(order.verifyUrl).pathname;
  const openPage = (order: CreatedOrder) => app.inject({ method: 'GET', url: pagePath(order) });
  const press = (order: CreatedOrder, result: string) =>
    app.inject({
      method: 'POST',
      url: pagePath(order),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `result=${result}`,
    });
  const adminResult = (certifyId: string, body: unknown) =>
    app.inject({ method: 'POST', url: `/_admin/face/orders/${certifyId}/result`, payload: body as Record<string, unknown> });

  describe('signed order creation', () => {
    it('creates an order: certify id, a verify URL on the public URL valid 10 minutes', async () => {
      const order = await createOrder();
      expect(order.certifyId).toMatch(/^[0-9a-f]{32}$/);
      expect(order.verifyUrl).toMatch(/^http:\/\/mock\.test:4100\/face\/h5\/[A-Za-z0-9_-]{43}$/);
      expect(order.expiresAt).toBe(new Date(START + 10 * MINUTE).toISOString());
      expect(order.verifyUrl).not.toContain(order.certifyId);
    });

    it('accepts a returnUrl left out', async () => {
      const { returnUrl: _left, ...body } = orderBody();
      expect((await post(body)).statusCode).toBe(200);
    });

    it('refuses a forged signature, an unknown merchant and a body altered after signing with the same message', async () => {
      const forged = await post(orderBody(), { secret: 'not-the-merchant-secret' });
      const unknown = await post(orderBody(), { merchantId: 'nobody', secret: TEST_MERCHANT.secret });
      const altered = await post(orderBody({ name: '沈波' }), { signedBody: JSON.stringify(orderBody()) });
      for (const response of [forged, unknown, altered]) {
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual({ code: 'SIGNATURE_INVALID', message: '请求签名无效：商户号或签名不正确' });
      }
      expect(app.mock.face.orders.size).toBe(0);
    });

    it('names a missing or malformed signed header', async () => {
      const body = JSON.stringify(orderBody());
      const headers = requestHeaders('POST', '/face/v1/orders', body, {}, now);
      const { 'X-Face-Nonce': _nonce, ...withoutNonce } = headers;
      const missing = await app.inject({ method: 'POST', url: '/face/v1/orders', headers: { 'content-type': 'application/json', ...withoutNonce }, payload: body });
      expect(missing.statusCode).toBe(401);
      expect(missing.json().message).toContain('X-Face-Nonce');
      const short = await post(orderBody(), { nonce: 'short' });
      expect(short.json()).toMatchObject({ code: 'SIGNATURE_INVALID' });
      expect(short.json().message).toContain('X-Face-Nonce');
    });

    it('refuses timestamps more than 5 minutes off either way, after checking the signature', async () => {
      const stale = await post(orderBody(), { timestamp: String(now - 5 * MINUTE - 1) });
      const future = await post(orderBody(), { timestamp: String(now + 5 * MINUTE + 1) });
      for (const response of [stale, future]) {
        expect(response.statusCode).toBe(401);
        expect(response.json().code).toBe('TIMESTAMP_STALE');
      }
      expect((await post(orderBody(), { timestamp: String(now - 5 * MINUTE) })).statusCode).toBe(200);
      const staleAndForged = await post(orderBody(), { timestamp: String(now - 6 * MINUTE), secret: 'wrong-wrong-wrong' });
      expect(staleAndForged.json().code).toBe('SIGNATURE_INVALID');
    });

    it('refuses a reused nonce within 10 minutes, per merchant; a refused request does not use its nonce up', async () => {
      const nonce = newNonce();
      expect((await post(orderBody(), { nonce, secret: 'wrong-wrong-wrong' })).statusCode).toBe(401);
      expect((await post(orderBody(), { nonce })).statusCode).toBe(200);
      const replay = await post(orderBody(), { nonce });
      expect(replay.statusCode).toBe(409);
      expect(replay.json()).toEqual({ code: 'NONCE_REUSED', message: '请求随机数（X-Face-Nonce）已被使用，疑似重放请求' });
      expect((await post(orderBody(), { nonce, ...OTHER_MERCHANT })).statusCode).toBe(200);
      now += 10 * MINUTE + 1;
      expect((await post(orderBody(), { nonce })).statusCode).toBe(200);
    });

    it('names every bad field in Chinese and creates nothing', async () => {
      const response = await post({
        name: ' 余辉浩',
        residentId: '341204198609114183',
        businessReference: 'has space',
        callbackUrl: 'ftp://bff/cb',
        returnUrl: 'http://user:pw@app/return',
        extra: true,
      });
      expect(response.statusCode).toBe(400);
      const fields = Object.fromEntries(response.json<{ fields: { field: string; message: string }[] }>().fields.map((error) => [error.field, error.message]));
      expect(Object.keys(fields).sort()).toEqual(['businessReference', 'callbackUrl', 'extra', 'name', 'residentId', 'returnUrl']);
      expect(fields.residentId).toBe('身份证号码校验位错误');
      expect(app.mock.face.orders.size).toBe(0);
    });

    it('answers a body that is not JSON, or of another type, with BAD_USER_INPUT', async () => {
      const notJson = await post('{"name":');
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body', message: '请求体不是合法的 JSON' }] });
      const body = 'name=x';
      const form = await app.inject({
        method: 'POST',
        url: '/face/v1/orders',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...requestHeaders('POST', '/face/v1/orders', body, {}, now) },
        payload: body,
      });
      expect(form.statusCode).toBe(415);
      expect(form.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('matches the documented test vectors (README, worked examples)', () => {
      const target = '/face/v1/orders/0123456789abcdef0123456789abcdef';
      const signing = { timestamp: '1795996800000', nonce: 'n0nce-0123456789abcdef' };
      const signature = faceRequestSignature('rongtong-dev-face-secret', { method: 'GET', target, body: '', ...signing });
      expect(signature).toBe('1318ba8c5a34d4ec115418cba195779a25e9737897bb7d457dc6c27db472d84f');
      expect(requestHeaders('GET', target, '', signing)['X-Face-Signature']).toBe(signature);
      const body = '{"certifyId":"0123456789abcdef0123456789abcdef","businessReference":"loan-application:42:fv-1","result":"PASSED","score":92.4,"finishedAt":"2026-11-30T00:00:00.000Z"}';
      expect(faceCallbackSignature('rongtong-dev-face-secret', signing.timestamp, signing.nonce, body)).toBe(
        '1ec883d4a7c64bd5530b2fe0d5145546f507c3f0856d47d1d11ff1eafa0af6eb',
      );
    });
  });

  describe('the authoritative query', () => {
    it('follows the order from INIT through PENDING to PASSED with score and times', async () => {
      const order = await createOrder();
      expect((await query(order.certifyId)).json()).toEqual({
        certifyId: order.certifyId,
        businessReference: 'loan-application:42:fv-1',
        state: 'INIT',
        result: null,
        score: null,
        createdAt: new Date(START).toISOString(),
        startedAt: null,
        finishedAt: null,
        expiresAt: order.expiresAt,
      });
      now += MINUTE;
      await openPage(order);
      expect((await query(order.certifyId)).json()).toMatchObject({ state: 'PENDING', startedAt: new Date(START + MINUTE).toISOString() });
      now += MINUTE;
      await press(order, 'PASSED');
      const passed = (await query(order.certifyId)).json();
      expect(passed).toMatchObject({ state: 'PASSED', result: 'PASSED', finishedAt: new Date(START + 2 * MINUTE).toISOString() });
      expect(passed.score).toBeGreaterThanOrEqual(80);
      expect(passed.score).toBeLessThan(100);
    });

    it('reports FAILED for both failures, keeping which one in result', async () => {
      const failed = await createOrder();
      const liveness = await createOrder();
      await press(failed, 'FAILED');
      await press(liveness, 'LIVENESS_FAILED');
      const failedView = (await query(failed.certifyId)).json();
      expect(failedView).toMatchObject({ state: 'FAILED', result: 'FAILED' });
      expect(failedView.score).toBeLessThan(80);
      expect((await query(liveness.certifyId)).json()).toMatchObject({ state: 'FAILED', result: 'LIVENESS_FAILED', score: 0 });
    });

    it('answers 404 for an unknown id and for another merchant’s order', async () => {
      const order = await createOrder();
      for (const response of [await query('0'.repeat(32)), await query('not-an-id'), await query(order.certifyId, OTHER_MERCHANT)]) {
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({ code: 'ORDER_NOT_FOUND', message: '核验订单不存在' });
      }
    });

    it('is signed like creation: forged, stale and replayed queries are refused', async () => {
      const order = await createOrder();
      expect((await query(order.certifyId, { secret: 'wrong-wrong-wrong' })).json().code).toBe('SIGNATURE_INVALID');
      expect((await query(order.certifyId, { timestamp: String(now - 6 * MINUTE) })).json().code).toBe('TIMESTAMP_STALE');
      const nonce = newNonce();
      expect((await query(order.certifyId, { nonce })).statusCode).toBe(200);
      expect((await query(order.certifyId, { nonce })).json().code).toBe('NONCE_REUSED');
      // The signature covers the target: a signature for one order does not open another.
      const headers = requestHeaders('GET', `/face/v1/orders/${'a'.repeat(32)}`, '', {}, now);
      const moved = await app.inject({ method: 'GET', url: `/face/v1/orders/${order.certifyId}`, headers });
      expect(moved.json().code).toBe('SIGNATURE_INVALID');
    });

    it('times out or fails under route faults, in the provider’s vocabulary', async () => {
      const order = await createOrder();
      app.mock.faults.replace([{ route: '/face/v1/orders/*', errorRate: 1, errorStatus: 502, times: 1 }]);
      const failed = await query(order.certifyId);
      expect(failed.statusCode).toBe(502);
      expect(failed.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '核验服务暂时不可用，请稍后重试' });
      expect((await query(order.certifyId)).statusCode).toBe(200);
      // Creation (/face/v1/orders) is not under the query's prefix.
      app.mock.faults.replace([{ route: '/face/v1/orders/*', timeoutRate: 1, hangMs: 60_000 }]);
      expect((await post(orderBody())).statusCode).toBe(200);
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `/face/v1/orders/${order.certifyId}`;
      const started = Date.now();
      await expect(fetch(base + url, { headers: requestHeaders('GET', url, '', {}, now), signal: AbortSignal.timeout(300) })).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  describe('expiry after 10 minutes (injected clock)', () => {
    it('is still open at 9:59, EXPIRED at 10:00: the page says so and no result is taken any more', async () => {
      const order = await createOrder();
      now += 10 * MINUTE - 1_000;
      expect((await query(order.certifyId)).json().state).toBe('INIT');
      expect((await openPage(order)).body).toContain('请选择核验结果');
      now += 1_000;
      expect((await query(order.certifyId)).json()).toMatchObject({ state: 'EXPIRED', result: null, finishedAt: null });
      const page = await openPage(order);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('核验链接已过期');
      expect(page.body).toContain('返回应用');
      expect(page.body).not.toContain('name="result"');
      const pressed = await press(order, 'PASSED');
      expect(pressed.body).toContain('核验链接已过期');
      const hook = await adminResult(order.certifyId, { result: 'PASSED' });
      expect(hook.statusCode).toBe(409);
      expect(hook.json().code).toBe('ORDER_EXPIRED');
      expect((await query(order.certifyId)).json().state).toBe('EXPIRED');
      await app.mock.callbacks.drain();
      expect(receiver.received).toEqual([]);
    });
  });

  describe('the verify page', () => {
    it('shows the masked name and ID, the deadline and three buttons, in accessible Chinese', async () => {
      const order = await createOrder();
      const page = await openPage(order);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).toContain('<html lang="zh-CN">');
      expect(page.body).toContain('余*浩');
      expect(page.body).not.toContain(person.name);
      expect(page.body).not.toContain(person.residentId);
      expect(page.body).toContain('3412**********');
      expect(page.body).toContain('北京时间 2026-11-20 16:10');
      expect(page.body).toContain('<legend>请选择核验结果</legend>');
      for (const [value, label] of [['PASSED', '通过'], ['FAILED', '不通过'], ['LIVENESS_FAILED', '活体检测失败']]) {
        expect(page.body).toContain(`name="result" value="${value}">${label}</button>`);
      }
    });

    it('redirects to the return URL with the certify id only once a button is pressed', async () => {
      const order = await createOrder();
      const response = await press(order, 'PASSED');
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`http://127.0.0.1:10086/pages/apply/face?step=3&certifyId=${order.certifyId}`);
    });

    it('without a return URL shows the outcome; a second press changes nothing and sends no second callback', async () => {
      const order = await createOrder({ returnUrl: null });
      const first = await press(order, 'FAILED');
      expect(first.statusCode).toBe(200);
      expect(first.body).toContain('核验结果：不通过');
      const second = await press(order, 'PASSED');
      expect(second.body).toContain('核验结果：不通过');
      expect((await query(order.certifyId)).json().result).toBe('FAILED');
      expect((await openPage(order)).body).toContain('本次人脸核验已结束');
      await app.mock.callbacks.drain();
      expect(receiver.received).toHaveLength(1);
    });

    it('refuses an unknown link and a missing or made-up result', async () => {
      const unknown = await app.inject({ method: 'GET', url: '/face/h5/unknown-token' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('核验链接无效');
      const order = await createOrder();
      for (const payload of ['', 'result=MAYBE', 'result=PASSED&result=FAILED']) {
        const response = await app.inject({
          method: 'POST',
          url: pagePath(order),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload,
        });
        expect(response.statusCode).toBe(400);
        expect(response.body).toContain('没有收到有效的核验结果');
      }
      expect((await query(order.certifyId)).json().state).toBe('INIT');
    });
  });

  describe('the result callback', () => {
    it('POSTs the result signed as documented: HMAC-SHA256(secret, timestamp \\n nonce \\n body)', async () => {
      const order = await createOrder();
      now += 2 * MINUTE;
      await press(order, 'LIVENESS_FAILED');
      await app.mock.callbacks.drain();
      expect(receiver.received).toHaveLength(1);
      const [callback] = receiver.received;
      expect(callback.body).toEqual({
        certifyId: order.certifyId,
        businessReference: 'loan-application:42:fv-1',
        result: 'LIVENESS_FAILED',
        score: 0,
        finishedAt: new Date(START + 2 * MINUTE).toISOString(),
      });
      expect(callback).toMatchObject({ merchantId: TEST_MERCHANT.merchantId, timestamp: String(now), signatureValid: true });
      expect(callback.nonce).toMatch(/^[0-9a-f]{32}$/);
      // Keys in the documented order, so the raw body is what was signed.
      expect(callback.rawBody.startsWith(`{"certifyId":"${order.certifyId}","businessReference":`)).toBe(true);
    });

    it('is signed with the secret of the merchant that created the order', async () => {
      const other = await startCallbackReceiver(OTHER_MERCHANT.secret);
      try {
        const created = await post(orderBody({ callbackUrl: other.url }), OTHER_MERCHANT);
        await adminResult(created.json().certifyId, { result: 'PASSED' });
        await app.mock.callbacks.drain();
        expect(other.received.map((callback) => [callback.merchantId, callback.signatureValid])).toEqual([['bank-b', true]]);
      } finally {
        await other.close();
      }
    });

    it('is retried with back-off until a 2xx, every attempt signed afresh', async () => {
      receiver.script.push(500, 503, 404);
      const order = await createOrder();
      await press(order, 'PASSED');
      await app.mock.callbacks.drain();
      expect(receiver.received).toHaveLength(4);
      expect(receiver.received.every((callback) => callback.signatureValid && callback.body.certifyId === order.certifyId)).toBe(true);
      expect(new Set(receiver.received.map((callback) => callback.nonce)).size).toBe(4);
      expect(waits).toEqual([1, 2, 4]);
    });
  });

  describe('callback fault knobs (delivery faults)', () => {
    const setFaults = async (faults: Record<string, unknown>) => {
      const response = await app.inject({ method: 'PUT', url: '/_admin/delivery-faults', payload: faults });
      expect(response.statusCode).toBe(200);
    };
    async function decided(result = 'PASSED'): Promise<CreatedOrder> {
      const order = await createOrder();
      await adminResult(order.certifyId, { result });
      return order;
    }

    it('delay: waits before the first attempt', async () => {
      await setFaults({ delayMs: 3_000, times: 1 });
      await decided();
      await app.mock.callbacks.drain();
      expect(waits).toEqual([3_000]);
      expect(receiver.received).toHaveLength(1);
    });

    it('drop: the callback never comes, the query still tells the truth', async () => {
      await setFaults({ drop: true, times: 1 });
      const order = await decided('FAILED');
      await app.mock.callbacks.drain();
      expect(receiver.received).toEqual([]);
      expect((await query(order.certifyId)).json().state).toBe('FAILED');
    });

    it('dropFirst: attempts lost on the way, retries follow', async () => {
      await setFaults({ dropFirst: 2, times: 1 });
      await decided();
      await app.mock.callbacks.drain();
      expect(receiver.received).toHaveLength(1);
      expect(waits).toEqual([1, 2]);
    });

    it('duplicate: the same result again, validly signed with a new nonce', async () => {
      await setFaults({ duplicate: 2, times: 1 });
      await decided();
      await app.mock.callbacks.drain();
      expect(receiver.received).toHaveLength(3);
      expect(new Set(receiver.received.map((callback) => callback.rawBody)).size).toBe(1);
      expect(new Set(receiver.received.map((callback) => callback.nonce)).size).toBe(3);
      expect(receiver.received.every((callback) => callback.signatureValid)).toBe(true);
    });

    it('replay: the delivered callback again byte for byte, same nonce and signature', async () => {
      await setFaults({ replay: 1, times: 1 });
      await decided();
      await app.mock.callbacks.drain();
      const [first, replayed] = receiver.received;
      expect(receiver.received).toHaveLength(2);
      expect(replayed).toEqual(first);
    });

    it('reorder: a result held back arrives after the next one', async () => {
      await setFaults({ outOfOrder: true, times: 1 });
      const first = await decided('FAILED');
      const second = await decided('PASSED');
      await app.mock.callbacks.drain();
      expect(receiver.received.map((callback) => callback.body.certifyId)).toEqual([second.certifyId, first.certifyId]);
    });

    it('wrong signature: the first attempt fails the recipe; refused, the genuine retry follows', async () => {
      receiver.script.push(401);
      await setFaults({ wrongSignature: 1, times: 1 });
      await decided();
      await app.mock.callbacks.drain();
      expect(receiver.received.map((callback) => callback.signatureValid)).toEqual([false, true]);
    });

    it('stale timestamp: the first attempt is validly signed but ten minutes old', async () => {
      receiver.script.push(401);
      await setFaults({ staleTimestamp: 1, times: 1 });
      await decided();
      await app.mock.callbacks.drain();
      const [stale, fresh] = receiver.received;
      expect(stale).toMatchObject({ signatureValid: true, timestamp: String(now - 10 * MINUTE) });
      expect(fresh).toMatchObject({ signatureValid: true, timestamp: String(now) });
    });

    it('rate: the knobs hit a seeded share of the callbacks', async () => {
      await setFaults({ duplicate: 1, rate: 0.5 });
      for (let i = 0; i < 20; i += 1) await decided();
      await app.mock.callbacks.drain();
      const extra = receiver.received.length - 20;
      expect(extra).toBeGreaterThan(2);
      expect(extra).toBeLessThan(18);
    });
  });

  describe('admin test hook', () => {
    it('finishes an order as pressing the button does, with an optional score that must agree with the result', async () => {
      const order = await createOrder();
      const bad = await adminResult(order.certifyId, { result: 'PASSED', score: 42 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields).toEqual([{ field: 'score', message: '相似度与结果不符：通过需不低于 80，不通过需低于 80，活体检测失败为 0' }]);
      expect((await adminResult(order.certifyId, { result: 'MAYBE', score: 101 })).json().fields.map((error: { field: string }) => error.field)).toEqual(['result', 'score']);
      const done = await adminResult(order.certifyId, { result: 'PASSED', score: 93.5 });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ state: 'PASSED', score: 93.5, decidedBy: 'ADMIN', nameMasked: '余*浩', merchantId: 'rongtong-bff' });
      expect(JSON.stringify(done.json())).not.toContain(person.residentId);
      const again = await adminResult(order.certifyId, { result: 'FAILED' });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('ORDER_FINISHED');
      await app.mock.callbacks.drain();
      expect(receiver.received.map((callback) => callback.body.score)).toEqual([93.5]);
      expect((await adminResult('0'.repeat(32), { result: 'PASSED' })).statusCode).toBe(404);
    });

    it('lists orders newest first, by business reference, and forgets them on DELETE', async () => {
      const first = await createOrder({ businessReference: 'ref-a' });
      const second = await createOrder({ businessReference: 'ref-b' });
      const all = await app.inject({ method: 'GET', url: '/_admin/face/orders' });
      expect(all.json().orders.map((order: CreatedOrder) => order.certifyId)).toEqual([second.certifyId, first.certifyId]);
      const one = await app.inject({ method: 'GET', url: '/_admin/face/orders?businessReference=ref-a' });
      expect(one.json().orders).toEqual([expect.objectContaining({ certifyId: first.certifyId, verifyUrl: first.verifyUrl })]);
      expect((await app.inject({ method: 'GET', url: '/_admin/face/orders?limit=0' })).statusCode).toBe(400);
      expect((await app.inject({ method: 'GET', url: `/_admin/face/orders/${first.certifyId}` })).json().state).toBe('INIT');
      expect((await app.inject({ method: 'DELETE', url: '/_admin/face/orders' })).json()).toEqual({ cleared: 2 });
      expect((await query(first.certifyId)).statusCode).toBe(404);
    });

    it('is absent when MOCK_ADMIN=off', async () => {
      const closed = buildMockServer({ logger: false, adminEnabled: false });
      expect((await closed.inject({ method: 'GET', url: '/_admin/face/orders' })).statusCode).toBe(404);
      await closed.close();
    });
  });

  describe('host app face entry (H5 development bridge)', () => {
    const startOnHost = (order: CreatedOrder, overrides: Record<string, unknown> = {}) =>
      app.inject({ method: 'POST', url: '/dev/host/face-verification', payload: { certifyId: order.certifyId, verifyUrl: order.verifyUrl, ...overrides } });

    it('returns once the person has finished, mapping the result to the host statuses', async () => {
      const passed = await createOrder();
      const pending = startOnHost(passed);
      while ((await query(passed.certifyId)).json().state !== 'PENDING') await new Promise((resolve) => setTimeout(resolve, 5));
      await adminResult(passed.certifyId, { result: 'PASSED' });
      const response = await pending;
      expect(response.statusCode).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(response.json()).toEqual({ status: 'PASSED' });

      const liveness = await createOrder();
      await press(liveness, 'LIVENESS_FAILED');
      expect((await startOnHost(liveness)).json()).toEqual({ status: 'FAILED' });
    });

    it('reports an expired order as cancelled', async () => {
      const order = await createOrder();
      now += 11 * MINUTE;
      expect((await startOnHost(order)).json()).toEqual({ status: 'CANCELLED' });
    });

    it('refuses an unknown order or a verify URL that is not the order’s', async () => {
      const order = await createOrder();
      const wrongUrl = await startOnHost(order, { verifyUrl: `${PUBLIC_URL}/face/h5/other` });
      expect(wrongUrl.statusCode).toBe(400);
      expect(wrongUrl.json().fields).toEqual([{ field: 'verifyUrl', message: '核验地址与订单不符' }]);
      const unknown = await startOnHost(order, { certifyId: 'f'.repeat(32) });
      expect(unknown.json().fields).toEqual([{ field: 'certifyId', message: '没有这个人脸核验订单' }]);
    });
  });
});
