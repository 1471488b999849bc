import Fastify, { type FastifyInstance } from 'fastify';
import { DeliveryFaultRegistry } from '../faults/delivery-faults';
import { sleep as realSleep, type Sleep } from '../sleep';
import { CallbackDispatcher, type CallbackDispatcherOptions } from './callback-dispatcher';
import type { DeliveryReport, SignatureVariant } from './delivery-report';

interface Receiver {
  url: string;
  received: unknown[];
  /** Statuses to answer, in order; 200 once they run out. */
  script: number[];
  close(): Promise<void>;
}

async function startReceiver(script: number[] = []): Promise<Receiver> {
  const app: FastifyInstance = Fastify({ logger: false });
  const received: unknown[] = [];
  app.post('/callback', async (request, reply) => {
    received.push(request.body);
    return reply.code(script.shift() ?? 200).send({ ok: true });
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/callback`, received, script, close: () => app.close() };
}

function recordingSleep(): { sleep: Sleep; waits: number[] } {
  const waits: number[] = [];
  const sleep: Sleep = async (ms, signal) => {
    waits.push(ms);
    signal?.throwIfAborted();
  };
  return { sleep, waits };
}

describe('CallbackDispatcher', () => {
  let receiver: Receiver;
  let faults: DeliveryFaultRegistry;
  let dispatcher: CallbackDispatcher;
  let waits: number[];

  function createDispatcher(options: Partial<CallbackDispatcherOptions> = {}): CallbackDispatcher {
    const recording = recordingSleep();
    waits = recording.waits;
    return new CallbackDispatcher({
      faults,
      retry: { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 40, attemptTimeoutMs: 2_000 },
      sleep: recording.sleep,
      ...options,
    });
  }

  beforeEach(async () => {
    receiver = await startReceiver();
    faults = new DeliveryFaultRegistry();
    dispatcher = createDispatcher();
  });

  afterEach(async () => {
    await dispatcher.close();
    await receiver.close();
  });

  it('posts the payload as JSON once when all is well', async () => {
    const report = await dispatcher.dispatch({ url: receiver.url, payload: { certifyId: 'c1', passed: true } });
    expect(receiver.received).toEqual([{ certifyId: 'c1', passed: true }]);
    expect(report.copies).toHaveLength(1);
    expect(report.copies[0]).toMatchObject({ delivered: true, attempts: [{ outcome: 'DELIVERED', statusCode: 200 }] });
    expect(waits).toEqual([]);
  });

  it('sends the configured headers', async () => {
    const seen: string[] = [];
    const headerReceiver = Fastify({ logger: false });
    headerReceiver.post('/h', async (request) => {
      seen.push(String(request.headers['x-signature']));
      return {};
    });
    const address = await headerReceiver.listen({ port: 0, host: '127.0.0.1' });
    await dispatcher.dispatch({ url: `${address}/h`, payload: {}, headers: { 'x-signature': 'abc' } });
    await headerReceiver.close();
    expect(seen).toEqual(['abc']);
  });

  it('retries non-2xx answers and stops at the first success', async () => {
    receiver.script.push(500, 503);
    const report = await dispatcher.dispatch({ url: receiver.url, payload: { n: 1 } });
    await dispatcher.drain();
    expect(report.copies[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['REJECTED', 'REJECTED', 'DELIVERED']);
    expect(receiver.received).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
  });

  it('backs off exponentially up to the cap and gives up after maxAttempts', async () => {
    receiver.script.push(500, 500, 500, 500, 500, 500, 500);
    const report = await dispatcher.dispatch({ url: receiver.url, payload: {} });
    expect(report.copies[0]?.delivered).toBe(false);
    expect(report.copies[0]?.attempts).toHaveLength(5);
    expect(waits).toEqual([10, 20, 40, 40]);
  });

  it('treats an unreachable receiver as a network error and retries', async () => {
    const gone = await startReceiver();
    await gone.close();
    const report = await dispatcher.dispatch({ url: gone.url, payload: {} });
    expect(report.copies[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(Array(5).fill('NETWORK_ERROR'));
  });

  it('stamps attempts with the injected clock', async () => {
    dispatcher = createDispatcher({ now: () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5)) });
    const report = await dispatcher.dispatch({ url: receiver.url, payload: {} });
    expect(report.copies[0]?.attempts[0]?.at).toBe('2025-01-02T03:04:05.000Z');
  });

  it('delivers duplicates: the receiver gets the same payload again', async () => {
    faults.set({ duplicate: 1 });
    const report = await dispatcher.dispatch({ url: receiver.url, payload: { certifyId: 'dup' } });
    expect(receiver.received).toEqual([{ certifyId: 'dup' }, { certifyId: 'dup' }]);
    expect(report.copies.map((copy) => [copy.copy, copy.delivered])).toEqual([[0, true], [1, true]]);
  });

  it('delivers out of order: a held delivery goes after the next one', async () => {
    faults.set({ outOfOrder: true, times: 1 });
    const first = dispatcher.dispatch({ url: receiver.url, payload: { seq: 1 } });
    const second = dispatcher.dispatch({ url: receiver.url, payload: { seq: 2 } });
    const reports: DeliveryReport[] = await Promise.all([first, second]);
    expect(receiver.received).toEqual([{ seq: 2 }, { seq: 1 }]);
    expect(reports.map((report) => report.reordered)).toEqual([true, false]);
  });

  it('swaps pairs while out-of-order stays on', async () => {
    faults.set({ outOfOrder: true });
    const send = (seq: number) => dispatcher.dispatch({ url: receiver.url, payload: { seq } });
    await Promise.all([send(1), send(2)]);
    await Promise.all([send(3), send(4)]);
    expect(receiver.received).toEqual([{ seq: 2 }, { seq: 1 }, { seq: 4 }, { seq: 3 }]);
  });

  it('sends a held delivery anyway when no next one comes in time', async () => {
    dispatcher = createDispatcher({ holdTimeoutMs: 20 });
    faults.set({ outOfOrder: true });
    const started = Date.now();
    const report = await dispatcher.dispatch({ url: receiver.url, payload: { alone: true } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(report).toMatchObject({ reordered: true, copies: [{ delivered: true }] });
    expect(receiver.received).toEqual([{ alone: true }]);
  });

  it('drops the first attempts as a lossy network would, then retries', async () => {
    faults.set({ dropFirst: 2, times: 1 });
    const report = await dispatcher.dispatch({ url: receiver.url, payload: { x: 1 } });
    expect(report.copies[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['DROPPED', 'DROPPED', 'DELIVERED']);
    expect(receiver.received).toHaveLength(1);
    expect(waits).toEqual([10, 20]);
    const next = await dispatcher.dispatch({ url: receiver.url, payload: { x: 2 } });
    expect(next.copies[0]?.attempts).toHaveLength(1);
  });

  describe('signed deliveries', () => {
    interface Seen {
      body: string;
      headers: Record<string, string>;
    }
    let seen: Seen[];
    let signed: Pick<Receiver, 'url' | 'script' | 'close'>;
    let counter: number;
    const sign = (body: string, variant: SignatureVariant): Record<string, string> => {
      counter += 1;
      return { 'x-nonce': `n${counter}`, 'x-variant': variant, 'x-length': String(body.length) };
    };

    beforeEach(async () => {
      seen = [];
      counter = 0;
      const app = Fastify({ logger: false });
      const script: number[] = [];
      app.post('/signed', async (request, reply) => {
        seen.push({ body: JSON.stringify(request.body), headers: request.headers as Record<string, string> });
        // A careful receiver: refuses forged and stale attempts and replayed nonces.
        const nonce = request.headers['x-nonce'];
        const replayed = seen.filter((entry) => entry.headers['x-nonce'] === nonce).length > 1;
        if (request.headers['x-variant'] !== 'GENUINE' || replayed) return reply.code(401).send({});
        return reply.code(script.shift() ?? 200).send({});
      });
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      signed = { url: `${address}/signed`, script, close: () => app.close() };
    });

    afterEach(async () => {
      await signed.close();
    });

    it('signs every attempt afresh, retries included', async () => {
      signed.script.push(503);
      const report = await dispatcher.dispatch({ url: signed.url, payload: { a: 1 }, headers: { 'x-static': 's' }, sign });
      expect(seen.map((entry) => [entry.headers['x-nonce'], entry.headers['x-static'], entry.headers['x-length']])).toEqual([
        ['n1', 's', '7'],
        ['n2', 's', '7'],
      ]);
      expect(report.copies[0]?.attempts.map((attempt) => [attempt.outcome, attempt.signature])).toEqual([
        ['REJECTED', 'GENUINE'],
        ['DELIVERED', 'GENUINE'],
      ]);
    });

    it('sends wrong signatures, then stale timestamps, on the first attempts; genuine retries follow', async () => {
      faults.set({ wrongSignature: 2, staleTimestamp: 1, times: 1 });
      const report = await dispatcher.dispatch({ url: signed.url, payload: { b: 2 }, sign });
      expect(report.copies[0]?.attempts.map((attempt) => [attempt.signature, attempt.outcome])).toEqual([
        ['WRONG_SIGNATURE', 'REJECTED'],
        ['WRONG_SIGNATURE', 'REJECTED'],
        ['STALE_TIMESTAMP', 'REJECTED'],
        ['GENUINE', 'DELIVERED'],
      ]);
      expect(waits).toEqual([10, 20, 40]);
    });

    it('signs duplicates afresh but replays the delivered headers verbatim, once each', async () => {
      faults.set({ duplicate: 1, replay: 2 });
      const report = await dispatcher.dispatch({ url: signed.url, payload: { c: 3 }, sign });
      expect(seen.map((entry) => entry.headers['x-nonce'])).toEqual(['n1', 'n2', 'n1', 'n1']);
      expect(new Set(seen.map((entry) => entry.body))).toEqual(new Set(['{"c":3}']));
      expect(report.copies.map((copy) => [copy.kind, copy.delivered, copy.attempts.length])).toEqual([
        ['ORIGINAL', true, 1],
        ['DUPLICATE', true, 1],
        ['REPLAY', false, 1],
        ['REPLAY', false, 1],
      ]);
    });
  });

  it('waits the delay before the first attempt', async () => {
    faults.set({ delayMs: 250, times: 1 });
    await dispatcher.dispatch({ url: receiver.url, payload: {} });
    expect(waits).toEqual([250]);
    expect(receiver.received).toHaveLength(1);
  });

  it('loses a dropped delivery altogether: nothing reaches the receiver', async () => {
    faults.set({ drop: true, times: 1 });
    const report = await dispatcher.dispatch({ url: receiver.url, payload: { lost: 1 } });
    expect(report).toMatchObject({ lost: true, copies: [{ delivered: false, attempts: [] }] });
    await dispatcher.dispatch({ url: receiver.url, payload: { kept: 1 } });
    expect(receiver.received).toEqual([{ kept: 1 }]);
  });

  it('enqueues fire-and-forget deliveries that drain() waits for', async () => {
    dispatcher.enqueue({ url: receiver.url, payload: { queued: 1 } });
    dispatcher.enqueue({ url: receiver.url, payload: { queued: 2 } });
    await dispatcher.drain();
    expect(receiver.received).toHaveLength(2);
  });

  it('logs an enqueued delivery it can no longer send', async () => {
    const warn = jest.fn();
    dispatcher = createDispatcher({ logger: { info: jest.fn(), warn } });
    await dispatcher.close();
    dispatcher.enqueue({ url: receiver.url, payload: {} });
    await new Promise((resolve) => setImmediate(resolve));
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ url: receiver.url }), 'callback not dispatched');
    expect(receiver.received).toEqual([]);
  });

  it('stops retrying when closed', async () => {
    receiver.script.push(...Array<number>(10).fill(500));
    const backoffs: number[] = [];
    const sleepForReal: Sleep = (ms, signal) => {
      backoffs.push(ms);
      return realSleep(ms, signal);
    };
    dispatcher = createDispatcher({ sleep: sleepForReal, retry: { maxAttempts: 10, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const pending = dispatcher.dispatch({ url: receiver.url, payload: {} });
    while (backoffs.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await dispatcher.close();
    const report = await pending;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(report.copies[0]).toMatchObject({ delivered: false, attempts: [{ outcome: 'REJECTED' }] });
    await expect(dispatcher.dispatch({ url: receiver.url, payload: {} })).rejects.toThrow('closed');
  });
});
