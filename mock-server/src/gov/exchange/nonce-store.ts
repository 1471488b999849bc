import { GOV_EXCHANGE_NONCE_WINDOW_MS } from '@rongtong/shared';

/**
 * The nonces each app key used within the window. Entries are kept in arrival order, so the expired ones are
 * always at the front and are dropped as new ones arrive: memory holds at most the window's traffic.
 */
export class NonceStore {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly nowMs: () => number,
    private readonly windowMs: number = GOV_EXCHANGE_NONCE_WINDOW_MS,
  ) {}

  /** Records the nonce; false when the app key already used it within the window. */
  use(appKey: string, nonce: string): boolean {
    const now = this.nowMs();
    this.expire(now);
    const key = `${appKey}\n${nonce}`;
    const expiresAt = this.seen.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    // Re-inserted at the end, so arrival order (and cheap expiry from the front) holds.
    this.seen.delete(key);
    this.seen.set(key, now + this.windowMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > now) return;
      this.seen.delete(key);
    }
  }
}
