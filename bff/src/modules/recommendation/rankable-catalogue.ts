import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readCatalogueRevision } from '../products/catalogue/catalogue-revision';
import type { ProductEntity } from '../products/product.entity';
import { RecommendationRepository } from './recommendation.repository';

interface Snapshot {
  revision: number;
  products: readonly ProductEntity[];
}

/**
 * Every published product with its institution, kept in memory: a recommendation scores the whole catalogue,
 * and reading thousands of rows per request would dominate its latency. Each read checks the catalogue revision
 * (one primary-key lookup), so a product published or retired through any BFF instance is seen on the next
 * request; concurrent requests after a change share one reload.
 */
@Injectable()
export class RankableCatalogue {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecommendationRepository,
  ) {}

  async products(): Promise<readonly ProductEntity[]> {
    const revision = await readCatalogueRevision(this.dataSource.manager);
    if (this.snapshot?.revision === revision) return this.snapshot.products;
    return (await this.reload(revision)).products;
  }

  private reload(revision: number): Promise<Snapshot> {
    if (!this.loading) {
      // The revision is read before the rows, so the rows are at least that new; a change in between only
      // costs one more reload on the next request.
      this.loading = this.repository
        .findCatalogue()
        .then((products) => {
          const snapshot = { revision, products };
          if (!this.snapshot || this.snapshot.revision <= revision) this.snapshot = snapshot;
          return snapshot;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }
}
