import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/** The unit of work holding the queue; `active` turns false when it settles (work it started and left behind queues anew). */
interface Hold {
  active: boolean;
}

/**
 * One queue per process for every write on SQLite's single shared connection: GraphQL mutations as a whole
 * (`SqliteMutationSerializer`), and every transaction, implicit-transaction save and stray write statement that
 * `installSqliteWriteIsolation` routes here (the guard's session expiry and denial audit, REST uploads, the
 * abandoned-upload sweep, login callbacks). Units run one at a time, in order. Re-entrant: work that the unit holding
 * the queue starts (its own transactions, its audit appends) runs at once instead of waiting for itself. On MySQL
 * nothing uses it.
 */
@Injectable()
export class SqliteWriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly holder = new AsyncLocalStorage<Hold>();

  /** Runs `work` after every previously queued unit has settled, whatever their outcome — or now, inside the holder. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.isHeldHere()) return work();
    const start = async (): Promise<T> => {
      const hold: Hold = { active: true };
      try {
        return await this.holder.run(hold, work);
      } finally {
        hold.active = false;
      }
    };
    const run = this.tail.then(start, start);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Whether the calling async flow belongs to the unit of work that holds the queue now. */
  isHeldHere(): boolean {
    return this.holder.getStore()?.active === true;
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
