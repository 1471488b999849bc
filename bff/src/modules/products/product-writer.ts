import { Injectable } from '@nestjs/common';
import { ProductStatus } from '@rongtong/shared';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ProductEntity } from './product.entity';
import type { ProductRow } from './product-records';
import { ProductSearchIndexer } from './search/product-search-indexer';

/** A whole new product row. */
export type NewProductRow = QueryDeepPartialEntity<ProductEntity> & Pick<ProductEntity, 'id' | 'status'>;

/**
 * The one way other modules write the products table, always inside the caller's transaction. It keeps the rule
 * that a change to what the published catalogue shows reindexes the product and moves the catalogue revision on
 * (ProductSearchIndexer) in the transaction that makes the change.
 */
@Injectable()
export class ProductWriter {
  constructor(private readonly searchIndexer: ProductSearchIndexer) {}

  async insert(manager: EntityManager, row: NewProductRow): Promise<void> {
    await manager.insert(ProductEntity, row);
    if (row.status === ProductStatus.PUBLISHED) await this.searchIndexer.reindex(manager, row.id);
  }

  /**
   * `UPDATE products … WHERE id = ? AND status = ? AND version = ?`, moving the version on; answers false, having
   * written nothing, when another transaction changed the product since `current` was read. The product is
   * reindexed when it was or becomes published and something changes; a bare version bump (no changes) leaves
   * what the catalogue shows as it is.
   */
  async updateIfUnchanged(manager: EntityManager, current: ProductRow, changes: Partial<ProductRow>, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ProductEntity)
      .set({ ...changes, version: current.version + 1, updatedAt: now })
      .where('id = :id AND status = :status AND version = :version', { id: current.id, status: current.status, version: current.version })
      .execute();
    if (result.affected !== 1) return false;
    if (showsInCatalogue(current, changes)) await this.searchIndexer.reindex(manager, current.id);
    return true;
  }
}

function showsInCatalogue(current: ProductRow, changes: Partial<ProductRow>): boolean {
  if (Object.keys(changes).length === 0) return false;
  return current.status === ProductStatus.PUBLISHED || changes.status === ProductStatus.PUBLISHED;
}
