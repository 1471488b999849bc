import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * One queue per process for the units of work that must not overlap on SQLite's single shared connection
 * (GraphQL mutations through `SqliteMutationSerializer`, the abandoned-upload sweep). On MySQL nothing uses it.
 */
@Injectable()
export class SqliteWriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every previously queued unit has settled, whatever their outcome. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

interface BetterSqlite3Handle {
  databaseConnection?: { inTransaction?: boolean };
}

/**
 * Whether the shared better-sqlite3 connection is inside a transaction right now (the driver's own flag, not
 * TypeORM's depth counter, which overlapping transactions share). False on other drivers.
 */
export function sqliteConnectionInTransaction(dataSource: DataSource): boolean {
  if (dataSource.options.type !== 'better-sqlite3') return false;
  return (dataSource.driver as unknown as BetterSqlite3Handle).databaseConnection?.inTransaction === true;
}
