import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'

/**
 * What the live connection needs of the session: the access token as it is — never refreshed for the connection's
 * sake, so an open app nobody uses does not keep its session alive past the idle timeout — and word when it changes
 * (a login, a refresh the user's own requests caused, a logout).
 */
export interface LiveTokenSource {
  /** The access token while it has not expired; null without a session or once it has. */
  currentAccessToken(): string | null
  onTokenChange(listener: () => void): () => void
}

/** An operation as the socket sends it: its text, or in production builds only the hash the BFF's safelist holds. */
export interface LiveOperation {
  query: string
  operationName?: string
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } }
}

export interface LiveSink<T> {
  next(value: T): void
  error(error: unknown): void
}

/** One graphql-ws socket, authenticated with the token it was opened with. */
export interface LiveSocket {
  subscribe<T>(operation: LiveOperation, variables: Record<string, unknown> | undefined, sink: LiveSink<T>): () => void
  close(): void
}

export interface LiveSocketHandlers {
  /** connection_ack: the server took the token; its payload carries the resume cursor. */
  acknowledged(payload: Record<string, unknown> | undefined): void
  /** The socket closed, with the WebSocket close code (4401, 4403: the token or session; 1006: the network …). */
  closed(code: number, reason: string): void
}

/** Opens a socket; absent where the host has no WebSocket (mini-program builds), which then poll. */
export type OpenLiveSocket = (accessToken: string, handlers: LiveSocketHandlers) => Promise<LiveSocket>

export interface ReceivedMessage {
  eventId: string
  message: { id: string; kind: string; title: string; body: string; link?: string | null; readAt?: string | null; createdAt: string }
}

/** `socket`: live over graphql-ws; `polling`: the unread count every POLL_INTERVAL_MS; `off`: no session, or a token the server refused. */
export type LiveMode = 'off' | 'connecting' | 'socket' | 'polling'

export interface LiveState {
  mode: LiveMode
  /** Unread messages of the signed-in user; null until known. */
  unreadCount: number | null
}

export interface LiveOperations {
  unreadCount: LiveOperation
  messageReceived: LiveOperation
}

export interface LiveUpdatesOptions {
  tokens: LiveTokenSource
  open: OpenLiveSocket | null
  operations: LiveOperations
  /** The unread count over HTTP with this token (no refresh): the fallback where the socket is missing or failing. */
  pollUnreadCount(accessToken: string): Promise<number>
  setTimer?: (work: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  random?: () => number
}

/** How often the fallback asks for the unread count. */
export const POLL_INTERVAL_MS = 30_000
/** Waits before reconnecting after the socket failed, one after the other; the last repeats. */
export const RECONNECT_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000]
/** After the server said too many sockets (4429). */
export const CROWDED_DELAY_MS = 60_000
/** Message ids remembered to drop the ones delivered twice (at least once, and again on resume). */
const SEEN_CAPACITY = 500

const CLOSE_UNAUTHENTICATED = 4401
const CLOSE_SESSION_ENDED = 4403
const CLOSE_TOO_MANY = 4429

/** The delay before reconnect attempt `attempt` (0-based), with up to 20 % jitter so clients do not return in step. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 30_000
  return Math.round(base * (1 + 0.2 * random()))
}

/**
 * The app's live updates: the unread count (the 消息 tab's badge) and new messages, over one graphql-ws socket where
 * the host has WebSocket (H5), else — or while the socket is down — by asking for the count every 30 s.
 *
 * - The socket is opened with the session's current access token and opened again with the next one whenever it
 *   changes. It never refreshes the token itself: refused (4401) or ended (4403), it stays off until the session's
 *   token changes — a request of the user's refreshes it, or they log in again.
 * - Any other close (network, the BFF restarting, a slow subscriber cut off) reconnects with back-off (1 s doubling to
 *   30 s, with jitter) and polls meanwhile.
 * - New messages are resumed after the last one received (or the cursor of the first connection_ack): what arrived
 *   while the socket was down comes on reconnecting, and each message id is passed on once.
 */
