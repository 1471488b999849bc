import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { deliverToListeners, EventPublisher, type EventListener } from './event-publisher';
import { parsePlatformEvent, type PlatformEvent } from './platform-event';

/** How long start-up waits for Redis before going on (publishing fails, and the outbox keeps the events, until it answers). */
const READY_TIMEOUT_MS = 3000;

/**
 * Redis pub/sub on one channel shared by every BFF instance (REDIS_URL): each instance publishes the events its
 * relay takes from the outbox, and every instance, the publisher included, hears them on its subscriber
 * connection and hands them to its live subscriptions. The publishing connection has no offline queue: while Redis
 * is away `publish` fails at once and the outbox rows stay unpublished for the poller to retry, rather than piling
 * up in memory. Pub/sub keeps nothing: an instance that is disconnected when an event goes out misses it, and its
 * clients get it by replay when they reconnect (live-stream.ts).
 */
export class RedisEventPublisher extends EventPublisher implements OnModuleInit, OnApplicationShutdown {
  readonly shared = true;
  private readonly listeners = new Set<EventListener>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private down = false;

  constructor(
    url: string,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {
    super();
    this.publisher = new Redis(url, { connectionName: `events-pub:${channel}`, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: READY_TIMEOUT_MS });
    // No ready check (INFO) on the subscriber: sent after a SUBSCRIBE queued before the connection was up, Redis refuses
    // it in subscriber mode and ioredis drops the connection without resubscribing.
    this.subscriber = new Redis(url, { connectionName: `events-sub:${channel}`, connectTimeout: READY_TIMEOUT_MS, enableReadyCheck: false });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.reportDown(error));
      connection.on('ready', () => this.reportUp());
    }
    this.subscriber.on('messageBuffer', (channelName: Buffer, message: Buffer) => {
      if (channelName.toString() !== this.channel) return;
      const event = parsePlatformEvent(message.toString());
      if (!event) {
        this.logger.warn({ channel: this.channel }, 'ignored a malformed event on the events channel');
        return;
      }
      deliverToListeners(this.listeners, event, (error) => this.logger.error({ err: error, eventId: event.id }, 'event listener failed'));
    });
  }

  /** Subscribes to the channel, waiting up to READY_TIMEOUT_MS for Redis (the subscription follows when it answers). */
  async onModuleInit(): Promise<void> {
    const subscribed = this.subscriber.subscribe(this.channel);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS).unref());
    const outcome = await Promise.race([subscribed.then(() => 'subscribed' as const), timeout]).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'subscribing to the events channel failed');
      return 'failed' as const;
    });
    if (outcome === 'subscribed') this.logger.info({ channel: this.channel }, 'listening for live events on Redis');
    else this.logger.warn({ channel: this.channel }, 'Redis for live events did not answer at start: events are kept in the outbox until it does');
  }

  async publish(events: readonly PlatformEvent[]): Promise<void> {
    if (events.length === 0) return;
    const pipeline = this.publisher.pipeline();
    for (const event of events) pipeline.publish(this.channel, JSON.stringify(event));
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error !== null);
    if (!results || failed) throw failed?.[0] ?? new Error('Redis did not run the publish pipeline');
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [this.publisher, this.subscriber].map(async (connection) => {
        if (connection.status === 'ready') await connection.quit().catch(() => connection.disconnect());
        else connection.disconnect();
      }),
    );
  }

  private reportDown(error: Error): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn({ err: error }, 'Redis for live events unreachable: events wait in the outbox until it is back');
  }

  private reportUp(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info('Redis for live events reachable again');
  }
}
