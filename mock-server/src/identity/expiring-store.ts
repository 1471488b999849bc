import { randomToken } from './secrets';

interface Entry<T> {
  value: T;
  expiresAtMs: number;
}

const SWEEP_INTERVAL_MS = 1_000;

/**
 * Values under random, unguessable keys that stop existing when they expire. Expired entries are
 * swept as new ones arrive, so the map never outgrows what is still live.
 */
export class ExpiringStore<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private lastSweepMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly nowMs: () => number) {}

  /** Stores `value` for `ttlMs` (0 stores it already expired) and returns its new key. */
  add(value: T, ttlMs: number): string {
    this.sweep();
    const key = randomToken();
    this.entries.set(key, { value, expiresAtMs: this.nowMs() + ttlMs });
    return key;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.nowMs() >= entry.expiresAtMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Milliseconds left, 0 when expired or absent. */
  remainingMs(key: string): number {
    const entry = this.entries.get(key);
    return entry === undefined ? 0 : Math.max(0, entry.expiresAtMs - this.nowMs());
  }

  /** Returns the value and removes it: a second take finds nothing. */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.entries.delete(key);
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.nowMs();
    if (now - this.lastSweepMs < SWEEP_INTERVAL_MS) return;
    this.lastSweepMs = now;
    for (const [key, entry] of this.entries) {
      if (now >= entry.expiresAtMs) this.entries.delete(key);
    }
  }
}
