import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import { liveOperation, liveUrl } from './live-transport'
import {
  CROWDED_DELAY_MS,
  LiveUpdates,
  POLL_INTERVAL_MS,
  reconnectDelay,
  type LiveSink,
  type LiveSocket,
  type LiveSocketHandlers,
  type LiveState,
  type ReceivedMessage,
} from './live-updates'

/** A clock whose timers run when the test says. */
class FakeTimers {
  now = 0
  private timers: Array<{ at: number; work: () => void; id: number }> = []
  private nextId = 1

  set = (work: () => void, ms: number): number => {
    const id = this.nextId++
    this.timers.push({ at: this.now + ms, work, id })
    return id
  }

  clear = (id: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== id)
  }

  async advance(ms: number): Promise<void> {
    const until = this.now + ms
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      this.now = due.at
      this.clear(due.id)
      due.work()
      await flush()
    }
    this.now = until
  }

  get pending(): number[] {
    return this.timers.map((timer) => timer.at - this.now)
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve()
}

class FakeSocket implements LiveSocket {
  readonly subscriptions: Array<{ query: string; variables?: Record<string, unknown>; sink: LiveSink<unknown>; active: boolean }> = []
  closedByClient = false

  constructor(
    readonly token: string,
    readonly handlers: LiveSocketHandlers,
  ) {}

  subscribe<T>(operation: { query: string }, variables: Record<string, unknown> | undefined, sink: LiveSink<T>): () => void {
    const entry = { query: operation.query, variables, sink: sink as LiveSink<unknown>, active: true }
    this.subscriptions.push(entry)
    return () => {
      entry.active = false
    }
  }

  close(): void {
    this.closedByClient = true
  }

  sub(query: string) {
    const found = this.subscriptions.filter((entry) => entry.query === query && entry.active)
    return found[found.length - 1]
  }
}

