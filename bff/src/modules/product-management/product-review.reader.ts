import { Injectable } from '@nestjs/common';
import { AccountNames } from '../accounts/account-names';
import { toProductModel } from '../products/product.mapper';
import { ProductRecords, type ProductRow } from '../products/product-records';
import type { ProductModel } from '../products/models/product.model';
import { pickProductFields } from './product-fields';
import { ProductManagementException } from './product-management.exception';
import { ProductManagementRepository } from './product-management.repository';
import type { ProductVersionEntity } from './product-version.entity';
import type { ProductReviewModel } from './models/product-version.model';

/** Maps review rows to the GraphQL model with their product and the names of who submitted and decided. */
@Injectable()
export class ProductReviewReader {
  constructor(
    private readonly repository: ProductManagementRepository,
    private readonly products: ProductRecords,
    private readonly accountNames: AccountNames,
  ) {}

  async review(id: string): Promise<ProductReviewModel> {
    const version = await this.repository.findVersion(id);
    if (!version) throw ProductManagementException.reviewNotFound();
    const [review] = await this.toReviews([version]);
    if (!review) throw ProductManagementException.notFound();
    return review;
  }

  /** The newest review of each product that has one. */
  async latestByProduct(products: readonly ProductRow[]): Promise<Map<string, ProductReviewModel>> {
    const latest = new Map<string, ProductVersionEntity>();
    for (const row of await this.repository.versionsOf(products.map((product) => product.id))) {
      if (!latest.has(row.productId)) latest.set(row.productId, row);
    }
    const reviews = await this.toReviews([...latest.values()], products);
    return new Map(reviews.map((review) => [review.product.id, review]));
  }

  /** Rows whose product is gone are left out; `loaded` spares reading products the caller already has. */
  async toReviews(rows: readonly ProductVersionEntity[], loaded: readonly ProductRow[] = []): Promise<ProductReviewModel[]> {
    const products = await this.productsOf(rows, loaded);
    const names = await this.accountNames.full(
      [...new Set(rows.flatMap((row) => (row.reviewedBy ? [row.submittedBy, row.reviewedBy] : [row.submittedBy])))],
    );
    return rows.flatMap((row) => {
      const product = products.get(row.productId);
      if (!product) return [];
      return [
        {
          id: row.id,
          kind: row.kind,
          status: row.status,
          proposed: pickProductFields(row.proposed),
          product,
          submittedBy: row.submittedBy,
          submittedByName: names.get(row.submittedBy) ?? null,
          submittedAt: row.submittedAt,
          reviewedBy: row.reviewedBy,
          reviewedByName: row.reviewedBy ? (names.get(row.reviewedBy) ?? null) : null,
          reviewedAt: row.reviewedAt,
          reason: row.reason,
        },
      ];
    });
  }

  private async productsOf(rows: readonly ProductVersionEntity[], loaded: readonly ProductRow[]): Promise<Map<string, ProductModel>> {
    const known = new Set(loaded.map((product) => product.id));
    const missing = [...new Set(rows.map((row) => row.productId))].filter((id) => !known.has(id));
    const fetched = await this.products.findByIds(missing);
    return new Map([...loaded, ...fetched].map((product) => [product.id, toProductModel(product)]));
  }
}
