import { ErrorCode } from '@rongtong/shared';
import type { AuthUser } from '../../auth/auth-user';
import type { StreamSubscriber } from '../live-stream';

/**
 * Close codes of the subscription socket (graphql-ws's own where it has one). The reason is a short Chinese
 * sentence for the user (at most 123 bytes, the WebSocket limit).
 */
export const CloseCode = {
  /** No, a malformed, unknown or expired access token: the app signs in (or refreshes) and connects again. */
  UNAUTHENTICATED: 4401,
  /** The session ended (logout, revoked, idle, account disabled): only signing in again helps. */
  SESSION_ENDED: 4403,
  /** Too many sockets for this user. */
  TOO_MANY_CONNECTIONS: 4429,
  /** A client breaking the rules of the protocol: too many messages. */
  POLICY_VIOLATION: 1008,
  /** The subscriber fell too far behind (or the instance is busy): connect again and resume by replay. */
  TRY_AGAIN_LATER: 1013,
  /** The session could not be looked at (database away): connect again later. */
  INTERNAL_ERROR: 1011,
  GOING_AWAY: 1001,
} as const;

export const CLOSE_REASONS = {
  noToken: '请先登录',
  badToken: '登录凭证无效或已过期，请重新登录',
  sessionEnded: '登录已结束，请重新登录',
  tooManyConnections: '同时打开的实时连接过多',
  tooManyMessages: '消息过于频繁',
  tooFarBehind: '消息积压过多，请重新连接',
  unavailable: '服务暂不可用，请稍后重新连接',
  shuttingDown: '服务正在重启，请稍后重新连接',
} as const;

/** What the connection needs of the auth wing (SessionsService.inspect). */
export interface SessionInspector {
  inspect(accessToken: string): Promise<{ user: AuthUser; accessTokenExpiresAt: Date }>;
}

/** A refusal of the session by the inspector: which close code and reason it means, or null when it is no refusal. */
export function closeForSessionError(error: unknown): { code: number; reason: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === ErrorCode.UNAUTHENTICATED) return { code: CloseCode.UNAUTHENTICATED, reason: CLOSE_REASONS.badToken };
  if (code === ErrorCode.SESSION_EXPIRED) return { code: CloseCode.SESSION_ENDED, reason: CLOSE_REASONS.sessionEnded };
  return null;
}

export interface LiveConnectionOptions {
  id: string;
  ip: string;
  token: string;
  user: AuthUser;
  accessTokenExpiresAt: Date;
  inspector: SessionInspector;
  close(code: number, reason: string): void;
  now(): number;
  recheckEveryMs: number;
  onInspectFailure(error: unknown): void;
}

/**
 * One authenticated subscription socket: the caller it was opened for and their session, looked at again before
 * every event goes out (`recheck`, shared by the events that arrive together), every `recheckEveryMs`, and never past
 * the access token's expiry — the socket is closed then (4401) and the app connects again with its next token.
 */
export class LiveConnection implements StreamSubscriber {
  private current: AuthUser;
  private inFlight: Promise<AuthUser | null> | null = null;
  private closed = false;
  private readonly timers: NodeJS.Timeout[] = [];
  /** Subscriptions running on the socket (the limit per connection). */
  active = 0;

  constructor(private readonly options: LiveConnectionOptions) {
    this.current = options.user;
    const untilExpiry = Math.max(0, options.accessTokenExpiresAt.getTime() - options.now());
    // setTimeout holds 32-bit milliseconds; access tokens live 15 minutes.
    this.timers.push(setTimeout(() => this.close(CloseCode.UNAUTHENTICATED, CLOSE_REASONS.badToken), Math.min(untilExpiry, 2 ** 31 - 1)));
    const periodic = setInterval(() => void this.recheck(), options.recheckEveryMs);
    this.timers.push(periodic);
    for (const timer of this.timers) timer.unref();
  }

  get id(): string {
    return this.options.id;
  }

  get ip(): string {
    return this.options.ip;
  }

  /** The access token the socket was opened with (the subscription's resolvers run behind the guard with it). */
  get token(): string {
    return this.options.token;
  }

  get identity(): AuthUser {
    return this.current;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The session as it is now: the caller, or null once it ended (the socket is closed with the reason). */
  recheck(): Promise<AuthUser | null> {
    if (this.closed) return Promise.resolve(null);
    this.inFlight ??= this.inspect().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  overflowed(): void {
    this.close(CloseCode.TRY_AGAIN_LATER, CLOSE_REASONS.tooFarBehind);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    this.options.close(code, reason);
  }

  /** Stops the timers (the socket closed on its own). */
  dispose(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
  }

  private async inspect(): Promise<AuthUser | null> {
    try {
      const { user } = await this.options.inspector.inspect(this.options.token);
      if (this.closed) return null;
      this.current = user;
      return user;
    } catch (error) {
      const refusal = closeForSessionError(error);
      if (refusal) {
        this.close(refusal.code, refusal.reason);
      } else {
        // Fail closed: without a verdict nothing is delivered; the client reconnects and resumes by replay.
        this.options.onInspectFailure(error);
        this.close(CloseCode.INTERNAL_ERROR, CLOSE_REASONS.unavailable);
      }
      return null;
    }
  }
}