function tokens(initial: string | null) {
  let token = initial
  const listeners = new Set<() => void>()
  return {
    source: {
      currentAccessToken: () => token,
      onTokenChange: (listener: () => void) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
    set(next: string | null) {
      token = next
      for (const listener of listeners) listener()
    },
  }
}

const OPERATIONS = { unreadCount: { query: 'UNREAD' }, messageReceived: { query: 'RECEIVED' } }

function message(eventId: string, title = '新消息'): { messageReceived: ReceivedMessage } {
  return { messageReceived: { eventId, message: { id: `m-${eventId}`, kind: 'POLICY_PUSH', title, body: '', createdAt: '2026-12-07T00:00:00.000Z' } } }
}

function setup(options: { initialToken?: string | null; withSocket?: boolean } = {}) {
  const timers = new FakeTimers()
  const session = tokens(options.initialToken === undefined ? 'token-1' : options.initialToken)
  const sockets: FakeSocket[] = []
  const polls: string[] = []
  const pollAnswers: Array<number | ApiError> = []
  const live = new LiveUpdates({
    tokens: session.source,
    open:
      options.withSocket === false
        ? null
        : async (token, handlers) => {
            const socket = new FakeSocket(token, handlers)
            sockets.push(socket)
            return socket
          },
    operations: OPERATIONS,
    pollUnreadCount: async (token) => {
      polls.push(token)
      const answer = pollAnswers.shift() ?? 0
      if (answer instanceof ApiError) throw answer
      return answer
    },
    setTimer: timers.set,
    clearTimer: timers.clear,
    random: () => 0,
  })
  const states: LiveState[] = []
  const received: ReceivedMessage[] = []
  live.onState((state) => states.push(state))
  live.onMessage((event) => received.push(event))
  return { live, timers, session, sockets, polls, pollAnswers, states, received }
}

async function acknowledge(socket: FakeSocket, cursor = '0190a000-0000-7000-8000-000000000000') {
  socket.handlers.acknowledged({ cursor })
  await flush()
}

describe('LiveUpdates', () => {
  it('opens a socket with the current token and follows the unread count and new messages from the ack cursor', async () => {
    const { live, sockets, received } = setup()
    live.start()
    await flush()
    expect(sockets.map((socket) => socket.token)).toEqual(['token-1'])
    expect(live.state.mode).toBe('connecting')
    await acknowledge(sockets[0]!)
    expect(live.state.mode).toBe('socket')
    expect(sockets[0]!.sub('RECEIVED')?.variables).toEqual({ after: '0190a000-0000-7000-8000-000000000000' })
    sockets[0]!.sub('UNREAD')!.sink.next({ unreadMessageCount: 3 })
    expect(live.state.unreadCount).toBe(3)
    sockets[0]!.sub('RECEIVED')!.sink.next(message('0190a000-0001-7000-8000-000000000001', '审批通过'))
    expect(received.map((event) => event.message.title)).toEqual(['审批通过'])
  })

  it('subscribes even when the server acknowledges before the socket is handed over', async () => {
    const session = tokens('token-1')
    let socket: FakeSocket | null = null
    const live = new LiveUpdates({
      tokens: session.source,
      open: async (token, handlers) => {
        socket = new FakeSocket(token, handlers)
        handlers.acknowledged({ cursor: '0190a000-0000-7000-8000-000000000000' })
        return socket
      },
      operations: OPERATIONS,
      pollUnreadCount: async () => 0,
    })
    live.start()
    await flush()
    expect(live.state.mode).toBe('socket')
    expect((socket as FakeSocket | null)?.subscriptions.map((entry) => entry.query)).toEqual(['UNREAD', 'RECEIVED'])
  })

  it('passes each message on once, and resumes after the last one received when it reconnects', async () => {
    const { live, sockets, received, timers } = setup()
    live.start()
    await flush()
    await acknowledge(sockets[0]!)
    const sink = sockets[0]!.sub('RECEIVED')!.sink
    sink.next(message('0190a000-0001-7000-8000-000000000001'))
    sink.next(message('0190a000-0001-7000-8000-000000000001'))
    sink.next(message('0190a000-0002-7000-8000-000000000002'))
    expect(received).toHaveLength(2)

    sockets[0]!.handlers.closed(1006, '')
    expect(live.state.mode).toBe('polling')
    await timers.advance(reconnectDelay(0, () => 0))
    expect(sockets).toHaveLength(2)
    await acknowledge(sockets[1]!, '0190a000-0009-7000-8000-000000000000')
    expect(sockets[1]!.sub('RECEIVED')?.variables).toEqual({ after: '0190a000-0002-7000-8000-000000000002' })
    // The replay repeats what was already seen: dropped.
    sockets[1]!.sub('RECEIVED')!.sink.next(message('0190a000-0002-7000-8000-000000000002'))
    sockets[1]!.sub('RECEIVED')!.sink.next(message('0190a000-0003-7000-8000-000000000003'))
    expect(received.map((event) => event.eventId)).toEqual([
      '0190a000-0001-7000-8000-000000000001',
      '0190a000-0002-7000-8000-000000000002',
      '0190a000-0003-7000-8000-000000000003',
    ])
  })

  it('polls every 30 s while the socket is down and reconnects with back-off (1 s doubling to 30 s)', async () => {
    const { live, sockets, polls, pollAnswers, timers } = setup()
    live.start()
    await flush()
    pollAnswers.push(4, 5)
    sockets[0]!.handlers.closed(1006, '')
    await flush()
    expect(polls).toEqual(['token-1'])
    expect(live.state).toEqual({ mode: 'polling', unreadCount: 4 })
    for (const [attempt, socketCount] of [
      [0, 2],
      [1, 3],
      [2, 4],
    ] as const) {
      await timers.advance(reconnectDelay(attempt, () => 0))
      expect(sockets).toHaveLength(socketCount)
      sockets[socketCount - 1]!.handlers.closed(1001, '服务正在重启')
    }
    // The next poll, and meanwhile the fourth reconnect (8 s), which the server takes.
    await timers.advance(POLL_INTERVAL_MS)
    expect(polls.length).toBeGreaterThanOrEqual(2)
    expect(live.state.unreadCount).toBe(5)
    expect(sockets).toHaveLength(5)
    await acknowledge(sockets[4]!)
    const pollsBefore = polls.length
    await timers.advance(POLL_INTERVAL_MS * 3)
    expect(polls).toHaveLength(pollsBefore)
    expect(live.state.mode).toBe('socket')
  })

  it('stays off after the server refused the token or ended the session, until the session has another token — it never refreshes', async () => {
    const { live, sockets, polls, session, timers } = setup()
    live.start()
    await flush()
    await acknowledge(sockets[0]!)
    sockets[0]!.handlers.closed(4401, '登录凭证无效或已过期，请重新登录')
    await timers.advance(120_000)
    expect(sockets).toHaveLength(1)
    expect(polls).toEqual([])
    expect(live.state.mode).toBe('off')
    session.set('token-2')
    await flush()
    expect(sockets.map((socket) => socket.token)).toEqual(['token-1', 'token-2'])
    sockets[1]!.handlers.closed(4403, '登录已结束，请重新登录')
    await timers.advance(120_000)
    expect(sockets).toHaveLength(2)
  })

  it('reconnects with the next token when the session refreshes, and forgets everything at logout', async () => {
    const { live, sockets, session } = setup()
    live.start()
    await flush()
    await acknowledge(sockets[0]!)
    sockets[0]!.sub('UNREAD')!.sink.next({ unreadMessageCount: 2 })
    session.set('token-2')
    await flush()
    expect(sockets[0]!.closedByClient).toBe(true)
    expect(sockets[1]!.token).toBe('token-2')
    session.set(null)
    await flush()
    expect(sockets[1]!.closedByClient).toBe(true)
    expect(live.state).toEqual({ mode: 'off', unreadCount: null })
  })

  it('waits out a server that has too many sockets for the user (4429) a minute, polling meanwhile', async () => {
    const { live, sockets, timers } = setup()
    live.start()
    await flush()
    sockets[0]!.handlers.closed(4429, '同时打开的实时连接过多')
    await timers.advance(CROWDED_DELAY_MS - 1)
    expect(sockets).toHaveLength(1)
    await timers.advance(1)
    expect(sockets).toHaveLength(2)
  })

  it('polls where the host has no WebSocket, and stops when the token is refused', async () => {
    const { live, polls, pollAnswers, timers, session } = setup({ withSocket: false })
    pollAnswers.push(1, 2, new ApiError({ code: ErrorCode.UNAUTHENTICATED }))
    live.start()
    await flush()
    expect(live.state).toEqual({ mode: 'polling', unreadCount: 1 })
    await timers.advance(POLL_INTERVAL_MS)
    expect(live.state.unreadCount).toBe(2)
    await timers.advance(POLL_INTERVAL_MS)
    expect(live.state.mode).toBe('off')
    await timers.advance(POLL_INTERVAL_MS * 4)
    expect(polls).toHaveLength(3)
    pollAnswers.push(7)
    session.set('token-2')
    await flush()
    expect(live.state).toEqual({ mode: 'polling', unreadCount: 7 })
  })

  it('keeps polling through a network failure of the poll itself', async () => {
    const { live, polls, pollAnswers, timers } = setup({ withSocket: false })
    pollAnswers.push(new ApiError({ code: ErrorCode.SERVICE_UNAVAILABLE }), 3)
    live.start()
    await flush()
    await timers.advance(POLL_INTERVAL_MS)
    expect(polls).toHaveLength(2)
    expect(live.state).toEqual({ mode: 'polling', unreadCount: 3 })
  })
})

describe('live transport', () => {
  it('derives the socket address from the GraphQL endpoint', () => {
    expect(liveUrl('/graphql', { protocol: 'http:', host: '127.0.0.1:4000' })).toBe('ws://127.0.0.1:4000/graphql')
    expect(liveUrl('/graphql', { protocol: 'https:', host: 'rongtong.example.gov.cn' })).toBe('wss://rongtong.example.gov.cn/graphql')
    expect(liveUrl('https://api.example.gov.cn/graphql', undefined)).toBe('wss://api.example.gov.cn/graphql')
    expect(liveUrl('/graphql', undefined)).toBeNull()
  })

  it('sends the operation text, or in production builds only its safelisted hash', () => {
    const document = Object.assign(new String('subscription UnreadMessageCountLive { unreadMessageCount }'), {
      __meta__: { hash: 'a'.repeat(64), operationName: 'UnreadMessageCountLive' },
    }) as unknown as Parameters<typeof liveOperation>[0]
    expect(liveOperation(document, false)).toEqual({ query: 'subscription UnreadMessageCountLive { unreadMessageCount }', operationName: 'UnreadMessageCountLive' })
    expect(liveOperation(document, true)).toEqual({
      query: '',
      operationName: 'UnreadMessageCountLive',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    })
  })

  it('spreads reconnects with up to 20 % jitter', () => {
    expect(reconnectDelay(0, () => 0)).toBe(1000)
    expect(reconnectDelay(0, () => 1)).toBe(1200)
    expect(reconnectDelay(99, () => 0)).toBe(30_000)
  })
})
