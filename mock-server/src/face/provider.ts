import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { CallbackDispatcher } from '../delivery/callback-dispatcher';
import type { SignatureVariant } from '../delivery/delivery-report';
import type { RandomSource } from '../random';
import { DEFAULT_FACE_MERCHANTS, type FaceMerchant } from './merchants';
import {
  FaceOrderStore,
  orderState,
  type FaceDecisionSource,
  type FaceOrder,
  type FaceOrderState,
  type FaceResult,
  type NewFaceOrder,
} from './orders';
import { SignedRequestGate } from './request-auth';
import { FACE_HEADERS, faceCallbackSignature } from './signing';

export interface FaceOptions {
  /** Registered merchants; default the development merchant `rongtong-bff`. */
  merchants?: readonly FaceMerchant[];
  /** Base URL people's browsers reach the mock at (verify URLs); default `http://127.0.0.1:<listening port>`. */
  publicUrl?: string;
  /** The provider's clock: timestamps, nonces, expiry. */
  nowMs?: () => number;
}

export interface FaceProviderDeps {
  random: RandomSource;
  callbacks: CallbackDispatcher;
  defaultPublicUrl: () => string;
  logger: Pick<FastifyBaseLogger, 'info'>;
}

/** The query answer: the provider's authoritative view of an order. */
export interface FaceOrderView {
  certifyId: string;
  businessReference: string;
  state: FaceOrderState;
  result: FaceResult | null;
  score: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string;
}

export interface FaceCallbackPayload {
  /** A plain JSON object, as the dispatcher sends it. */
  [key: string]: string | number;
  certifyId: string;
  businessReference: string;
  result: FaceResult;
  score: number;
  finishedAt: string;
}

export type DecideOutcome = { ok: true; order: FaceOrder } | { ok: false; reason: 'FINISHED' | 'EXPIRED' };

export const VERIFY_PAGE_PREFIX = '/face/h5/';
/** Similarity at or above which the provider passes a face; scores have one decimal. */
export const PASS_SCORE = 80;
/** How far back a stale-timestamp fault dates a callback: twice the receiver's tolerance. */
const STALE_CALLBACK_AGE_MS = 10 * 60 * 1000;

/** The face-verification provider's state, reached in-process as `app.mock.face`. */
export class FaceProvider {
  readonly gate: SignedRequestGate;
  readonly orders: FaceOrderStore;
  readonly nowMs: () => number;
  private readonly publicUrl: string | undefined;
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(
    options: FaceOptions,
    private readonly deps: FaceProviderDeps,
  ) {
    this.nowMs = options.nowMs ?? Date.now;
    this.gate = new SignedRequestGate(options.merchants ?? DEFAULT_FACE_MERCHANTS, this.nowMs);
    this.orders = new FaceOrderStore(this.nowMs);
    this.publicUrl = options.publicUrl?.replace(/\/+$/, '');
  }

  create(input: NewFaceOrder): FaceOrder {
    const order = this.orders.create(input);
    this.deps.logger.info({ certifyId: order.certifyId, merchantId: order.merchantId, businessReference: order.businessReference }, 'face order created');
    return order;
  }

  verifyUrl(order: FaceOrder): string {
    return `${this.publicUrl ?? this.deps.defaultPublicUrl()}${VERIFY_PAGE_PREFIX}${order.pageToken}`;
  }

  state(order: FaceOrder): FaceOrderState {
    return orderState(order, this.nowMs());
  }

  /** The verify page was opened or the host started its face UI: INIT becomes PENDING. */
  start(order: FaceOrder): void {
    if (this.state(order) === 'INIT') order.startedAtMs = this.nowMs();
  }

  /**
   * Finishes an order with the person's result, as pressing a button on the verify page does, and sends the signed
   * callback. A finished or expired order is left as it is.
   */
  decide(order: FaceOrder, result: FaceResult, by: FaceDecisionSource, score: number = this.drawScore(result)): DecideOutcome {
    const state = this.state(order);
    if (state === 'EXPIRED') return { ok: false, reason: 'EXPIRED' };
    if (state === 'PASSED' || state === 'FAILED') return { ok: false, reason: 'FINISHED' };
    const now = this.nowMs();
    order.startedAtMs ??= now;
    order.finishedAtMs = now;
    order.result = result;
    order.score = score;
    order.decidedBy = by;
    this.deps.logger.info({ certifyId: order.certifyId, result, by }, 'face order finished');
    this.sendCallback(order);
    this.notify(order.certifyId);
    return { ok: true, order };
  }

