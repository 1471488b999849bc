import { ERROR_MESSAGES, ErrorCode, type Role } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import type { AuthPayloadFieldsFragment, SessionUserFieldsFragment } from '@/gql/graphql'
import { accessTokenNeedsRefresh, refreshTokenExpired, tokensFromPayload, type SessionTokens } from './session-tokens'
import type { TokenStore } from './token-store'

export type SessionUser = SessionUserFieldsFragment

/**
 * `anonymous`: no session. `restoring`: tokens from an earlier launch, the user not loaded yet (or
 * loading failed: `loadError`). `authenticated`: tokens and the user.
 */
export type SessionStatus = 'anonymous' | 'restoring' | 'authenticated'

export interface SessionState {
  status: SessionStatus
  me: SessionUser | null
  /** Why the user was signed out, shown on the login screens (登录已过期，请重新登录). */
  notice: string | null
  /** Loading the user of a restored session failed for a reason other than the session itself. */
  loadError: ApiError | null
  /**
   * What the last login had to tell the user (an enterprise authorisation the identity platform withdrew). Only
   * the login's answer carries it: kept in memory until dismissed, so 我的 shows it once.
   */
  loginNotices: string[]
}

/** The server calls the session needs; `fetchMe` and `logout` go through the authenticated client. */
export interface SessionApi {
  refresh(refreshToken: string): Promise<AuthPayloadFieldsFragment>
  fetchMe(): Promise<SessionUser>
  logout(): Promise<unknown>
}

export interface SessionManagerOptions {
  store: TokenStore
  api: SessionApi
  now?: () => number
  /** Called when an active session ends on its own; `role` says which login screen fits. */
  onExpired?: (role: Role | null) => void
}

/** A refresh token the server rejected; a network failure is not one (the session is kept). */
const SESSION_ENDING_CODES: readonly ErrorCode[] = [
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.SESSION_EXPIRED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
]

export const SESSION_EXPIRED_MESSAGE = ERROR_MESSAGES[ErrorCode.SESSION_EXPIRED]

const ANONYMOUS: SessionState = { status: 'anonymous', me: null, notice: null, loadError: null, loginNotices: [] }

/**
 * Owns the session: its tokens (kept in storage), the signed-in user, and refreshing. Refreshes are
 * single-flight: however many requests find the access token expired, one `refreshSession` runs and
 * they all wait for it — a second call would present an already-used refresh token, which the server
 * treats as theft and answers by revoking the whole session family.
 */
export class SessionManager {
  private tokens: SessionTokens | null = null
  private current: SessionState = ANONYMOUS
  private refreshing: Promise<string | null> | null = null
  /** While the user logs out, a session found expired on the way is not reported as an expiry. */
  private loggingOut = false
  /** Bumped on every sign-in and sign-out, so a late answer for an older session changes nothing. */
  private generation = 0
  private readonly listeners = new Set<(state: SessionState) => void>()
  private readonly tokenListeners = new Set<() => void>()
  /** The access token the token listeners heard of last. */
  private announcedToken: string | null = null
  private readonly now: () => number

  constructor(private readonly options: SessionManagerOptions) {
    this.now = options.now ?? Date.now
  }

