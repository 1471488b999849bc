import pino from 'pino';
import type { DataSource, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { AppConfig } from '../../infra/config/app-config';
import type { Clock } from '../../infra/clock/clock';
import { EventPublisher, type EventListener } from './event-publisher';
import type { OutboxEventEntity } from './outbox-event.entity';
import { CLAIM_MS, OutboxRelay, POLL_BATCH, POLLER_GRACE_MS, PRUNE_BATCH } from './outbox-relay';
import type { OutboxRepository } from './outbox.repository';
import type { PlatformEvent } from './platform-event';

const NOW = new Date('2026-12-07T12:00:00.000Z');

class FakePublisher extends EventPublisher {
  readonly shared = false;
  published: PlatformEvent[] = [];
  failing = false;
  async publish(events: readonly PlatformEvent[]): Promise<void> {
    if (this.failing) throw new Error('bus away');
    this.published.push(...events);
  }
  listen(_listener: EventListener): () => void {
    return () => undefined;
  }
}

function row(id: string): OutboxEventEntity {
  return {
    id,
    topic: 'message.received',
    audienceUserIds: ['5b0d9b3e-1f6a-4c1e-9a55-2f4b8f1d6c01'],
    audienceEnterpriseId: null,
    audienceInstitutionId: null,
    payload: '{"n":1}',
    createdAt: NOW,
    publishedAt: null,
    claimedBy: null,
    claimedUntil: null,
  };
}

function event(id: string): PlatformEvent {
  return { id, topic: 'message.received', audience: { userIds: [], enterpriseId: null, institutionId: null }, payload: {}, occurredAt: NOW.toISOString() };
}

function setup(options: { skip?: boolean } = {}) {
  const marked: string[][] = [];
  const claims: Array<{ writtenBefore: Date; until: Date; limit: number }> = [];
  const left: OutboxEventEntity[] = [];
  const prunedBefore: Date[] = [];
  const pruneResults: number[] = [];
  const repository = {
    markPublished: jest.fn(async (ids: readonly string[]) => void marked.push([...ids])),
    claimUnpublished: jest.fn(async (_owner: string, _now: Date, writtenBefore: Date, until: Date, limit: number) => {
      claims.push({ writtenBefore, until, limit });
      return left.splice(0, limit);
    }),
    prunePublished: jest.fn(async (before: Date) => {
      prunedBefore.push(before);
      return pruneResults.shift() ?? 0;
    }),
  };
  const publisher = new FakePublisher();
  const config = { events: { retentionHours: 168, relayIntervalSeconds: 5, testSkipPublish: options.skip ?? false } } as unknown as AppConfig;
  const clock = { now: () => NOW } as Clock;
  const dataSource = { subscribers: [] as unknown[] } as unknown as DataSource;
  const relay = new OutboxRelay(dataSource, repository as unknown as OutboxRepository, publisher, config, clock, pino({ level: 'silent' }));
  return { relay, publisher, repository, marked, claims, left, prunedBefore, pruneResults };
}

type FakeRunner = Omit<QueryRunner, 'isTransactionActive'> & { isTransactionActive: boolean; transactionDepth: number };

function runner(depth = 1): FakeRunner {
  return { data: {}, isTransactionActive: true, transactionDepth: depth } as unknown as FakeRunner;
}

const commit = (queryRunner: FakeRunner) => ({ queryRunner }) as unknown as TransactionCommitEvent;
const rollback = (queryRunner: FakeRunner) => ({ queryRunner }) as unknown as TransactionRollbackEvent;
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('OutboxRelay', () => {
  it('publishes the events of a transaction once its outermost commit is done, and marks them published in a batch', async () => {
    const { relay, publisher, marked } = setup();
    const transaction = runner();
    relay.enqueue(transaction as unknown as QueryRunner, [event('a'), event('b')]);
    transaction.transactionDepth = 2; // a savepoint inside, released: nothing goes out yet
    relay.afterTransactionCommit(commit(transaction));
    transaction.transactionDepth = 1;
    await settle();
    expect(publisher.published).toEqual([]);
    transaction.isTransactionActive = false;
    transaction.transactionDepth = 0;
    relay.afterTransactionCommit(commit(transaction));
    await settle();
    expect(publisher.published.map((item) => item.id)).toEqual(['a', 'b']);
    expect(marked).toEqual([]);
    await relay.flushMarks();
    expect(marked).toEqual([['a', 'b']]);
    await relay.flushMarks();
    expect(marked).toHaveLength(1);
  });

  it('drops the events of a rolled-back transaction, and of a savepoint rolled back inside a committed one', async () => {
    const { relay, publisher } = setup();
    const rolledBack = runner();
    relay.enqueue(rolledBack as unknown as QueryRunner, [event('gone')]);
    rolledBack.isTransactionActive = false;
    relay.afterTransactionRollback(rollback(rolledBack));

    const outer = runner(1);
    relay.enqueue(outer as unknown as QueryRunner, [event('kept')]);
    outer.transactionDepth = 2;
    relay.enqueue(outer as unknown as QueryRunner, [event('inside-savepoint')]);
    outer.transactionDepth = 1; // ROLLBACK TO SAVEPOINT
    relay.afterTransactionRollback(rollback(outer));
    outer.isTransactionActive = false;
    outer.transactionDepth = 0;
    relay.afterTransactionCommit(commit(outer));
    await settle();
    expect(publisher.published.map((item) => item.id)).toEqual(['kept']);
  });

  it('leaves events unmarked when the bus refuses them, for the poller to retry', async () => {
    const { relay, publisher, marked } = setup();
    publisher.failing = true;
    const transaction = runner();
    relay.enqueue(transaction as unknown as QueryRunner, [event('a')]);
    transaction.isTransactionActive = false;
    relay.afterTransactionCommit(commit(transaction));
    await settle();
    await relay.flushMarks();
    expect(marked).toEqual([]);
  });

  it('polls rows left behind older than the grace period, in batches, publishing before marking', async () => {
    const { relay, publisher, marked, claims, left } = setup();
    for (let i = 0; i < POLL_BATCH + 3; i += 1) left.push(row(`r${String(i).padStart(4, '0')}`));
    expect(await relay.pollOnce()).toBe(POLL_BATCH + 3);
    expect(publisher.published).toHaveLength(POLL_BATCH + 3);
    expect(marked.map((ids) => ids.length)).toEqual([POLL_BATCH, 3]);
    expect(claims[0]).toEqual({ writtenBefore: new Date(NOW.getTime() - POLLER_GRACE_MS), until: new Date(NOW.getTime() + CLAIM_MS), limit: POLL_BATCH });
    expect(publisher.published[0]).toEqual({
      id: 'r0000',
      topic: 'message.received',
      audience: { userIds: ['5b0d9b3e-1f6a-4c1e-9a55-2f4b8f1d6c01'], enterpriseId: null, institutionId: null },
      payload: { n: 1 },
      occurredAt: NOW.toISOString(),
    });
  });

  it('does not run two polls at once, and a failed poll publishes and marks nothing', async () => {
    const { relay, publisher, marked, left, repository } = setup();
    left.push(row('x'));
    const [first, second] = await Promise.all([relay.pollOnce(), relay.pollOnce()]);
    expect([first, second]).toEqual([1, 0]);
    expect(repository.claimUnpublished).toHaveBeenCalledTimes(1); // one claim, shared by both calls
    publisher.failing = true;
    left.push(row('y'));
    expect(await relay.pollOnce()).toBe(0);
    expect(marked).toEqual([['x']]);
  });

  it('prunes published events past the retention period, batch after batch', async () => {
    const { relay, prunedBefore, pruneResults } = setup();
    pruneResults.push(PRUNE_BATCH, PRUNE_BATCH, 12);
    expect(await relay.prune()).toBe(2 * PRUNE_BATCH + 12);
    expect(prunedBefore).toHaveLength(3);
    expect(prunedBefore[0]).toEqual(new Date(NOW.getTime() - 168 * 3600 * 1000));
  });

  it('publishes nothing at all in the crash test mode', async () => {
    const { relay, publisher, left } = setup({ skip: true });
    const transaction = runner();
    relay.enqueue(transaction as unknown as QueryRunner, [event('a')]);
    transaction.isTransactionActive = false;
    relay.afterTransactionCommit(commit(transaction));
    left.push(row('b'));
    expect(await relay.pollOnce()).toBe(0);
    await settle();
    expect(publisher.published).toEqual([]);
  });
});
