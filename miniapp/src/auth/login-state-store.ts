import type { KeyValueStorage } from './token-store'

const PENDING_KEY = 'rongtong.unifiedLogin'
/** A unified login left unfinished longer than this is not accepted any more. */
export const PENDING_LOGIN_TTL_MS = 10 * 60_000

/**
 * The `state` of the unified login this app started. The callback only completes a login whose state
 * matches, so a link carrying someone else's code and state cannot sign this user in as them.
 */
export class LoginStateStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = Date.now,
  ) {}

  remember(state: string): void {
    this.storage.set(PENDING_KEY, JSON.stringify({ state, startedAt: this.now() }))
  }

  /** True when `state` is the one this app started recently; the pending login is used up either way. */
  consume(state: string): boolean {
    const raw = this.storage.get(PENDING_KEY)
    this.storage.remove(PENDING_KEY)
    if (typeof raw !== 'string' || raw === '') return false
    try {
      const pending = JSON.parse(raw) as { state?: unknown; startedAt?: unknown }
      const fresh = typeof pending.startedAt === 'number' && this.now() - pending.startedAt <= PENDING_LOGIN_TTL_MS
      return fresh && pending.state === state
    } catch {
      return false
    }
  }
}
