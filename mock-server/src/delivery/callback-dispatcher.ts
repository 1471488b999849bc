import type { FastifyBaseLogger } from 'fastify';
import { NO_DELIVERY_FAULTS, type DeliveryFaultRegistry, type DeliveryPlan } from '../faults/delivery-faults';
import { sleep as realSleep, type Sleep } from '../sleep';
import type { CallbackDelivery, CopyReport, DeliveryAttempt, DeliveryReport, SignatureVariant } from './delivery-report';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

export interface CallbackDispatcherOptions {
  faults: DeliveryFaultRegistry;
  retry?: Partial<RetryPolicy>;
  /** How long an out-of-order delivery waits for a next one before it goes anyway. */
  holdTimeoutMs?: number;
  sleep?: Sleep;
  now?: () => Date;
  logger?: Pick<FastifyBaseLogger, 'info' | 'warn'>;
}

export const DEFAULT_HOLD_TIMEOUT_MS = 10_000;

interface HeldDelivery {
  release(): void;
}

/**
 * POSTs JSON callbacks the way a real provider does: retry with exponential
 * back-off until a 2xx, and — when delivery faults are set — duplicate, reorder
 * or lose attempts so the receiver's idempotency and ordering are exercised.
 */
export class CallbackDispatcher {
  private readonly faults: DeliveryFaultRegistry;
  private readonly policy: RetryPolicy;
  private readonly holdTimeoutMs: number;
  private readonly sleep: Sleep;
  private readonly now: () => Date;
  private readonly logger: Pick<FastifyBaseLogger, 'info' | 'warn'> | undefined;
  private readonly shutdown = new AbortController();
  private readonly inFlight = new Set<Promise<DeliveryReport>>();
  private held: HeldDelivery | null = null;

  constructor(options: CallbackDispatcherOptions) {
    this.faults = options.faults;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.holdTimeoutMs = options.holdTimeoutMs ?? DEFAULT_HOLD_TIMEOUT_MS;
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger;
  }

  /** Resolves once the delivery (and any duplicates) has succeeded or run out of attempts. */
  dispatch(delivery: CallbackDelivery): Promise<DeliveryReport> {
    if (this.shutdown.signal.aborted) return Promise.reject(new Error('callback dispatcher is closed'));
    const plan = this.faults.takePlan();
    const previous = this.held;
    if (plan.holdForNext && previous === null) return this.track(this.hold(delivery, plan));
    this.held = null;
    return this.track(this.sendThenRelease(delivery, plan, previous));
  }

  /** Fire-and-forget variant for request handlers; the outcome is logged. */
  enqueue(delivery: CallbackDelivery): void {
    void this.dispatch(delivery).catch((error: unknown) => {
      this.logger?.warn({ url: delivery.url, error: describeError(error) }, 'callback not dispatched');
    });
  }

  /** Waits for every delivery in progress, including held ones. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops retrying, sends nothing more and waits for in-progress deliveries to wind up. */
  async close(): Promise<void> {
    this.shutdown.abort();
    this.held?.release();
    await this.drain();
  }

  private track(report: Promise<DeliveryReport>): Promise<DeliveryReport> {
    this.inFlight.add(report);
    const forget = (): void => {
      this.inFlight.delete(report);
    };
    void report.then(forget, forget);
    return report;
  }

  private hold(delivery: CallbackDelivery, plan: DeliveryPlan): Promise<DeliveryReport> {
    return new Promise((resolve, reject) => {
      let released = false;
      const held: HeldDelivery = {
        release: () => {
          if (released) return;
          released = true;
          clearTimeout(timer);
          if (this.held === held) this.held = null;
          void this.send(delivery, plan, true).then(resolve, reject);
        },
      };
      const timer = setTimeout(held.release, this.holdTimeoutMs);
      this.held = held;
    });
  }

  private async sendThenRelease(
    delivery: CallbackDelivery,
    plan: DeliveryPlan,
    previous: HeldDelivery | null,
  ): Promise<DeliveryReport> {
    try {
      return await this.send(delivery, plan, false);
    } finally {
      previous?.release();
    }
  }

