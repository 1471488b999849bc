import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import { performance } from 'node:perf_hooks';
import { CommittedReads } from '../../../infra/database/committed-reads';
import { CatalogueRevisionEntity } from './catalogue-revision.entity';

const ROW_ID = 1;

/** Marks, on the transaction's query runner, that it changed the catalogue (read by CatalogueRevisions). */
const CATALOGUE_CHANGED = 'catalogueChanged';

/**
 * How long one revision read serves this instance's requests. A change committed through this instance is seen
 * at once (the read is dropped when its transaction commits); one committed through another instance within
 * this many milliseconds.
 */
export const REVISION_FRESHNESS_MS = 100;

/**
 * Moves the catalogue revision on, inside the transaction that changes what a published product shows, so
 * every BFF instance's in-memory copy of the catalogue (PublishedCatalogue) and its search caches notice.
 * ProductSearchIndexer calls it: every such change reindexes the product anyway.
 */
export async function bumpCatalogueRevision(manager: EntityManager): Promise<void> {
  const transaction = manager.queryRunner;
  if (!transaction?.isTransactionActive) throw new Error('bumpCatalogueRevision must run inside the transaction that changes the catalogue');
  await manager
    .createQueryBuilder()
    .update(CatalogueRevisionEntity)
    .set({ revision: () => 'revision + 1' })
    .where('id = :id', { id: ROW_ID })
    .execute();
  transaction.data[CATALOGUE_CHANGED] = true;
}

/** The current revision: one primary-key read, written as plain SQL because it runs often. */
async function readCatalogueRevision(manager: EntityManager): Promise<number> {
  const rows: Array<{ revision: string | number }> = await manager.query(`SELECT revision FROM catalogue_revision WHERE id = ${ROW_ID}`);
  return rows.length > 0 ? Number(rows[0].revision) : 0;
}

/**
 * The catalogue revision for this instance's requests: read at most every REVISION_FRESHNESS_MS (callers that
 * arrive while a read is in flight share it), and read afresh right after a transaction of this instance that
 * moved it commits — never from a read that began before that commit. A read that may have seen an uncommitted
 * revision (SQLite, see CommittedReads) answers its callers but is not remembered.
 */
@Injectable()
export class CatalogueRevisions implements EntitySubscriberInterface, OnModuleInit {
  /** `readAt` on the monotonic clock, when the read began. */
  private known: { revision: number; readAt: number } | null = null;
  /** Moves on with every local change: a read that began before one is neither shared nor remembered. */
  private epoch = 0;
  private pending: { epoch: number; revision: Promise<number> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly committedReads: CommittedReads,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  async current(): Promise<number> {
    const known = this.known;
    if (known && performance.now() - known.readAt < REVISION_FRESHNESS_MS) return known.revision;
    if (this.pending?.epoch !== this.epoch) {
      const pending = { epoch: this.epoch, revision: this.read() };
      this.pending = pending;
      void pending.revision
        .finally(() => {
          if (this.pending === pending) this.pending = null;
        })
        .catch(() => undefined); // the callers awaiting the read get its error
    }
    return this.pending.revision;
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A nested transaction's "commit" only releases a savepoint: wait for the outermost one.
    if (!event.queryRunner.data[CATALOGUE_CHANGED] || event.queryRunner.isTransactionActive) return;
    delete event.queryRunner.data[CATALOGUE_CHANGED];
    this.epoch += 1;
    this.known = null;
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[CATALOGUE_CHANGED];
  }

  private async read(): Promise<number> {
    const epoch = this.epoch;
    const readAt = performance.now();
    const watch = this.committedReads.watch();
    const revision = await readCatalogueRevision(this.dataSource.manager);
    if (epoch === this.epoch && watch.sawOnlyCommitted()) this.known = { revision, readAt };
    return revision;
  }
}