export class LiveUpdates {
  private current: LiveState = { mode: 'off', unreadCount: null }
  private readonly stateListeners = new Set<(state: LiveState) => void>()
  private readonly messageListeners = new Set<(message: ReceivedMessage) => void>()
  private token: string | null = null
  /** A token the server refused: not offered again. */
  private refusedToken: string | null = null
  private socket: LiveSocket | null = null
  private unsubscribes: Array<() => void> = []
  /** Bumped whenever the connection is torn down, so late callbacks of an old socket change nothing. */
  private generation = 0
  private attempts = 0
  private reconnectTimer: unknown = null
  private pollTimer: unknown = null
  private cursor: string | null = null
  private readonly seen = new Set<string>()
  private stopListening: (() => void) | null = null
  private readonly setTimer: (work: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void

  constructor(private readonly options: LiveUpdatesOptions) {
    this.setTimer = options.setTimer ?? ((work, ms) => setTimeout(work, ms))
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  }

  get state(): LiveState {
    return this.current
  }

  /** Follows the session from now on. */
  start(): void {
    if (this.stopListening) return
    this.stopListening = this.options.tokens.onTokenChange(() => this.follow())
    this.follow()
  }

  stop(): void {
    this.stopListening?.()
    this.stopListening = null
    this.teardown()
    this.token = null
    this.setState({ mode: 'off', unreadCount: null })
  }

  onState(listener: (state: LiveState) => void): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  onMessage(listener: (message: ReceivedMessage) => void): () => void {
    this.messageListeners.add(listener)
    return () => this.messageListeners.delete(listener)
  }

  /** The unread count changed here (the user read messages): shown at once, confirmed by the server's next word. */
  setUnreadCount(count: number): void {
    this.setState({ ...this.current, unreadCount: count })
  }

  private follow(): void {
    const token = this.options.tokens.currentAccessToken()
    if (token === this.token) return
    const previous = this.token
    this.token = token
    this.teardown()
    if (token === null) {
      // Signed out (or the token ran out): forget the user's state.
      this.cursor = null
      this.seen.clear()
      this.refusedToken = null
      this.setState({ mode: 'off', unreadCount: null })
      return
    }
    if (previous === null) this.attempts = 0
    if (token === this.refusedToken) return this.setState({ ...this.current, mode: 'off' })
    this.connect()
  }

  private connect(): void {
    const token = this.token
    if (token === null) return
    const open = this.options.open
    if (!open) return this.startPolling()
    const generation = ++this.generation
    this.setState({ ...this.current, mode: this.current.mode === 'polling' ? 'polling' : 'connecting' })
    const handlers: LiveSocketHandlers = {
      acknowledged: (payload) => {
        if (generation !== this.generation) return
        this.attempts = 0
        const cursor = payload?.cursor
        if (this.cursor === null && typeof cursor === 'string') this.cursor = cursor
        this.stopPolling()
        this.setState({ ...this.current, mode: 'socket' })
        this.subscribeAll()
      },
      closed: (code) => {
        if (generation !== this.generation) return
        this.closed(code)
      },
    }
    open(token, handlers).then(
      (socket) => {
        if (generation !== this.generation) return socket.close()
        this.socket = socket
        // Acknowledged before the socket was handed over: subscribe now.
        if (this.current.mode === 'socket' && this.unsubscribes.length === 0) this.subscribeAll()
      },
      () => {
        if (generation === this.generation) this.closed(1006)
      },
    )
  }

  private closed(code: number): void {
    this.dropSocket()
    this.generation += 1
    if (code === CLOSE_UNAUTHENTICATED || code === CLOSE_SESSION_ENDED) {
      // The token (or its session) is over; only the session's next token helps. Nothing to poll with either.
      this.refusedToken = this.token
      this.stopPolling()
      this.setState({ ...this.current, mode: 'off' })
      return
    }
    this.startPolling()
    const delay = code === CLOSE_TOO_MANY ? CROWDED_DELAY_MS : reconnectDelay(this.attempts, this.options.random)
    this.attempts += 1
    this.reconnectTimer = this.setTimer(() => {
      this.reconnectTimer = null
      this.connect()
    }, delay)
  }

  private subscribeAll(): void {
    const socket = this.socket
    // Acknowledged before open() handed the socket over: connect() subscribes once it does.
    if (!socket) return
    const { unreadCount, messageReceived } = this.options.operations
    this.unsubscribes.push(
      socket.subscribe<{ unreadMessageCount: number }>(unreadCount, undefined, {
        next: (data) => this.setState({ ...this.current, unreadCount: data.unreadMessageCount }),
        error: () => undefined,
      }),
      socket.subscribe<{ messageReceived: ReceivedMessage }>(messageReceived, this.cursor ? { after: this.cursor } : undefined, {
        next: (data) => this.received(data.messageReceived),
        error: () => undefined,
      }),
    )
  }

  private received(event: ReceivedMessage): void {
    if (this.seen.has(event.eventId)) return
    this.seen.add(event.eventId)
    if (this.seen.size > SEEN_CAPACITY) this.seen.delete(this.seen.values().next().value as string)
    if (this.cursor === null || event.eventId > this.cursor) this.cursor = event.eventId
    for (const listener of [...this.messageListeners]) listener(event)
  }

  private startPolling(): void {
    if (this.pollTimer !== null || this.token === null) return
    this.setState({ ...this.current, mode: 'polling' })
    const token = this.token
    const poll = async () => {
      try {
        const count = await this.options.pollUnreadCount(token)
        if (this.token === token && this.pollTimer !== null) this.setState({ ...this.current, unreadCount: count })
      } catch (cause) {
        if (cause instanceof ApiError && (cause.code === ErrorCode.UNAUTHENTICATED || cause.code === ErrorCode.SESSION_EXPIRED)) {
          // Polling never refreshes the token either: wait for the session's next one.
          if (this.token === token) {
            this.refusedToken = token
            this.teardown()
            this.setState({ ...this.current, mode: 'off' })
          }
          return
        }
      }
      if (this.token === token && this.pollTimer !== null) this.pollTimer = this.setTimer(() => void poll(), POLL_INTERVAL_MS)
    }
    this.pollTimer = true
    void poll()
  }

  private stopPolling(): void {
    if (this.pollTimer !== null && this.pollTimer !== true) this.clearTimer(this.pollTimer)
    this.pollTimer = null
  }

  private dropSocket(): void {
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe()
    this.socket?.close()
    this.socket = null
  }

  private teardown(): void {
    this.generation += 1
    this.dropSocket()
    this.stopPolling()
    if (this.reconnectTimer !== null) this.clearTimer(this.reconnectTimer)
    this.reconnectTimer = null
  }

  private setState(next: LiveState): void {
    if (next.mode === this.current.mode && next.unreadCount === this.current.unreadCount) return
    this.current = next
    for (const listener of [...this.stateListeners]) listener(next)
  }
}