  private async send(delivery: CallbackDelivery, plan: DeliveryPlan, reordered: boolean): Promise<DeliveryReport> {
    const body = JSON.stringify(delivery.payload);
    const finish = (report: DeliveryReport): DeliveryReport => {
      this.log(report);
      return report;
    };
    const nothingSent = (lost: boolean): DeliveryReport =>
      finish({ url: delivery.url, reordered, lost, copies: [{ copy: 0, kind: 'ORIGINAL', delivered: false, attempts: [] }] });
    if (plan.lose) return nothingSent(true);
    // Shutdown during the delay sends nothing.
    if (plan.delayMs > 0 && !(await this.pause(plan.delayMs))) return nothingSent(false);
    const { report: original, deliveredHeaders } = await this.deliverCopy(delivery, body, { copy: 0, kind: 'ORIGINAL' }, plan);
    const copies = [original];
    let copy = 1;
    for (let duplicate = 1; original.delivered && duplicate <= plan.duplicates; duplicate += 1, copy += 1) {
      copies.push((await this.deliverCopy(delivery, body, { copy, kind: 'DUPLICATE' }, NO_DELIVERY_FAULTS)).report);
    }
    for (let replay = 1; deliveredHeaders !== null && replay <= plan.replays; replay += 1, copy += 1) {
      if (this.shutdown.signal.aborted) break;
      const attempt = await this.post(delivery.url, body, deliveredHeaders, 1);
      const signature = original.attempts.at(-1)?.signature;
      copies.push({
        copy,
        kind: 'REPLAY',
        delivered: attempt.outcome === 'DELIVERED',
        attempts: [signature === undefined ? attempt : { ...attempt, signature }],
      });
    }
    return finish({ url: delivery.url, reordered, lost: false, copies });
  }

  private async deliverCopy(
    delivery: CallbackDelivery,
    body: string,
    identity: Pick<CopyReport, 'copy' | 'kind'>,
    plan: Pick<DeliveryPlan, 'dropFirst' | 'wrongSignatureFirst' | 'staleTimestampFirst'>,
  ): Promise<{ report: CopyReport; deliveredHeaders: Record<string, string> | null }> {
    const attempts: DeliveryAttempt[] = [];
    for (let attempt = 1; attempt <= this.policy.maxAttempts; attempt += 1) {
      if (attempt > 1 && !(await this.pause(backoffDelayMs(attempt - 1, this.policy)))) break;
      if (this.shutdown.signal.aborted) break;
      if (attempt <= plan.dropFirst) {
        attempts.push(this.dropped(attempt));
        continue;
      }
      const variant = signatureVariant(attempt, plan);
      const headers = { ...delivery.headers, ...delivery.sign?.(body, variant) };
      const result = await this.post(delivery.url, body, headers, attempt);
      attempts.push(delivery.sign === undefined ? result : { ...result, signature: variant });
      if (result.outcome === 'DELIVERED') return { report: { ...identity, delivered: true, attempts }, deliveredHeaders: headers };
    }
    return { report: { ...identity, delivered: false, attempts }, deliveredHeaders: null };
  }

  /** False when shutdown interrupted the wait. */
  private async pause(ms: number): Promise<boolean> {
    try {
      await this.sleep(ms, this.shutdown.signal);
      return true;
    } catch (error) {
      if (this.shutdown.signal.aborted) return false;
      throw error;
    }
  }

  private dropped(attempt: number): DeliveryAttempt {
    return { attempt, at: this.now().toISOString(), outcome: 'DROPPED', error: 'simulated network drop' };
  }

  private async post(url: string, body: string, headers: Readonly<Record<string, string>>, attempt: number): Promise<DeliveryAttempt> {
    const at = this.now().toISOString();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.policy.attemptTimeoutMs)]),
      });
      await response.arrayBuffer();
      const outcome = response.ok ? 'DELIVERED' : 'REJECTED';
      return { attempt, at, outcome, statusCode: response.status };
    } catch (error) {
      return { attempt, at, outcome: 'NETWORK_ERROR', error: describeError(error) };
    }
  }

  private log(report: DeliveryReport): void {
    const summary = {
      url: report.url,
      reordered: report.reordered,
      lost: report.lost,
      copies: report.copies.map(({ copy, kind, delivered, attempts }) => ({ copy, kind, delivered, attempts: attempts.length })),
    };
    // Replays are meant to be refused; whether they were says nothing about the delivery.
    const allDelivered = !report.lost && report.copies.every((copy) => copy.kind === 'REPLAY' || copy.delivered);
    if (allDelivered) this.logger?.info(summary, 'callback delivered');
    else this.logger?.warn(summary, 'callback not delivered');
  }
}

/** The signing faults take the first attempts of a copy: wrong signatures first, then stale timestamps. */
function signatureVariant(attempt: number, plan: Pick<DeliveryPlan, 'wrongSignatureFirst' | 'staleTimestampFirst'>): SignatureVariant {
  if (attempt <= plan.wrongSignatureFirst) return 'WRONG_SIGNATURE';
  if (attempt <= plan.wrongSignatureFirst + plan.staleTimestampFirst) return 'STALE_TIMESTAMP';
  return 'GENUINE';
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
