import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ErrorCode } from '@rongtong/shared';
import { Clock } from '../../infra/clock/clock';
import { DomainException } from '../../infra/errors/domain.exception';
import { replayStart } from './event-cursor';
import { EventPublisher } from './event-publisher';
import { EVENTS_SETTINGS, type EventsSettings } from './events-settings';
import { LiveStream } from './live-stream';
import { OutboxRepository, toPlatformEvent } from './outbox.repository';
import type { PlatformEvent } from './platform-event';
import type { LiveConnection } from './subscriptions/live-connection';
import { liveConnectionOf } from './subscriptions/live-context';

export type { EventPayload, PlatformEvent } from './platform-event';

export interface StreamRequest {
  /** The topics the subscription field delivers. */
  topics: readonly string[];
  /** Resume after this cursor (validated by LiveEventsArgs): missed committed events are replayed first. */
  after?: string | null;
}

/** Refused when a subscription is asked for outside the graphql-ws socket (e.g. over HTTP). */
export const SOCKET_ONLY_MESSAGE = '订阅需通过实时连接（graphql-ws）发起';

/**
 * The live side of the events backbone for subscription resolvers: `stream(context, { topics, after })` gives the
 * events of those topics addressed to the subscription's caller — checked against the session as it is when each
 * goes out — with a replay of what they missed when `after` is given; `project` turns them into what the field
 * sends. This instance's streams hear every event the bus delivers (EventPublisher.listen).
 */
@Injectable()
export class LiveEventsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly byTopic = new Map<string, Set<LiveStream>>();
  private unlisten: (() => void) | null = null;

  constructor(
    private readonly publisher: EventPublisher,
    private readonly repository: OutboxRepository,
    private readonly clock: Clock,
    @Inject(EVENTS_SETTINGS) private readonly settings: EventsSettings,
  ) {}

  onModuleInit(): void {
    this.unlisten = this.publisher.listen((event) => this.dispatch(event));
  }

  beforeApplicationShutdown(): void {
    this.unlisten?.();
    for (const streams of this.byTopic.values()) for (const stream of streams) void stream.return();
    this.byTopic.clear();
  }

  /** Live streams of this instance (tests). */
  get streamCount(): number {
    return new Set([...this.byTopic.values()].flatMap((streams) => [...streams])).size;
  }

  stream(context: unknown, request: StreamRequest): AsyncIterableIterator<PlatformEvent> {
    const connection = liveConnectionOf(context);
    if (!connection) throw new DomainException(ErrorCode.BAD_USER_INPUT, SOCKET_ONLY_MESSAGE, []);
    const topics = [...new Set(request.topics)];
    const after = request.after ?? null;
    const stream: LiveStream = new LiveStream({
      topics: new Set(topics),
      subscriber: connection,
      replay: after ? () => this.replay(connection, topics, after) : null,
      maxQueued: this.settings.limits.maxQueuedEvents,
      onEnd: () => {
        for (const topic of topics) this.byTopic.get(topic)?.delete(stream);
      },
    });
    for (const topic of topics) {
      let streams = this.byTopic.get(topic);
      if (!streams) this.byTopic.set(topic, (streams = new Set()));
      streams.add(stream);
    }
    return stream;
  }

  /**
   * What a subscription field sends: `project(event)` for each event (undefined sends nothing for it), after
   * `initial()` when given (the present state, so a client needs no separate query and misses no change between the
   * two). Ends, and ends `events`, as soon as the client completes.
   */
  project<T>(events: AsyncIterableIterator<PlatformEvent>, project: (event: PlatformEvent) => Promise<T | undefined> | T | undefined, initial?: () => Promise<T>): AsyncIterableIterator<T> {
    return new Projection(events, project, initial);
  }

  private dispatch(event: PlatformEvent): void {
    for (const stream of this.byTopic.get(event.topic) ?? []) stream.offer(event);
  }

  private async replay(connection: LiveConnection, topics: readonly string[], after: string): Promise<PlatformEvent[]> {
    const identity = await connection.recheck();
    if (!identity) return [];
    const { replayWindowMs, replayMarginMs, replayLimit } = this.settings.limits;
    const rows = await this.repository.replay({
      afterId: replayStart(after, this.clock.now().getTime(), replayWindowMs, replayMarginMs),
      topics,
      audience: identity,
      limit: replayLimit,
    });
    return rows.map(toPlatformEvent);
  }
}

/** An async iterator over a stream's events, projected; its `return` ends the source at once. */
class Projection<T> implements AsyncIterableIterator<T> {
  private finished = false;
  private initialPending: boolean;

  constructor(
    private readonly source: AsyncIterableIterator<PlatformEvent>,
    private readonly map: (event: PlatformEvent) => Promise<T | undefined> | T | undefined,
    private readonly initial: (() => Promise<T>) | undefined,
  ) {
    this.initialPending = initial !== undefined;
  }

  async next(): Promise<IteratorResult<T>> {
    if (!this.finished && this.initialPending && this.initial) {
      this.initialPending = false;
      const value = await this.initial();
      if (!this.finished) return { value, done: false };
    }
    while (!this.finished) {
      const result = await this.source.next();
      if (result.done || this.finished) break;
      const value = await this.map(result.value);
      if (value !== undefined && !this.finished) return { value, done: false };
    }
    this.finished = true;
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    this.finished = true;
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
