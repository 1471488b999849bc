import { randomBytes } from 'node:crypto';
import { randomToken } from '../identity/secrets';

/** What the person did on the verify page (or the host's face UI). */
export type FaceResult = 'PASSED' | 'FAILED' | 'LIVENESS_FAILED';
export const FACE_RESULTS: readonly FaceResult[] = ['PASSED', 'FAILED', 'LIVENESS_FAILED'];

export function isFaceResult(value: unknown): value is FaceResult {
  return FACE_RESULTS.some((result) => result === value);
}

/** INIT: created; PENDING: the verify page (or host) started; then PASSED, FAILED or, after 10 minutes, EXPIRED. */
export type FaceOrderState = 'INIT' | 'PENDING' | 'PASSED' | 'FAILED' | 'EXPIRED';

/** Who finished the order: a person on the H5 verify page, or the admin test hook. */
export type FaceDecisionSource = 'PAGE' | 'ADMIN';

export interface FaceOrder {
  certifyId: string;
  merchantId: string;
  name: string;
  residentId: string;
  businessReference: string;
  callbackUrl: string;
  returnUrl: string | null;
  /** The capability in the verify URL: whoever holds it may decide the order. */
  pageToken: string;
  createdAtMs: number;
  expiresAtMs: number;
  startedAtMs: number | null;
  finishedAtMs: number | null;
  result: FaceResult | null;
  score: number | null;
  decidedBy: FaceDecisionSource | null;
}

export type NewFaceOrder = Pick<FaceOrder, 'merchantId' | 'name' | 'residentId' | 'businessReference' | 'callbackUrl' | 'returnUrl'>;

/** The verify URL is valid this long; an order not finished by then is EXPIRED. */
export const FACE_ORDER_TTL_MS = 10 * 60 * 1000;
/** Orders are kept (and queryable) this long after creation. */
export const FACE_ORDER_RETENTION_MS = 24 * 60 * 60 * 1000;
/** At most this many orders are kept; the oldest go first. */
export const MAX_FACE_ORDERS = 100_000;

export const CERTIFY_ID_PATTERN = /^[0-9a-f]{32}$/;

export function orderState(order: FaceOrder, nowMs: number): FaceOrderState {
  if (order.result !== null) return order.result === 'PASSED' ? 'PASSED' : 'FAILED';
  if (nowMs >= order.expiresAtMs) return 'EXPIRED';
  return order.startedAtMs === null ? 'INIT' : 'PENDING';
}

/** The orders in creation order, by certify id and by page token; old ones are forgotten as new ones arrive. */
export class FaceOrderStore {
  private readonly byCertifyId = new Map<string, FaceOrder>();
  private readonly byPageToken = new Map<string, FaceOrder>();

  constructor(
    private readonly nowMs: () => number,
    private readonly limits: { retentionMs: number; maxOrders: number } = {
      retentionMs: FACE_ORDER_RETENTION_MS,
      maxOrders: MAX_FACE_ORDERS,
    },
  ) {}

  create(input: NewFaceOrder): FaceOrder {
    const now = this.nowMs();
    this.forgetOld(now);
    const order: FaceOrder = {
      ...input,
      certifyId: randomBytes(16).toString('hex'),
      pageToken: randomToken(),
      createdAtMs: now,
      expiresAtMs: now + FACE_ORDER_TTL_MS,
      startedAtMs: null,
      finishedAtMs: null,
      result: null,
      score: null,
      decidedBy: null,
    };
    this.byCertifyId.set(order.certifyId, order);
    this.byPageToken.set(order.pageToken, order);
    return order;
  }

  get(certifyId: string): FaceOrder | undefined {
    return this.byCertifyId.get(certifyId);
  }

  byToken(pageToken: string): FaceOrder | undefined {
    return this.byPageToken.get(pageToken);
  }

  /** Newest first, optionally only those of one business reference. */
  list(filter: { businessReference?: string; limit: number }): FaceOrder[] {
    const all = [...this.byCertifyId.values()].reverse();
    const matching = filter.businessReference === undefined
      ? all
      : all.filter((order) => order.businessReference === filter.businessReference);
    return matching.slice(0, filter.limit);
  }

  clear(): number {
    const cleared = this.byCertifyId.size;
    this.byCertifyId.clear();
    this.byPageToken.clear();
    return cleared;
  }

  get size(): number {
    return this.byCertifyId.size;
  }

  private forgetOld(now: number): void {
    for (const order of this.byCertifyId.values()) {
      const tooOld = now - order.createdAtMs >= this.limits.retentionMs;
      if (!tooOld && this.byCertifyId.size < this.limits.maxOrders) return;
      this.byCertifyId.delete(order.certifyId);
      this.byPageToken.delete(order.pageToken);
    }
  }
}
