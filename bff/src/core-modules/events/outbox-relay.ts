import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { LOGGER } from '../../infra/logging/logging.module';
import { EventPublisher } from './event-publisher';
import { OutboxRepository, toPlatformEvent } from './outbox.repository';
import type { PlatformEvent } from './platform-event';

/** Where the events a transaction wrote wait for its commit (on the transaction's query runner). */
const PENDING = 'outboxPending';

interface PendingEvent {
  event: PlatformEvent;
  /** The transaction depth it was written at: a savepoint rolled back drops what was written inside it. */
  depth: number;
}

/**
 * The poller leaves rows this young to the post-commit publish of the instance that wrote them (which normally
 * follows the commit within milliseconds), so a healthy instance's events are not published twice.
 */
export const POLLER_GRACE_MS = 2000;
/** How long a poller's claim on a left-behind row holds before another instance may take it. */
export const CLAIM_MS = 30_000;
export const POLL_BATCH = 200;
/** Published marks are written in batches this often, outside every request's unit of work. */
export const MARK_FLUSH_MS = 200;
export const PRUNE_EVERY_MS = 60 * 60 * 1000;
export const PRUNE_BATCH = 1000;

function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 0;
}

/**
 * Publishes what the outbox holds, at least once:
 * - right after the commit of the transaction that wrote it (a TypeORM subscriber: OutboxService.add leaves the
 *   events on the transaction's query runner; the outermost commit hands them to the bus, a rollback — or the
 *   rollback of the savepoint they were written in — drops them);
 * - and, for rows a crash left behind between commit and publish (or a publish that failed, Redis being away),
 *   by a poller at start and every OUTBOX_RELAY_INTERVAL_SECONDS that claims unpublished rows older than
 *   POLLER_GRACE_MS (compare-and-set, so two instances do not take the same rows) and publishes them.
 * A row is marked published only after the bus took it; marks are written in batches by a timer of their own.
 * Published rows are pruned after OUTBOX_RETENTION_HOURS (hourly and at start).
 *
 * OUTBOX_TEST_SKIP_PUBLISH (tests only) makes this instance publish nothing — neither after commit nor by polling —
 * as a process killed between the commit and the publish would: the crash test kills it and starts another.
 */
@Injectable()
export class OutboxRelay implements EntitySubscriberInterface, OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly owner = randomUUID();
  private readonly toMark = new Set<string>();
  private timers: NodeJS.Timeout[] = [];
  private polling: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OutboxRepository,
    private readonly publisher: EventPublisher,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'outbox-relay' });
  }

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  onApplicationBootstrap(): void {
    if (this.config.events.testSkipPublish) {
      this.logger.warn('OUTBOX_TEST_SKIP_PUBLISH: this instance publishes no events (crash test)');
      return;
    }
    // Created here, outside every request, so the writes they make join SQLite's write queue as units of their own.
    const every = (ms: number, work: () => Promise<unknown>) => {
      const timer = setInterval(() => void work(), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(MARK_FLUSH_MS, () => this.flushMarks());
    every(this.config.events.relayIntervalSeconds * 1000, () => this.pollOnce());
    every(PRUNE_EVERY_MS, () => this.prune());
    void this.pollOnce();
    void this.prune();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.polling;
    await this.flushMarks();
  }

  /** Called by OutboxService.add: the event goes out when the transaction on `runner` commits. */
  enqueue(runner: QueryRunner, events: readonly PlatformEvent[]): void {
    const pending = (runner.data[PENDING] as PendingEvent[] | undefined) ?? [];
    const depth = depthOf(runner);
    for (const event of events) pending.push({ event, depth });
    runner.data[PENDING] = pending;
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    // A savepoint released inside the transaction: its events now belong to the enclosing level.
    if (runner.isTransactionActive) {
      const depth = depthOf(runner);
      for (const pending of (runner.data[PENDING] as PendingEvent[] | undefined) ?? []) pending.depth = Math.min(pending.depth, depth);
      return;
    }
    const pending = runner.data[PENDING] as PendingEvent[] | undefined;
    delete runner.data[PENDING];
    if (pending && pending.length > 0) void this.publishCommitted(pending.map((entry) => entry.event));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    const pending = runner.data[PENDING] as PendingEvent[] | undefined;
    if (!pending) return;
    if (!runner.isTransactionActive) {
      delete runner.data[PENDING];
      return;
    }
    const depth = depthOf(runner);
    runner.data[PENDING] = pending.filter((entry) => entry.depth <= depth);
  }

  /** Publishes what the poller finds left behind; answers how many events went out. Never overlaps itself. */
  pollOnce(): Promise<number> {
    if (this.stopped || this.config.events.testSkipPublish) return Promise.resolve(0);
    if (this.polling) return this.polling.then(() => 0);
    const run = this.drainLeftBehind()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'outbox poll failed; the next one retries');
        return 0;
      })
      .finally(() => {
        this.polling = null;
      });
    this.polling = run;
    return run;
  }

  /** Removes published events past the retention period; answers how many. */
  async prune(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.events.retentionHours * 3600 * 1000);
    let removed = 0;
    try {
      for (;;) {
        const count = await this.repository.prunePublished(before, PRUNE_BATCH);
        removed += count;
        if (count < PRUNE_BATCH || this.stopped) break;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox prune failed; the next one retries');
    }
    if (removed > 0) this.logger.info({ removed }, 'pruned published outbox events');
    return removed;
  }

  /** Writes the published marks collected since the last flush. */
  async flushMarks(): Promise<void> {
    if (this.toMark.size === 0) return;
    const ids = [...this.toMark];
    this.toMark.clear();
    try {
      await this.repository.markPublished(ids, this.clock.now());
    } catch (error) {
      // Unmarked rows are published again by a poller: at least once, and the clients de-duplicate by id.
      this.logger.warn({ err: error, count: ids.length }, 'marking outbox events published failed');
    }
  }

  private async drainLeftBehind(): Promise<number> {
    let published = 0;
    for (;;) {
      const now = this.clock.now();
      const rows = await this.repository.claimUnpublished(
        this.owner,
        now,
        new Date(now.getTime() - POLLER_GRACE_MS),
        new Date(now.getTime() + CLAIM_MS),
        POLL_BATCH,
      );
      if (rows.length === 0) break;
      const events = rows.map(toPlatformEvent);
      await this.publisher.publish(events);
      await this.repository.markPublished(
        events.map((event) => event.id),
        this.clock.now(),
      );
      published += events.length;
      if (rows.length < POLL_BATCH || this.stopped) break;
    }
    if (published > 0) this.logger.info({ count: published }, 'published outbox events left behind');
    return published;
  }

  private async publishCommitted(events: readonly PlatformEvent[]): Promise<void> {
    if (this.config.events.testSkipPublish) return;
    try {
      await this.publisher.publish(events);
    } catch (error) {
      this.logger.warn({ err: error, count: events.length }, 'publishing committed events failed; the poller retries');
      return;
    }
    for (const event of events) this.toMark.add(event.id);
  }
}
