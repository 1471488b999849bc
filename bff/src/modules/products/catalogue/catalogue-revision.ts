import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CoalescedRead } from '../../../infra/cache/coalesced-read';
import { CatalogueRevisionEntity } from './catalogue-revision.entity';

const ROW_ID = 1;

/**
 * Moves the catalogue revision on, inside the transaction that changes what a published product shows, so
 * every BFF instance's in-memory copy of the catalogue (PublishedCatalogue) and its search caches notice on
 * their next read. ProductSearchIndexer calls it: every such change reindexes the product anyway.
 */
export async function bumpCatalogueRevision(manager: EntityManager): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(CatalogueRevisionEntity)
    .set({ revision: () => 'revision + 1' })
    .where('id = :id', { id: ROW_ID })
    .execute();
}

/** The current revision: one primary-key read, written as plain SQL because it runs on every catalogue request. */
export async function readCatalogueRevision(manager: EntityManager): Promise<number> {
  const rows: Array<{ revision: string | number }> = await manager.query(`SELECT revision FROM catalogue_revision WHERE id = ${ROW_ID}`);
  return rows.length > 0 ? Number(rows[0].revision) : 0;
}

/**
 * The revision as of each caller's request. Concurrent callers share reads (see CoalescedRead), so 50
 * simultaneous searches cost one or two primary-key reads rather than 50.
 */
@Injectable()
export class CatalogueRevisions {
  private readonly latest: CoalescedRead<number>;

  constructor(dataSource: DataSource) {
    this.latest = new CoalescedRead(() => readCatalogueRevision(dataSource.manager));
  }

  current(): Promise<number> {
    return this.latest.read();
  }
}
