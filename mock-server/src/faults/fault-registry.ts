import type { RandomSource } from '../random';
import { DEFAULT_FAULT_STATUS, DEFAULT_HANG_MS, routeMatches, type FaultRule } from './fault-rule';

/**
 * What to do to one request: wait `delayMs`, then answer `errorStatus` unless it is null; otherwise hold it
 * unanswered for `hangMs` when set, or let it through with `partial` data when set.
 */
export interface FaultDecision {
  delayMs: number;
  errorStatus: number | null;
  hangMs?: number;
  partial?: PartialDataFault;
}

/** Drop these `data` fields (null: a random non-empty subset, chosen by a generator seeded with `seed`). */
export interface PartialDataFault {
  fields: readonly string[] | null;
  seed: number;
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
    this.active = rules.map((rule) => ({ rule: copyRule(rule), remaining: rule.times ?? null }));
  }

  clear(): number {
    const cleared = this.active.length;
    this.active = [];
    return cleared;
  }

  /** The rules as they stand now; `times` shows what is left of each. */
  list(): FaultRule[] {
    return this.active.map(({ rule, remaining }) =>
      remaining === null ? copyRule(rule) : { ...copyRule(rule), times: remaining },
    );
  }

  get count(): number {
    return this.active.length;
  }

  decide(path: string): FaultDecision | null {
    const entry = this.active.find(({ rule }) => routeMatches(rule.route, path));
    if (entry === undefined) return null;
    this.consume(entry);
    const { rule } = entry;
    const decision: FaultDecision = { delayMs: this.delayFor(rule), errorStatus: this.errorFor(rule) };
    if (decision.errorStatus !== null) return decision;
    if (this.hits(rule.timeoutRate)) {
      decision.hangMs = rule.hangMs ?? DEFAULT_HANG_MS;
    } else if (this.hits(rule.partialRate)) {
      decision.partial = { fields: rule.partialFields ?? null, seed: Math.floor(this.random() * 4_294_967_296) };
    }
    return decision;
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
    return this.hits(rule.errorRate) ? (rule.errorStatus ?? DEFAULT_FAULT_STATUS) : null;
  }

  /** Draws only for a positive rate, so rules without it replay the same sequence as before. */
  private hits(rate: number | undefined): boolean {
    if (rate === undefined || rate <= 0) return false;
    return this.random() < rate;
  }
}

function copyRule(rule: FaultRule): FaultRule {
  return rule.partialFields === undefined ? { ...rule } : { ...rule, partialFields: [...rule.partialFields] };
}
