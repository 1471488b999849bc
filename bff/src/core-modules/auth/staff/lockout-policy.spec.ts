import {
  ACCOUNT_LOCK_THRESHOLD,
  locksAccount,
  SOURCE_DELAY_STEPS,
  SOURCE_FREE_FAILURES,
  SOURCE_MAX_DELAY_MS,
  sourceDelayMs,
} from './lockout-policy';

describe('lockout policy', () => {
  it('lets the first failures from a source pass without delay, then doubles the wait from 1 s', () => {
    for (let failures = 0; failures <= SOURCE_FREE_FAILURES; failures += 1) expect(sourceDelayMs(failures)).toBe(0);
    expect([4, 5, 6, 7, 8].map(sourceDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it('caps the wait at 15 minutes, reached at the step the SQL schedule ends with', () => {
    expect(sourceDelayMs(SOURCE_DELAY_STEPS - 1)).toBeLessThan(SOURCE_MAX_DELAY_MS);
    expect(sourceDelayMs(SOURCE_DELAY_STEPS)).toBe(SOURCE_MAX_DELAY_MS);
    expect(sourceDelayMs(1000)).toBe(SOURCE_MAX_DELAY_MS);
    expect(SOURCE_MAX_DELAY_MS).toBe(15 * 60 * 1000);
  });

  it('locks the account at every 20th failure across all sources, not in between', () => {
    expect(ACCOUNT_LOCK_THRESHOLD).toBe(20);
    const locking = Array.from({ length: 61 }, (_, index) => index).filter(locksAccount);
    expect(locking).toEqual([20, 40, 60]);
  });

  it('makes one source need hours of failures before it alone can lock an account', () => {
    let waitMs = 0;
    for (let failures = 1; failures < ACCOUNT_LOCK_THRESHOLD; failures += 1) waitMs += sourceDelayMs(failures);
    expect(waitMs).toBeGreaterThan(60 * 60 * 1000);
  });
});
