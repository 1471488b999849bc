import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryFaultRegistry, DeliveryPlan } from '../faults/delivery-faults';
import { sleep as realSleep, type Sleep } from '../sleep';
import type { CallbackDelivery, CopyReport, DeliveryAttempt, DeliveryReport } from './delivery-report';
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
    const original = await this.deliverCopy(delivery, body, 0, plan.dropFirst);
    const copies = [original];
    for (let copy = 1; original.delivered && copy <= plan.duplicates; copy += 1) {
      copies.push(await this.deliverCopy(delivery, body, copy, 0));
    }
    const report: DeliveryReport = { url: delivery.url, reordered, copies };
    this.log(report);
    return report;
  }

  private async deliverCopy(delivery: CallbackDelivery, body: string, copy: number, dropFirst: number): Promise<CopyReport> {
    const attempts: DeliveryAttempt[] = [];
    for (let attempt = 1; attempt <= this.policy.maxAttempts; attempt += 1) {
      if (attempt > 1 && !(await this.pause(backoffDelayMs(attempt - 1, this.policy)))) break;
      if (this.shutdown.signal.aborted) break;
      const result = attempt <= dropFirst ? this.dropped(attempt) : await this.post(delivery, body, attempt);
      attempts.push(result);
      if (result.outcome === 'DELIVERED') return { copy, delivered: true, attempts };
    }
    return { copy, delivered: false, attempts };
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

  private async post(delivery: CallbackDelivery, body: string, attempt: number): Promise<DeliveryAttempt> {
    const at = this.now().toISOString();
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...delivery.headers },
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
      copies: report.copies.map(({ copy, delivered, attempts }) => ({ copy, delivered, attempts: attempts.length })),
    };
    const allDelivered = report.copies.every((copy) => copy.delivered);
    if (allDelivered) this.logger?.info(summary, 'callback delivered');
    else this.logger?.warn(summary, 'callback not delivered');
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
