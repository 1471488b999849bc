import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { sqliteConnectionInTransaction } from './sqlite-write-queue';

/** Taken before a read; asked after it whether the read can have seen rows of a transaction still open. */
export interface ReadWatch {
  sawOnlyCommitted(): boolean;
}

const ALWAYS_COMMITTED: ReadWatch = { sawOnlyCommitted: () => true };

/**
 * On SQLite every request shares one connection, so a read made while another request's transaction is open sees
 * that transaction's uncommitted rows — which may yet be rolled back, or changed again before the commit. Whatever
 * is kept in memory beyond one request (the catalogue revision, its snapshot, the search caches) must therefore come
 * from a read during which no transaction was open: `watch()` before the read, `sawOnlyCommitted()` after it.
 * On MySQL each read has its own pooled connection and never sees uncommitted rows.
 */
@Injectable()
export class CommittedReads implements EntitySubscriberInterface, OnModuleInit {
  private readonly sharesOneConnection: boolean;
  /** Transactions (savepoints included) begun on the shared connection so far. */
  private begun = 0;

  constructor(private readonly dataSource: DataSource) {
    this.sharesOneConnection = dataSource.options.type === 'better-sqlite3';
  }

  onModuleInit(): void {
    if (this.sharesOneConnection) this.dataSource.subscribers.push(this);
  }

  beforeTransactionStart(): void {
    this.begun += 1;
  }

  watch(): ReadWatch {
    if (!this.sharesOneConnection) return ALWAYS_COMMITTED;
    const begunBefore = this.begun;
    const openBefore = sqliteConnectionInTransaction(this.dataSource);
    // A transaction open at any moment of the read was open before it, is open after it, or began in between.
    return { sawOnlyCommitted: () => !openBefore && !sqliteConnectionInTransaction(this.dataSource) && this.begun === begunBefore };
  }
}
