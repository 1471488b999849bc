import type { EntityManager } from 'typeorm';
import { CatalogueRevisionEntity } from './catalogue-revision.entity';

const ROW_ID = 1;

/**
 * Moves the catalogue revision on, inside the transaction that changes what a published product shows, so
 * every BFF instance's in-memory copy of the catalogue (see RankableCatalogue) notices on its next read.
 * ProductSearchIndexer calls it: every such change reindexes the product anyway.
 */
export async function bumpCatalogueRevision(manager: EntityManager): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(CatalogueRevisionEntity)
    .set({ revision: () => 'revision + 1' })
    .where('id = :id', { id: ROW_ID })
    .execute();
}

/** The current revision: one primary-key read. */
export async function readCatalogueRevision(manager: EntityManager): Promise<number> {
  const row = await manager.findOneBy(CatalogueRevisionEntity, { id: ROW_ID });
  return row?.revision ?? 0;
}
