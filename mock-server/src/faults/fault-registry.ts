import type { RandomSource } from '../random';
import { DEFAULT_FAULT_STATUS, routeMatches, type FaultRule } from './fault-rule';

/** What to do to one request: wait `delayMs`, then answer `errorStatus` unless it is null. */
export interface FaultDecision {
  delayMs: number;
  errorStatus: number | null;
}

interface ActiveRule {
  rule: FaultRule;
  /** Requests left before the rule expires; null when it never does. */
  remaining: number | null;
}

/**
 * The fault rules in force. The first rule whose route matches decides; a rule
 * with `times` is consumed by every matching request and removed when spent.
 */
export class FaultRegistry {
  private active: ActiveRule[] = [];

  constructor(
    private readonly random: RandomSource,
    rules: readonly FaultRule[] = [],
  ) {
    this.replace(rules);
  }

  replace(rules: readonly FaultRule[]): void {
    this.active = rules.map((rule) => ({ rule: { ...rule }, remaining: rule.times ?? null }));
  }

  clear(): number {
    const cleared = this.active.length;
    this.active = [];
    return cleared;
  }

  /** The rules as they stand now; `times` shows what is left of each. */
  list(): FaultRule[] {
    return this.active.map(({ rule, remaining }) =>
      remaining === null ? { ...rule } : { ...rule, times: remaining },
    );
  }

  get count(): number {
    return this.active.length;
  }

  decide(path: string): FaultDecision | null {
    const entry = this.active.find(({ rule }) => routeMatches(rule.route, path));
    if (entry === undefined) return null;
    this.consume(entry);
    return { delayMs: this.delayFor(entry.rule), errorStatus: this.errorFor(entry.rule) };
  }

  private consume(entry: ActiveRule): void {
    if (entry.remaining === null) return;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.active = this.active.filter((candidate) => candidate !== entry);
  }

  private delayFor(rule: FaultRule): number {
    const jitter = rule.latencyJitterMs ?? 0;
    const extra = jitter > 0 ? Math.floor(this.random() * (jitter + 1)) : 0;
    return (rule.latencyMs ?? 0) + extra;
  }

  private errorFor(rule: FaultRule): number | null {
    const rate = rule.errorRate ?? 0;
    if (rate <= 0) return null;
    return this.random() < rate ? (rule.errorStatus ?? DEFAULT_FAULT_STATUS) : null;
  }
}
