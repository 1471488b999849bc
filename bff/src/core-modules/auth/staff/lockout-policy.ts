/**
 * How many wrong passwords and TOTP codes a staff account takes, and from where (DESIGN §9, bff/README "Staff
 * lockout"). Two limits work together:
 * - per (account, source address): the first few failures are free, after that each failure makes that source
 *   wait before its next attempt for this account — 1 s, 2 s, 4 s … up to 15 minutes — so an attacker on one
 *   address mostly delays himself;
 * - per account, across all sources: every 20th failure locks the account for 15 minutes, which bounds the
 *   guesses a distributed attacker gets while a staff member elsewhere can still log in below that number.
 * Failures of both factors count and only a completed login (or a security administrator) resets them.
 */
export const ACCOUNT_LOCK_THRESHOLD = 20;
export const ACCOUNT_LOCK_MS = 15 * 60 * 1000;

/** Failures from one source that cost nothing but the answer. */
export const SOURCE_FREE_FAILURES = 3;
export const SOURCE_FIRST_DELAY_MS = 1000;
export const SOURCE_MAX_DELAY_MS = 15 * 60 * 1000;
/** A source's count is forgotten this long after its last failure (or the end of the delay it caused). */
export const SOURCE_MEMORY_MS = 60 * 60 * 1000;

/** The wait the `failures`-th failure from one source imposes on that source's next attempt (0: none). */
export function sourceDelayMs(failures: number): number {
  if (failures <= SOURCE_FREE_FAILURES) return 0;
  const doublings = failures - SOURCE_FREE_FAILURES - 1;
  // 2^20 s is far beyond the cap; stop doubling before the number gets silly.
  return Math.min(SOURCE_FIRST_DELAY_MS * 2 ** Math.min(doublings, 20), SOURCE_MAX_DELAY_MS);
}

/** Beyond this many failures the delay is always the cap (the last count whose delay differs from the next). */
export const SOURCE_DELAY_STEPS: number = (() => {
  let failures = SOURCE_FREE_FAILURES + 1;
  while (sourceDelayMs(failures) < SOURCE_MAX_DELAY_MS) failures += 1;
  return failures;
})();

/** Whether this (1-based) failure of the account, counted across every source, locks it. */
export function locksAccount(failures: number): boolean {
  return failures > 0 && failures % ACCOUNT_LOCK_THRESHOLD === 0;
}
