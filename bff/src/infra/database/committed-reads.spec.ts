import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { CommittedReads } from './committed-reads';

/** A better-sqlite3 data source whose shared connection the test moves in and out of a transaction. */
function sqliteDataSource(type = 'better-sqlite3') {
  const connection = { inTransaction: false };
  const subscribers: EntitySubscriberInterface[] = [];
  const dataSource = { options: { type }, driver: { databaseConnection: connection }, subscribers } as unknown as DataSource;
  const reads = new CommittedReads(dataSource);
  reads.onModuleInit();
  const begin = () => {
    subscribers.forEach((subscriber) => subscriber.beforeTransactionStart?.({} as never));
    connection.inTransaction = true;
  };
  const end = () => {
    connection.inTransaction = false;
  };
  return { reads, begin, end, subscribers };
}

describe('CommittedReads', () => {
  it('trusts a read during which no transaction was open', () => {
    const { reads } = sqliteDataSource();
    expect(reads.watch().sawOnlyCommitted()).toBe(true);
  });

  it('distrusts a read that began inside a transaction, even if it has ended since', () => {
    const { reads, begin, end } = sqliteDataSource();
    begin();
    const watch = reads.watch();
    end();
    expect(watch.sawOnlyCommitted()).toBe(false);
  });

  it('distrusts a read when a transaction is open after it', () => {
    const { reads, begin } = sqliteDataSource();
    const watch = reads.watch();
    begin();
    expect(watch.sawOnlyCommitted()).toBe(false);
  });

  it('distrusts a read when a transaction began and ended while it ran', () => {
    const { reads, begin, end } = sqliteDataSource();
    const watch = reads.watch();
    begin();
    end();
    expect(watch.sawOnlyCommitted()).toBe(false);
    expect(reads.watch().sawOnlyCommitted()).toBe(true);
  });

  it('trusts every read on MySQL, where each read has its own connection, and does not subscribe', () => {
    const { reads, begin, subscribers } = sqliteDataSource('mysql');
    const watch = reads.watch();
    begin();
    expect(watch.sawOnlyCommitted()).toBe(true);
    expect(subscribers).toHaveLength(0);
  });
});
