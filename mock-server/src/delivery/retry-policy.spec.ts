import { backoffDelayMs, DEFAULT_RETRY_POLICY } from './retry-policy';

describe('backoffDelayMs', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles with every retry', () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelayMs(retry, policy))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the cap, however many retries', () => {
    expect(backoffDelayMs(5, policy)).toBe(1_000);
    expect(backoffDelayMs(2_000, policy)).toBe(1_000);
  });
});
