import { Injectable } from '@nestjs/common';
import { CommittedReads } from '../../../infra/database/committed-reads';
import type { ProductModel } from '../models/product.model';
import type { ProductEntity } from '../product.entity';
import type { ProductRow } from '../product-records';
import { toProductModel } from '../product.mapper';
import { ProductsRepository } from '../products.repository';
import { CatalogueRevisions } from './catalogue-revision';

/** Builds a structure from a snapshot's products; the function itself names the structure (see `derive`). */
export type Derivation<T> = (products: readonly ProductEntity[]) => T;

/** The GraphQL model of every product of a snapshot, by id: built once, then shared by every response. */
function productModels(products: readonly ProductEntity[]): ReadonlyMap<string, ProductModel> {
  return new Map(products.map((product) => [product.id, toProductModel(product)]));
}

/** Every published product of a listed institution, with its institution, as of one catalogue revision. */
export class CatalogueSnapshot {
  readonly byId: ReadonlyMap<string, ProductEntity>;
  private readonly derived = new Map<Derivation<unknown>, unknown>();

  constructor(
    readonly revision: number,
    readonly products: readonly ProductEntity[],
  ) {
    this.byId = new Map(products.map((product) => [product.id, product]));
  }

  /** `build(products)`, computed once per snapshot (an index, say) and shared by every request after. */
  derive<T>(build: Derivation<T>): T {
    if (!this.derived.has(build)) this.derived.set(build, build(this.products));
    return this.derived.get(build) as T;
  }

  /** The model of a product of this snapshot (its entities and models are never changed after loading). */
  modelOf(product: ProductRow): ProductModel {
    return this.derive(productModels).get(product.id) ?? toProductModel(product);
  }

  /** The products with these ids, in that order; null when any of them is not in this snapshot. */
  pick(ids: readonly string[]): ProductEntity[] | null {
    const products: ProductEntity[] = [];
    for (const id of ids) {
      const product = this.byId.get(id);
      if (!product) return null;
      products.push(product);
    }
    return products;
  }
}

/**
 * The published catalogue kept in memory: a recommendation scores all of it, and cached searches are answered
 * from it without reading product rows. Reads are tied to the catalogue revision (see CatalogueRevisions), so
 * a product published or retired is seen at once through the instance that changed it and within
 * REVISION_FRESHNESS_MS through the others; concurrent requests after a change share one reload.
 */
@Injectable()
export class PublishedCatalogue {
  private snapshot: CatalogueSnapshot | null = null;
  private loading: Promise<CatalogueSnapshot> | null = null;

  constructor(
    private readonly revisions: CatalogueRevisions,
    private readonly repository: ProductsRepository,
    private readonly committedReads: CommittedReads,
  ) {}

  /** The catalogue as of now, loading it when it has changed. */
  async current(): Promise<CatalogueSnapshot> {
    const revision = await this.revisions.current();
    return this.peek(revision) ?? this.reload(revision);
  }

  /** The snapshot of exactly `revision` when it is in memory; otherwise null, and a reload starts in the background. */
  peek(revision: number): CatalogueSnapshot | null {
    if (this.snapshot?.revision === revision) return this.snapshot;
    // Callers without the snapshot fall back to SQL; a failed background load is retried by the next request.
    if (!this.snapshot || this.snapshot.revision < revision) this.reload(revision).catch(() => undefined);
    return null;
  }

  private reload(revision: number): Promise<CatalogueSnapshot> {
    if (!this.loading) {
      // The revision is read before the rows, so the rows are at least that new; a change in between only
      // costs one more reload on the next request. Rows that may include uncommitted ones serve the requests
      // waiting for them but are not kept.
      const watch = this.committedReads.watch();
      this.loading = this.repository
        .findAllPublished()
        .then((products) => {
          const snapshot = new CatalogueSnapshot(revision, products);
          const keep = watch.sawOnlyCommitted() && (!this.snapshot || this.snapshot.revision <= revision);
          if (keep) this.snapshot = snapshot;
          return snapshot;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }
}
