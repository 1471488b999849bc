import { Injectable } from '@nestjs/common';
import { ProductStatus, Role } from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { encodeCursor } from '../../infra/graphql/pagination/cursor';
import type { PageArgs } from '../../infra/graphql/pagination/page.args';
import { AuditAction, AuditService } from '../audit/audit.service';
import { ProductRecords, type ProductRow } from '../products/product-records';
import { ProductWriter } from '../products/product-writer';
import { pickProductFields } from './product-fields';
import { ProductManagementException } from './product-management.exception';
import { ProductManagementRepository } from './product-management.repository';
import { assertOwnProduct, decodeKeyset, recordProductAudit, updateProduct } from './product-management.support';
import { ProductReviewReader } from './product-review.reader';
import { ProductVersionKind, ProductVersionStatus, type ProductVersionEntity } from './product-version.entity';
import type { ProductReviewConnection, ProductReviewModel } from './models/product-version.model';

/** The operator's side of product review: the queue (oldest first), approve, reject; and every side's history. */
@Injectable()
export class ProductReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProductManagementRepository,
    private readonly reader: ProductReviewReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly products: ProductWriter,
    private readonly records: ProductRecords,
  ) {}

  async queue(args: PageArgs): Promise<ProductReviewConnection> {
    const after = args.after ? decodeKeyset(args.after, 'SUBMITTED') : undefined;
    const [rows, total] = await Promise.all([this.repository.queuePage(after, args.first + 1), this.repository.countQueue()]);
    const reviews = await this.reader.toReviews(rows);
    const byId = new Map(reviews.map((review) => [review.id, review]));
    const cursorOf = (row: ProductVersionEntity) => encodeCursor({ sort: 'SUBMITTED', key: row.submittedAt.toISOString(), id: row.id });
    return toConnection(rows, args.first, total, cursorOf, (row) => byId.get(row.id) as ProductReviewModel);
  }

  async approve(user: AuthUser, reviewId: string, meta: RequestMeta): Promise<ProductReviewModel> {
    await this.dataSource.transaction(async (manager) => {
      const { version, product } = await this.pendingReview(manager, reviewId);
      const now = this.clock.now();
      await this.repository.decideVersion(manager, version, { status: ProductVersionStatus.APPROVED, reviewedBy: user.userId, reviewedAt: now }, now);
      const fields = pickProductFields(version.proposed);
      if (version.kind === ProductVersionKind.INITIAL) {
        if (product.status !== ProductStatus.PENDING_REVIEW) throw ProductManagementException.changedMeanwhile();
        await updateProduct(this.products, manager, product, { ...fields, status: ProductStatus.PUBLISHED, publishedAt: now }, now);
      } else {
        if (product.status !== ProductStatus.PUBLISHED) throw ProductManagementException.wrongStatus('该产品已不在发布状态，变更无法生效');
        await updateProduct(this.products, manager, product, fields, now);
      }
      const detail = { reviewId, kind: version.kind };
      await recordProductAudit(this.audit, manager, { user, action: AuditAction.PRODUCT_REVIEW_APPROVED, productId: product.id, meta, detail });
    });
    return this.reader.review(reviewId);
  }

  async reject(user: AuthUser, reviewId: string, reason: string, meta: RequestMeta): Promise<ProductReviewModel> {
    await this.dataSource.transaction(async (manager) => {
      const { version, product } = await this.pendingReview(manager, reviewId);
      const now = this.clock.now();
      const decision = { status: ProductVersionStatus.REJECTED, reviewedBy: user.userId, reviewedAt: now, reason: reason.trim() };
      await this.repository.decideVersion(manager, version, decision, now);
      if (version.kind === ProductVersionKind.INITIAL && product.status === ProductStatus.PENDING_REVIEW) {
        await updateProduct(this.products, manager, product, { status: ProductStatus.REJECTED }, now);
      }
      const detail = { reviewId, kind: version.kind };
      await recordProductAudit(this.audit, manager, { user, action: AuditAction.PRODUCT_REVIEW_REJECTED, productId: product.id, meta, detail });
    });
    return this.reader.review(reviewId);
  }

  /** Every submission and decision of a product, newest first: staff of its institution and operators. */
  async history(user: AuthUser, productId: string): Promise<ProductReviewModel[]> {
    const product = await this.records.findById(productId);
    if (user.role === Role.OPERATOR) {
      if (!product) throw ProductManagementException.notFound();
    } else {
      assertOwnProduct(user, product);
    }
    return this.reader.toReviews(await this.repository.history(productId));
  }

  private async pendingReview(manager: EntityManager, reviewId: string): Promise<{ version: ProductVersionEntity; product: ProductRow }> {
    const version = await this.repository.findVersion(reviewId, manager);
    if (!version) throw ProductManagementException.reviewNotFound();
    if (version.status !== ProductVersionStatus.PENDING) throw ProductManagementException.alreadyDecided(version.status);
    const product = await this.records.findById(version.productId, manager);
    if (!product) throw ProductManagementException.notFound();
    return { version, product };
  }
}