  view(order: FaceOrder): FaceOrderView {
    const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
    return {
      certifyId: order.certifyId,
      businessReference: order.businessReference,
      state: this.state(order),
      result: order.result,
      score: order.score,
      createdAt: new Date(order.createdAtMs).toISOString(),
      startedAt: iso(order.startedAtMs),
      finishedAt: iso(order.finishedAtMs),
      expiresAt: new Date(order.expiresAtMs).toISOString(),
    };
  }

  /**
   * Resolves once the order is finished, or when it expires (`expiresAtMs` by the provider's clock, waited in real
   * time), or when `signal` aborts; with the state at that moment.
   */
  async waitForFinish(order: FaceOrder, signal: AbortSignal): Promise<FaceOrderState> {
    const remainingMs = order.expiresAtMs - this.nowMs();
    if (this.isOpen(order) && remainingMs > 0 && !signal.aborted) {
      await new Promise<void>((resolve) => {
        const listeners = this.waiters.get(order.certifyId) ?? new Set<() => void>();
        const done = (): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          listeners.delete(done);
          if (listeners.size === 0) this.waiters.delete(order.certifyId);
          resolve();
        };
        const timer = setTimeout(done, remainingMs);
        signal.addEventListener('abort', done, { once: true });
        listeners.add(done);
        this.waiters.set(order.certifyId, listeners);
      });
    }
    return this.state(order);
  }

  /** Stops every host long-poll, for shutdown. */
  releaseWaiters(): void {
    for (const listeners of [...this.waiters.values()]) for (const done of [...listeners]) done();
  }

  private isOpen(order: FaceOrder): boolean {
    const state = this.state(order);
    return state === 'INIT' || state === 'PENDING';
  }

  private notify(certifyId: string): void {
    for (const done of [...(this.waiters.get(certifyId) ?? [])]) done();
  }

  /** Face-comparison similarity, 0–100 with one decimal: 80 and above for a pass, 0 when liveness failed. */
  private drawScore(result: FaceResult): number {
    const draw = this.deps.random();
    switch (result) {
      case 'PASSED':
        return Math.round((PASS_SCORE + draw * 19.9) * 10) / 10;
      case 'FAILED':
        return Math.round((30 + draw * 49.9) * 10) / 10;
      case 'LIVENESS_FAILED':
        return 0;
      default: {
        const unexpected: never = result;
        throw new Error(`unknown result ${String(unexpected)}`);
      }
    }
  }

  private sendCallback(order: FaceOrder): void {
    const secret = this.gate.secretOf(order.merchantId);
    if (secret === null || order.result === null || order.score === null || order.finishedAtMs === null) return;
    const payload: FaceCallbackPayload = {
      certifyId: order.certifyId,
      businessReference: order.businessReference,
      result: order.result,
      score: order.score,
      finishedAt: new Date(order.finishedAtMs).toISOString(),
    };
    this.deps.callbacks.enqueue({
      url: order.callbackUrl,
      payload,
      sign: (body, variant) => this.signCallback(order.merchantId, secret, body, variant),
    });
  }

  private signCallback(merchantId: string, secret: string, body: string, variant: SignatureVariant): Record<string, string> {
    const timestamp = String(this.nowMs() - (variant === 'STALE_TIMESTAMP' ? STALE_CALLBACK_AGE_MS : 0));
    const nonce = randomBytes(16).toString('hex');
    // A wrong signature is a correct HMAC under a key that is not the merchant's.
    const key = variant === 'WRONG_SIGNATURE' ? `forged:${secret}` : secret;
    return {
      [FACE_HEADERS.merchantId]: merchantId,
      [FACE_HEADERS.timestamp]: timestamp,
      [FACE_HEADERS.nonce]: nonce,
      [FACE_HEADERS.signature]: faceCallbackSignature(key, timestamp, nonce, body),
    };
  }
}
