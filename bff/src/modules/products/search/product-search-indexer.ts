import { Injectable } from '@nestjs/common';
import { ProductStatus } from '@rongtong/shared';
import { In, type EntityManager } from 'typeorm';
import { bumpCatalogueRevision } from '../catalogue/catalogue-revision';
import { ProductEntity } from '../product.entity';
import { ProductSearchTermEntity } from './product-search-term.entity';
import { searchTermRows, type SearchTermRow } from './product-search-terms';

/** Stays under SQLite's bound-parameter limit (3 columns a row). */
const INSERT_CHUNK = 200;

/**
 * Keeps `product_search_terms` in step with products. Call it inside the transaction that writes the
 * product (or its institution's name), so the index never disagrees with a committed product. Only published
 * products are indexed: what the supermarket can find. It also moves the catalogue revision on, which tells
 * in-memory copies of the catalogue to reload.
 */
@Injectable()
export class ProductSearchIndexer {
  /** Rewrites the terms of one product; removes them when the product is no longer published (or gone). */
  reindex(manager: EntityManager, productId: string): Promise<void> {
    return this.reindexMany(manager, [productId]);
  }

  async reindexMany(manager: EntityManager, productIds: readonly string[]): Promise<void> {
    if (productIds.length === 0) return;
    await manager.delete(ProductSearchTermEntity, { productId: In([...productIds]) });
    const products = await manager.find(ProductEntity, {
      where: { id: In([...productIds]), status: ProductStatus.PUBLISHED },
      relations: { institution: true },
    });
    const rows = products.flatMap((product) =>
      searchTermRows({ ...product, institutionName: product.institution?.name ?? '' }),
    );
    await insertTerms(manager, rows);
    await bumpCatalogueRevision(manager);
  }
}

export async function insertTerms(manager: EntityManager, rows: readonly SearchTermRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(ProductSearchTermEntity, rows.slice(start, start + INSERT_CHUNK));
  }
}