  get state(): SessionState {
    return this.current
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /**
   * The access token while it has not expired, without refreshing it: the live connection (api/live-updates.ts)
   * uses it as it is, so an app left open does not keep its session alive past the idle timeout.
   */
  currentAccessToken(): string | null {
    const tokens = this.tokens
    return tokens && tokens.accessTokenExpiresAt > this.now() ? tokens.accessToken : null
  }

  /** Called whenever the access token changes: a login, a refresh, a logout or an expiry. */
  onTokenChange(listener: () => void): () => void {
    this.tokenListeners.add(listener)
    return () => {
      this.tokenListeners.delete(listener)
    }
  }

  /** Picks up the session of an earlier launch, if there is one that can still be refreshed. */
  async restore(): Promise<void> {
    const stored = this.options.store.load()
    if (!stored) return
    if (refreshTokenExpired(stored, this.now())) {
      this.options.store.clear()
      return
    }
    this.tokens = stored
    this.announceToken()
    this.generation += 1
    this.setState({ status: 'restoring', me: null, notice: null, loadError: null, loginNotices: [] })
    await this.reloadMe()
  }

  /** Loads the signed-in user again (after a failed restore, or when the server may know more). */
  async reloadMe(): Promise<void> {
    if (!this.tokens) return
    const generation = this.generation
    try {
      const me = await this.options.api.fetchMe()
      if (generation !== this.generation || !this.tokens) return
      this.setMe(me)
    } catch (cause) {
      if (generation !== this.generation || !this.tokens) return
      const loadError = cause instanceof ApiError ? cause : new ApiError({ code: ErrorCode.INTERNAL_SERVER_ERROR })
      this.setState({ ...this.current, loadError })
    }
  }

  signIn(payload: AuthPayloadFieldsFragment): void {
    this.generation += 1
    this.refreshing = null
    this.saveTokens(tokensFromPayload(payload))
    this.setState({ status: 'authenticated', me: payload.me, notice: null, loadError: null, loginNotices: [...payload.notices] })
  }

  /** The user changed on the server (e.g. another active enterprise). */
  setMe(me: SessionUser): void {
    if (!this.tokens) return
    if (this.tokens.role !== me.role) this.saveTokens({ ...this.tokens, role: me.role })
    this.setState({ status: 'authenticated', me, notice: null, loadError: null, loginNotices: this.current.loginNotices })
  }

  /** The access token for the next request, refreshed first when it is about to expire; null without a session. */
  async accessTokenForRequest(): Promise<string | null> {
    const tokens = this.tokens
    if (!tokens) return null
    if (refreshTokenExpired(tokens, this.now())) {
      this.expire()
      return null
    }
    if (accessTokenNeedsRefresh(tokens, this.now())) return this.refresh()
    return tokens.accessToken
  }

  /**
   * The server rejected `rejectedToken`. When another request has already replaced it, that newer token is
   * the answer; otherwise one refresh. Null when the session is over.
   */
  async renewAfterRejection(rejectedToken: string): Promise<string | null> {
    const tokens = this.tokens
    if (!tokens) return null
    if (tokens.accessToken !== rejectedToken) return tokens.accessToken
    return this.refresh()
  }

  /** One refresh at a time; concurrent callers share it. Resolves with the new access token, or null when the session ended. */
  refresh(): Promise<string | null> {
    if (this.refreshing) return this.refreshing
    const running = this.runRefresh().finally(() => {
      if (this.refreshing === running) this.refreshing = null
    })
    this.refreshing = running
    return running
  }

  /** Ends the session because the server says it is over; an active user is sent to log in again. */
  expire(): void {
    if (!this.tokens) return
    const wasActive = this.current.status === 'authenticated'
    const role = this.tokens.role
    if (this.loggingOut) {
      this.clear({ notice: null })
      return
    }
    this.clear({ notice: SESSION_EXPIRED_MESSAGE })
    if (wasActive) this.options.onExpired?.(role)
  }

  /** Revokes the session on the server when it can be reached, and always forgets it here. */
  async logout(): Promise<void> {
    if (!this.tokens) return
    this.loggingOut = true
    try {
      await this.options.api.logout()
    } catch {
      // Already expired or unreachable: the server ends the session at its idle timeout either way.
    } finally {
      this.loggingOut = false
    }
    this.clear({ notice: null })
  }

  dismissNotice(): void {
    if (this.current.notice !== null) this.setState({ ...this.current, notice: null })
  }

  /** The user has read what their login had to tell them: it is not shown again. */
  dismissLoginNotices(): void {
    if (this.current.loginNotices.length > 0) this.setState({ ...this.current, loginNotices: [] })
  }

  private async runRefresh(): Promise<string | null> {
    const tokens = this.tokens
    if (!tokens) return null
    if (refreshTokenExpired(tokens, this.now())) {
      this.expire()
      return null
    }
    const newer = this.newerTokensInStorage(tokens)
    if (newer) {
      this.tokens = newer
      this.announceToken()
      return newer.accessToken
    }
    const generation = this.generation
    try {
      const payload = await this.options.api.refresh(tokens.refreshToken)
      if (generation !== this.generation) return this.tokens?.accessToken ?? null
      this.saveTokens(tokensFromPayload(payload))
      // A refresh is no login: its answer carries no notices, and those of the login stay until dismissed.
      this.setState({ status: 'authenticated', me: payload.me, notice: null, loadError: null, loginNotices: this.current.loginNotices })
      return payload.accessToken
    } catch (cause) {
      if (generation !== this.generation) return this.tokens?.accessToken ?? null
      if (cause instanceof ApiError && SESSION_ENDING_CODES.includes(cause.code)) {
        this.expire()
        return null
      }
      throw cause
    }
  }

  /** Another tab of the H5 app may have refreshed already; its tokens are the current ones. */
  private newerTokensInStorage(tokens: SessionTokens): SessionTokens | null {
    const stored = this.options.store.load()
    if (!stored || stored.refreshToken === tokens.refreshToken) return null
    if (accessTokenNeedsRefresh(stored, this.now())) return null
    return stored
  }

  private saveTokens(tokens: SessionTokens): void {
    this.tokens = tokens
    this.options.store.save(tokens)
    this.announceToken()
  }

  private announceToken(): void {
    const token = this.tokens?.accessToken ?? null
    if (token === this.announcedToken) return
    this.announcedToken = token
    for (const listener of [...this.tokenListeners]) listener()
  }

  private clear({ notice }: { notice: string | null }): void {
    this.generation += 1
    this.tokens = null
    this.refreshing = null
    this.options.store.clear()
    this.announceToken()
    this.setState({ ...ANONYMOUS, notice })
  }

  private setState(next: SessionState): void {
    this.current = next
    for (const listener of [...this.listeners]) listener(next)
  }
}
