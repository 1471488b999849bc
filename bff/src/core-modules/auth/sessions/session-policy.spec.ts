import { IDLE_TIMEOUT_MS, isIdle, lastSeenIsStale, LAST_SEEN_WRITE_INTERVAL_MS } from './session-policy';

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe('session policy', () => {
  it('calls a session idle only after more than 30 minutes without a request', () => {
    expect(IDLE_TIMEOUT_MS).toBe(30 * 60_000);
    expect(isIdle(at(0), at(IDLE_TIMEOUT_MS))).toBe(false);
    expect(isIdle(at(0), at(IDLE_TIMEOUT_MS + 1))).toBe(true);
  });

  it('writes lastSeenAt again once a minute has passed', () => {
    expect(lastSeenIsStale(at(0), at(LAST_SEEN_WRITE_INTERVAL_MS - 1))).toBe(false);
    expect(lastSeenIsStale(at(0), at(LAST_SEEN_WRITE_INTERVAL_MS))).toBe(true);
  });
});
