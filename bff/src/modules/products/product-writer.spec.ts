import { ProductStatus } from '@rongtong/shared';
import type { EntityManager } from 'typeorm';
import type { ProductEntity } from './product.entity';
import { ProductWriter } from './product-writer';
import type { ProductSearchIndexer } from './search/product-search-indexer';

/** A manager whose compare-and-set update changes `affected` rows, and an indexer recording what it reindexed. */
function writerWith(affected: number) {
  const reindexed: string[] = [];
  const sets: unknown[] = [];
  const builder = {
    update: () => builder,
    set: (values: unknown) => {
      sets.push(values);
      return builder;
    },
    where: () => builder,
    execute: async () => ({ affected }),
  };
  const manager = { createQueryBuilder: () => builder, insert: async () => undefined } as unknown as EntityManager;
  const indexer = { reindex: async (_manager: EntityManager, id: string) => void reindexed.push(id) } as unknown as ProductSearchIndexer;
  return { writer: new ProductWriter(indexer), manager, reindexed, sets };
}

const product = (status: ProductStatus) => ({ id: 'p1', status, version: 3 }) as ProductEntity;
const now = new Date('2026-01-02T03:04:05Z');

describe('ProductWriter', () => {
  it('moves the version on and reindexes a change to a published product, or one that publishes it', async () => {
    const published = writerWith(1);
    await expect(published.writer.updateIfUnchanged(published.manager, product(ProductStatus.PUBLISHED), { status: ProductStatus.RETIRED }, now)).resolves.toBe(true);
    expect(published.sets).toEqual([{ status: ProductStatus.RETIRED, version: 4, updatedAt: now }]);
    expect(published.reindexed).toEqual(['p1']);

    const publishing = writerWith(1);
    await publishing.writer.updateIfUnchanged(publishing.manager, product(ProductStatus.PENDING_REVIEW), { status: ProductStatus.PUBLISHED }, now);
    expect(publishing.reindexed).toEqual(['p1']);
  });

  it('leaves the index alone for products outside the catalogue and for a bare version bump', async () => {
    const draft = writerWith(1);
    await draft.writer.updateIfUnchanged(draft.manager, product(ProductStatus.DRAFT), { name: '新名称' }, now);
    await draft.writer.updateIfUnchanged(draft.manager, product(ProductStatus.PENDING_REVIEW), { status: ProductStatus.REJECTED }, now);
    await draft.writer.updateIfUnchanged(draft.manager, product(ProductStatus.PUBLISHED), {}, now);
    expect(draft.reindexed).toEqual([]);
  });

  it('answers false and reindexes nothing when the product changed meanwhile', async () => {
    const stale = writerWith(0);
    await expect(stale.writer.updateIfUnchanged(stale.manager, product(ProductStatus.PUBLISHED), { status: ProductStatus.RETIRED }, now)).resolves.toBe(false);
    expect(stale.reindexed).toEqual([]);
  });

  it('reindexes a new row only when it is inserted published', async () => {
    const inserts = writerWith(1);
    await inserts.writer.insert(inserts.manager, { id: 'draft', status: ProductStatus.DRAFT });
    await inserts.writer.insert(inserts.manager, { id: 'live', status: ProductStatus.PUBLISHED });
    expect(inserts.reindexed).toEqual(['live']);
  });
});
