/**
 * A circuit breaker per source (DESIGN §9: "timeouts and circuit breakers on every outbound call"). Written here
 * rather than taken from `opossum`: opossum 10 (the maintained line) requires Node 22 or later and we run on Node 20,
 * and its own timeout, fallback and event machinery would duplicate what the connector already does; this one takes
 * the clock it is given, so tests move time instead of waiting.
 *
 * CLOSED: calls pass; the outcomes of the last `windowSize` calls are kept, and once at least `minimumCalls` are
 * known with a failure ratio of `failureRatio` or more it OPENs. OPEN: calls are refused at once for `openMs`.
 * HALF_OPEN (after that): one trial call passes; its success closes the breaker with a fresh window, its failure
 * opens it again for another `openMs`.
 */
export interface CircuitBreakerSettings {
  windowSize: number;
  minimumCalls: number;
  failureRatio: number;
  openMs: number;
}

export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export const DEFAULT_BREAKER_SETTINGS: CircuitBreakerSettings = { windowSize: 10, minimumCalls: 5, failureRatio: 0.5, openMs: 30_000 };

export class CircuitBreaker {
  private outcomes: boolean[] = [];
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly settings: CircuitBreakerSettings,
    private readonly nowMs: () => number,
  ) {
    if (settings.minimumCalls < 1 || settings.minimumCalls > settings.windowSize) throw new RangeError('minimumCalls must be 1..windowSize');
    if (!(settings.failureRatio > 0 && settings.failureRatio <= 1)) throw new RangeError('failureRatio must be in (0, 1]');
  }

  get state(): CircuitState {
    if (this.openedAt === null) return 'CLOSED';
    return this.nowMs() - this.openedAt >= this.settings.openMs ? 'HALF_OPEN' : 'OPEN';
  }

  /** Whether a call may go out now; in HALF_OPEN only the one trial call may. Each permitted call must report back. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'CLOSED') return true;
    if (state === 'OPEN' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess(): void {
    if (this.openedAt !== null) {
      if (!this.trialInFlight) return;
      this.openedAt = null;
      this.trialInFlight = false;
      this.outcomes = [];
      return;
    }
    this.remember(true);
  }

  onFailure(): void {
    if (this.openedAt !== null) {
      if (!this.trialInFlight) return;
      this.trialInFlight = false;
      this.openedAt = this.nowMs();
      return;
    }
    this.remember(false);
    const failures = this.outcomes.filter((ok) => !ok).length;
    if (this.outcomes.length >= this.settings.minimumCalls && failures / this.outcomes.length >= this.settings.failureRatio) {
      this.openedAt = this.nowMs();
      this.outcomes = [];
    }
  }

  private remember(ok: boolean): void {
    this.outcomes.push(ok);
    if (this.outcomes.length > this.settings.windowSize) this.outcomes.shift();
  }
}
