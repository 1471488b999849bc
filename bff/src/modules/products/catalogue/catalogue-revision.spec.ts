import type { DataSource, EntityManager, QueryRunner, TransactionCommitEvent } from 'typeorm';
import type { CommittedReads } from '../../../infra/database/committed-reads';
import { bumpCatalogueRevision, CatalogueRevisions, REVISION_FRESHNESS_MS } from './catalogue-revision';

/** A data source whose revision row the test moves, counting reads. */
function fakeDataSource() {
  const state = { revision: 7, reads: 0, gate: null as Promise<void> | null };
  const manager = {
    query: async () => {
      state.reads += 1;
      const revision = state.revision;
      if (state.gate) await state.gate;
      return [{ revision: String(revision) }];
    },
  };
  return { state, dataSource: { manager, subscribers: [] } as unknown as DataSource };
}

/** CommittedReads as on MySQL, or with every read overlapping an open transaction (`dirty`). */
const committedReads = (dirty = false) => ({ watch: () => ({ sawOnlyCommitted: () => !dirty }) }) as unknown as CommittedReads;

function commit(runner: Partial<QueryRunner>): TransactionCommitEvent {
  return { queryRunner: runner as QueryRunner } as TransactionCommitEvent;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CatalogueRevisions', () => {
  it('serves one read for REVISION_FRESHNESS_MS, then reads again', async () => {
    const { state, dataSource } = fakeDataSource();
    const revisions = new CatalogueRevisions(dataSource, committedReads());
    await expect(Promise.all([revisions.current(), revisions.current()])).resolves.toEqual([7, 7]);
    await revisions.current();
    expect(state.reads).toBe(1);
    state.revision = 8; // moved by another instance
    await expect(revisions.current()).resolves.toBe(7);
    await wait(REVISION_FRESHNESS_MS + 20);
    await expect(revisions.current()).resolves.toBe(8);
    expect(state.reads).toBe(2);
  });

  it('reads afresh once a local transaction that moved the revision commits — the outermost one', async () => {
    const { state, dataSource } = fakeDataSource();
    const revisions = new CatalogueRevisions(dataSource, committedReads());
    await revisions.current();
    state.revision = 8;
    const runner = { data: { catalogueChanged: true }, isTransactionActive: true };
    revisions.afterTransactionCommit(commit(runner)); // a savepoint released inside the transaction
    await expect(revisions.current()).resolves.toBe(7);
    runner.isTransactionActive = false;
    revisions.afterTransactionCommit(commit(runner));
    await expect(revisions.current()).resolves.toBe(8);
    expect(runner.data).toEqual({});
  });

  it('does not remember a read that began before a local change committed', async () => {
    const { state, dataSource } = fakeDataSource();
    const revisions = new CatalogueRevisions(dataSource, committedReads());
    let open: () => void = () => undefined;
    state.gate = new Promise((resolve) => {
      open = resolve;
    });
    const early = revisions.current(); // reads 7, answer held back
    await wait(0);
    state.revision = 8;
    revisions.afterTransactionCommit(commit({ data: { catalogueChanged: true }, isTransactionActive: false }));
    state.gate = null;
    open();
    await expect(early).resolves.toBe(7);
    await expect(revisions.current()).resolves.toBe(8);
  });

  it('answers a read that may have seen an uncommitted revision without remembering it', async () => {
    const { state, dataSource } = fakeDataSource();
    const revisions = new CatalogueRevisions(dataSource, committedReads(true));
    await expect(revisions.current()).resolves.toBe(7);
    await expect(revisions.current()).resolves.toBe(7);
    expect(state.reads).toBe(2);
  });

  it('ignores commits that did not touch the catalogue', async () => {
    const { state, dataSource } = fakeDataSource();
    const revisions = new CatalogueRevisions(dataSource, committedReads());
    await revisions.current();
    revisions.afterTransactionCommit(commit({ data: {}, isTransactionActive: false }));
    await revisions.current();
    expect(state.reads).toBe(1);
  });

  it('registers itself for transaction events', () => {
    const { dataSource } = fakeDataSource();
    const revisions = new CatalogueRevisions(dataSource, committedReads());
    revisions.onModuleInit();
    expect(dataSource.subscribers).toContain(revisions);
  });
});

describe('bumpCatalogueRevision', () => {
  it('refuses to run outside a transaction', async () => {
    const manager = { queryRunner: undefined } as unknown as EntityManager;
    await expect(bumpCatalogueRevision(manager)).rejects.toThrow('inside the transaction');
  });
});
