import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import WebSocket from 'ws';

/** The graphql-ws URL of a test app's HTTP server, listening on a free port from now on. */
export async function liveUrl(http: Server): Promise<string> {
  if (!http.listening) await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const { port } = http.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

export interface Closed {
  code: number;
  reason: string;
}

/** One subscription's messages as they arrive. */
export class Received<T = Record<string, unknown>> {
  readonly data: T[] = [];
  readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }> = [];
  completed = false;
  private waiters: Array<() => void> = [];

  push(result: FormattedExecutionResult<T, unknown>): void {
    if (result.errors) this.errors.push(...result.errors.map((error) => ({ message: error.message, extensions: error.extensions })));
    if (result.data) this.data.push(result.data);
    this.notify();
  }

  fail(errors: unknown): void {
    const list = Array.isArray(errors) ? errors : [errors];
    for (const error of list) {
      const candidate = error as { message?: unknown; extensions?: Record<string, unknown> };
      this.errors.push({ message: typeof candidate?.message === 'string' ? candidate.message : String(error), extensions: candidate?.extensions });
    }
    this.notify();
  }

  complete(): void {
    this.completed = true;
    this.notify();
  }

  /** Resolves once `predicate` holds (checked at every message), or rejects after `timeoutMs`. */
  until(predicate: (received: this) => boolean, timeoutMs = 10_000, what = 'the expected messages'): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== check);
        reject(new Error(`timed out waiting for ${what}: ${JSON.stringify({ data: this.data, errors: this.errors, completed: this.completed })}`));
      }, timeoutMs);
      const check = () => {
        if (!predicate(this)) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== check);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  untilData(count: number, timeoutMs?: number): Promise<void> {
    return this.until((received) => received.data.length >= count, timeoutMs, `${count} data messages`);
  }

  untilError(timeoutMs?: number): Promise<void> {
    return this.until((received) => received.errors.length > 0, timeoutMs, 'an error');
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export interface LiveClient {
  client: Client;
  /** The connection_ack payload (the resume cursor), or a rejection when the socket closed first. */
  acknowledged: Promise<Record<string, unknown>>;
  /** The first close of the socket (the client does not retry). */
  closed: Promise<Closed>;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): { received: Received<T>; stop: () => void };
  dispose(): Promise<void>;
}

/** A graphql-ws client (the protocol's reference client, as the app's H5 build uses) that never reconnects. */
export function liveClient(url: string, connectionParams: Record<string, unknown> | undefined, headers: Record<string, string> = {}): LiveClient {
  let ack!: (payload: Record<string, unknown>) => void;
  let ackFailed!: (error: Error) => void;
  const acknowledged = new Promise<Record<string, unknown>>((resolve, reject) => {
    ack = resolve;
    ackFailed = reject;
  });
  acknowledged.catch(() => undefined);
  let onClosed!: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url,
    webSocketImpl: HeaderWebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams,
    onNonLazyError: () => undefined,
    on: {
      connected: (_socket, payload) => ack((payload as Record<string, unknown> | undefined) ?? {}),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        ackFailed(new Error(`closed ${code} ${reason}`));
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    acknowledged,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>) {
      const received = new Received<T>();
      const stop = client.subscribe<T>(
        { query, variables, ...(extensions ? { extensions } : {}) },
        { next: (result) => received.push(result), error: (error) => received.fail(error), complete: () => received.complete() },
      );
      return { received, stop };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

export const MESSAGE_RECEIVED = 'subscription Received($after: ID) { messageReceived(after: $after) { eventId topic occurredAt message { id kind title body link readAt createdAt } } }';
export const UNREAD_COUNT = 'subscription Unread { unreadMessageCount }';

export interface ReceivedMessage {
  messageReceived: { eventId: string; topic: string; occurredAt: string; message: { id: string; kind: string; title: string; body: string; link: string | null } };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A bare WebSocket speaking the protocol by hand, for what a well-behaved client never sends. */
export interface RawSocket {
  ws: WebSocket;
  /** Resolves once the handshake is done; rejects with the HTTP status when the upgrade is refused. */
  opened: Promise<void>;
  closed: Promise<Closed>;
  messages: Array<Record<string, unknown>>;
  send(message: unknown): void;
  /** Resolves with the first message matching, or rejects after `timeoutMs`. */
  next(predicate: (message: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

export class UpgradeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly headers: Record<string, string | string[] | undefined>,
  ) {
    super(`upgrade refused with ${status}: ${body}`);
  }
}

export function rawSocket(url: string, protocols: string[] = ['graphql-transport-ws'], headers: Record<string, string> = {}): RawSocket {
  const ws = new WebSocket(url, protocols, { headers });
  const messages: Array<Record<string, unknown>> = [];
  const listeners: Array<() => void> = [];
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => reject(new UpgradeRefused(response.statusCode ?? 0, body, response.headers)));
    });
    ws.once('error', reject);
  });
  opened.catch(() => undefined);
  const closed = new Promise<Closed>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
    for (const listener of [...listeners]) listener();
  });
  return {
    ws,
    opened,
    closed,
    messages,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(predicate, timeoutMs = 10_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching message in ${JSON.stringify(messages)}`)), timeoutMs);
        const check = () => {
          const match = messages.find(predicate);
          if (!match) return;
          clearTimeout(timer);
          listeners.splice(listeners.indexOf(check), 1);
          resolve(match);
        };
        listeners.push(check);
      });
    },
  };
}

/** What a subscription answers first, in the shape of an HTTP GraphQL response, for tests that judge access. */
export interface FirstAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
  text: string;
}

/**
 * Opens a socket with `token`, subscribes once and answers the first thing that comes back: the refusal of the
 * socket (4401 as UNAUTHENTICATED, 4403 as SESSION_EXPIRED), an error, the first value — or, when the subscription
 * is running but nothing is due yet (an event subscription), an empty success after `quietMs`.
 */
export async function subscribeOnce(http: Server, token: string | null, query: string, variables?: Record<string, unknown>, quietMs = 1000): Promise<FirstAnswer> {
  const client = liveClient(await liveUrl(http), token === null ? undefined : { accessToken: token });
  const answer = (errors: FirstAnswer['errors'], data?: Record<string, unknown> | null): FirstAnswer => ({
    status: 200,
    data,
    errors,
    text: JSON.stringify({ data, errors }),
  });
  try {
    const refused = client.closed.then(({ code, reason }) =>
      answer([{ message: reason, extensions: { code: code === 4401 ? 'UNAUTHENTICATED' : code === 4403 ? 'SESSION_EXPIRED' : `CLOSED_${code}` } }]),
    );
    const subscribed = client.acknowledged.then(
      async () => {
        const { received } = client.subscribe(query, variables);
        await received.until((state) => state.data.length > 0 || state.errors.length > 0 || state.completed, quietMs).catch(() => undefined);
        return answer(received.errors.length > 0 ? received.errors : undefined, received.data[0] ?? null);
      },
      () => refused,
    );
    return await Promise.race([refused, subscribed]);
  } finally {
    await client.dispose();
  }
}
