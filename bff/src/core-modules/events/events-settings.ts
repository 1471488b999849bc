/** What one client may hold of the subscription endpoint (per BFF instance). */
export interface SubscriptionLimits {
  /** Open sockets of one client IP (an IPv6 client's /64); the next upgrade is answered 429. */
  maxConnectionsPerIp: number;
  /** Open sockets of one signed-in user; the next is closed 4429 at connection_init. */
  maxConnectionsPerUser: number;
  /** Open sockets of the whole instance; the next upgrade is answered 503. */
  maxConnections: number;
  /** Active subscriptions on one socket; the next subscribe is refused with RATE_LIMITED. */
  maxSubscriptionsPerConnection: number;
  /** Largest message a client may send (bytes); a larger one closes the socket (1009). */
  maxMessageBytes: number;
  /** Messages one socket may send per `messageWindowMs`; more close it (1008). */
  maxMessagesPerWindow: number;
  messageWindowMs: number;
  /** Time between the upgrade and `connection_init` (4408 after it). */
  connectionInitTimeoutMs: number;
  /** Events waiting for one slow subscriber; beyond it the socket is closed (1013) and the client resumes by replay. */
  maxQueuedEvents: number;
  /** How far back `after` may reach (older cursors are moved up to it): the app refetches state after longer gaps. */
  replayWindowMs: number;
  /** Events one replay answers at most. */
  replayLimit: number;
  /**
   * Events are replayed from this long before the cursor, because ids are taken when an event is written and a
   * longer transaction may commit after a shorter one that began later; clients de-duplicate by id.
   */
  replayMarginMs: number;
  /** Each socket's session is looked at again this often (and at every event for it): ended sessions close the socket. */
  sessionRecheckMs: number;
}

/** Live-update settings only code chooses (tests pass their own to createApp), never the environment. */
export interface EventsSettings {
  /** The Redis pub/sub channel the instances share (REDIS_URL set); tests use one per run. */
  channel: string;
  limits: SubscriptionLimits;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxConnectionsPerIp: 20,
  maxConnectionsPerUser: 8,
  maxConnections: 10_000,
  maxSubscriptionsPerConnection: 10,
  maxMessageBytes: 16 * 1024,
  maxMessagesPerWindow: 50,
  messageWindowMs: 10_000,
  connectionInitTimeoutMs: 5_000,
  maxQueuedEvents: 500,
  replayWindowMs: 10 * 60 * 1000,
  replayLimit: 200,
  replayMarginMs: 30_000,
  sessionRecheckMs: 60_000,
};

export const DEFAULT_EVENTS_SETTINGS: EventsSettings = { channel: 'rongtong:events', limits: DEFAULT_SUBSCRIPTION_LIMITS };

export const EVENTS_SETTINGS = Symbol('EVENTS_SETTINGS');

/** The settings createApp was given, over the defaults. */
export function eventsSettings(overrides: { channel?: string; limits?: Partial<SubscriptionLimits> } = {}): EventsSettings {
  return { channel: overrides.channel ?? DEFAULT_EVENTS_SETTINGS.channel, limits: { ...DEFAULT_SUBSCRIPTION_LIMITS, ...overrides.limits } };
}
