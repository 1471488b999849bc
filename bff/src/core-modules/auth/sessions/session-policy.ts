const MINUTE_MS = 60_000;

/** Access tokens are short: a stolen one is useful for minutes, and refreshing re-checks the session. */
export const ACCESS_TOKEN_TTL_MS = 15 * MINUTE_MS;
export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 60 * MINUTE_MS;
/** DESIGN §9: 30 minutes without a request ends the session. */
export const IDLE_TIMEOUT_MS = 30 * MINUTE_MS;
/** lastSeenAt is written at most this often, so busy sessions do not write on every request. */
export const LAST_SEEN_WRITE_INTERVAL_MS = MINUTE_MS;

/** CODE_REPLAY: the authorization code that produced the session was presented again (RFC 6749 §4.1.2). */
export type RevokeReason = 'LOGOUT' | 'IDLE_TIMEOUT' | 'REFRESH_EXPIRED' | 'TOKEN_REUSE' | 'CODE_REPLAY';

export function isIdle(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
}

export function lastSeenIsStale(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_WRITE_INTERVAL_MS;
}

export function after(now: Date, ms: number): Date {
  return new Date(now.getTime() + ms);
}
