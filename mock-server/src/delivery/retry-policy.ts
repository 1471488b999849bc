export interface RetryPolicy {
  /** Attempts per copy, the first included. */
  maxAttempts: number;
  /** Wait before the first retry; doubles with every further retry. */
  baseDelayMs: number;
  /** Upper bound of any single wait. */
  maxDelayMs: number;
  /** An attempt that has not answered by then counts as a network failure. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  attemptTimeoutMs: 5_000,
});

/** Wait before retry number `retry` (1 for the first retry): base · 2^(retry−1), capped. */
export function backoffDelayMs(retry: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, retry - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}
