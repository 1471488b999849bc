import { setTimeout as wait } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';

/** Waits `ms` milliseconds; rejects with an AbortError when `signal` aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Timers may fire a fraction of a millisecond early (libuv caches the loop time),
 * so this keeps waiting until at least `ms` have really passed: a configured
 * latency is a lower bound the client can rely on.
 */
export const sleep: Sleep = async (ms, signal) => {
  const end = performance.now() + ms;
  let remaining = ms;
  while (remaining > 0) {
    await wait(Math.ceil(remaining), undefined, { signal });
    remaining = end - performance.now();
  }
};
