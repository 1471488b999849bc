import { Injectable } from '@nestjs/common';
import { ProductStatus, Role } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../../infra/auth/auth-user';
import { Clock } from '../../infra/clock/clock';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import { AuditAction, AuditService, type AuditDetail } from '../audit/audit.service';
import { ProductEntity } from '../products/product.entity';
import { toProductModel } from '../products/product.mapper';
import { ProductSearchIndexer } from '../products/search/product-search-indexer';
import type { ProductModel } from '../products/models/product.model';
import type { MyInstitutionProductsArgs } from './dto/product-management.args';
import type { ProductDraftInput } from './dto/product-draft.input';
import type { PageArgs } from '../../infra/graphql/pagination/page.args';
import { productFieldErrors } from './product-field-rules';
import { pickProductFields, type ProductFields } from './product-fields';
import { ProductManagementException } from './product-management.exception';
import { ProductManagementRepository, type Keyset } from './product-management.repository';
import { ProductVersionEntity, ProductVersionKind, ProductVersionStatus } from './product-version.entity';
import type { ManagedProductConnection, ProductReviewConnection, ProductReviewModel } from './models/product-version.model';

const EDITABLE: readonly ProductStatus[] = [ProductStatus.DRAFT, ProductStatus.REJECTED];

/**
 * The product lifecycle (DESIGN §4.3): DRAFT|REJECTED → PENDING_REVIEW → PUBLISHED|REJECTED → RETIRED, and
 * changes to a published product as reviewed versions. Every transition is a compare-and-set plus an audit entry
 * in one transaction.
 */
@Injectable()
export class ProductManagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProductManagementRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly searchIndexer: ProductSearchIndexer,
  ) {}

  async myProducts(user: AuthUser, args: MyInstitutionProductsArgs): Promise<ManagedProductConnection> {
    const institutionId = institutionOf(user);
    const after = args.after ? decodeKeyset(args.after, 'UPDATED') : undefined;
    const status = args.status ?? null;
    const [rows, total] = await Promise.all([
      this.repository.institutionPage(institutionId, status, after, args.first + 1),
      this.repository.countInstitution(institutionId, status),
    ]);
    const cursorOf = (row: ProductEntity) => encodeCursor({ sort: 'UPDATED', key: row.updatedAt.toISOString(), id: row.id });
    return toConnection(rows, args.first, total, cursorOf, toProductModel);
  }

  async draft(user: AuthUser, id: string): Promise<ProductModel> {
    return toProductModel(await this.ownProduct(user, id));
  }

  async create(user: AuthUser, input: ProductDraftInput, meta: RequestMeta): Promise<ProductModel> {
    const institutionId = institutionOf(user);
    assertValid(input);
    const now = this.clock.now();
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(ProductEntity, {
        ...pickProductFields(input),
        id,
        institutionId,
        status: ProductStatus.DRAFT,
        applyCount: 0,
        publishedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.record(manager, user, AuditAction.PRODUCT_DRAFT_CREATED, id, meta, {});
    });
    return this.draft(user, id);
  }

  async update(user: AuthUser, id: string, input: ProductDraftInput, meta: RequestMeta): Promise<ProductModel> {
    assertValid(input);
    await this.dataSource.transaction(async (manager) => {
      const product = await this.ownProduct(user, id, manager);
      if (!EDITABLE.includes(product.status)) {
        throw ProductManagementException.wrongStatus('只有草稿或已驳回的产品可以直接修改；已发布的产品请提交变更');
      }
      await this.repository.updateProduct(manager, product, pickProductFields(input), this.clock.now());
      await this.record(manager, user, AuditAction.PRODUCT_DRAFT_UPDATED, id, meta, {});
    });
    return this.draft(user, id);
  }

  async submit(user: AuthUser, id: string, meta: RequestMeta): Promise<ProductModel> {
    await this.dataSource.transaction(async (manager) => {
      const product = await this.ownProduct(user, id, manager);
      if (!EDITABLE.includes(product.status)) throw ProductManagementException.wrongStatus('只有草稿或已驳回的产品可以提交审核');
      assertValid(product);
      const now = this.clock.now();
      await this.repository.updateProduct(manager, product, { status: ProductStatus.PENDING_REVIEW }, now);
      const versionId = await this.insertVersion(manager, user, product, ProductVersionKind.INITIAL, now);
      await this.record(manager, user, AuditAction.PRODUCT_SUBMITTED, id, meta, { reviewId: versionId });
    });
    return this.draft(user, id);
  }

  /** A change to a published product: the published row stays as it is until the change is approved. */
  async proposeChange(user: AuthUser, id: string, input: ProductDraftInput, meta: RequestMeta): Promise<ProductReviewModel> {
    assertValid(input);
    const versionId = await this.dataSource.transaction(async (manager) => {
      const product = await this.ownProduct(user, id, manager);
      if (product.status !== ProductStatus.PUBLISHED) throw ProductManagementException.wrongStatus('只有已发布的产品可以提交变更');
      if (await this.repository.hasPendingVersion(manager, id)) {
        throw ProductManagementException.wrongStatus('该产品已有待审核的变更，请等待审核结论');
      }
      const now = this.clock.now();
      // Bumping the version serialises concurrent proposals for the same product.
      await this.repository.updateProduct(manager, product, {}, now);
      const proposed = { id: product.id, institutionId: product.institutionId, ...pickProductFields(input) };
      const created = await this.insertVersion(manager, user, proposed, ProductVersionKind.CHANGE, now);
      await this.record(manager, user, AuditAction.PRODUCT_CHANGE_PROPOSED, id, meta, { reviewId: created });
      return created;
    });
    return this.review(versionId);
  }

  async retire(user: AuthUser, id: string, meta: RequestMeta): Promise<ProductModel> {
    await this.dataSource.transaction(async (manager) => {
      const product = await this.ownProduct(user, id, manager);
      if (product.status !== ProductStatus.PUBLISHED) throw ProductManagementException.wrongStatus('只有已发布的产品可以下架');
      await this.repository.updateProduct(manager, product, { status: ProductStatus.RETIRED }, this.clock.now());
      await this.record(manager, user, AuditAction.PRODUCT_RETIRED, id, meta, {});
    });
    return this.draft(user, id);
  }

  async queue(args: PageArgs): Promise<ProductReviewConnection> {
    const after = args.after ? decodeKeyset(args.after, 'SUBMITTED') : undefined;
    const [rows, total] = await Promise.all([this.repository.queuePage(after, args.first + 1), this.repository.countQueue()]);
    const reviews = await this.toReviews(rows);
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
        await this.repository.updateProduct(manager, product, { ...fields, status: ProductStatus.PUBLISHED, publishedAt: now }, now);
      } else {
        if (product.status !== ProductStatus.PUBLISHED) throw ProductManagementException.wrongStatus('该产品已不在发布状态，变更无法生效');
        await this.repository.updateProduct(manager, product, fields, now);
      }
      await this.searchIndexer.reindex(manager, product.id);
      await this.record(manager, user, AuditAction.PRODUCT_REVIEW_APPROVED, product.id, meta, { reviewId, kind: version.kind });
    });
    return this.review(reviewId);
  }

  async reject(user: AuthUser, reviewId: string, reason: string, meta: RequestMeta): Promise<ProductReviewModel> {
    await this.dataSource.transaction(async (manager) => {
      const { version, product } = await this.pendingReview(manager, reviewId);
      const now = this.clock.now();
      const decision = { status: ProductVersionStatus.REJECTED, reviewedBy: user.userId, reviewedAt: now, reason: reason.trim() };
      await this.repository.decideVersion(manager, version, decision, now);
      if (version.kind === ProductVersionKind.INITIAL && product.status === ProductStatus.PENDING_REVIEW) {
        await this.repository.updateProduct(manager, product, { status: ProductStatus.REJECTED }, now);
      }
      await this.record(manager, user, AuditAction.PRODUCT_REVIEW_REJECTED, product.id, meta, { reviewId, kind: version.kind });
    });
    return this.review(reviewId);
  }

  /** Every submission and decision of a product, newest first: staff of its institution and operators. */
  async history(user: AuthUser, productId: string): Promise<ProductReviewModel[]> {
    if (user.role === Role.OPERATOR) {
      if (!(await this.repository.findProduct(productId))) throw ProductManagementException.notFound();
    } else {
      await this.ownProduct(user, productId);
    }
    return this.toReviews(await this.repository.history(productId));
  }

  private async review(id: string): Promise<ProductReviewModel> {
    const version = await this.repository.findVersion(id);
    if (!version) throw ProductManagementException.reviewNotFound();
    const [review] = await this.toReviews([version]);
    if (!review) throw ProductManagementException.notFound();
    return review;
  }

  private async pendingReview(manager: EntityManager, reviewId: string): Promise<{ version: ProductVersionEntity; product: ProductEntity }> {
    const version = await this.repository.findVersion(reviewId, manager);
    if (!version) throw ProductManagementException.reviewNotFound();
    if (version.status !== ProductVersionStatus.PENDING) throw ProductManagementException.wrongStatus('该审核已有结论');
    const product = await this.repository.findProduct(version.productId, manager);
    if (!product) throw ProductManagementException.notFound();
    return { version, product };
  }

  private async toReviews(rows: readonly ProductVersionEntity[]): Promise<ProductReviewModel[]> {
    const products = await this.repository.findProducts([...new Set(rows.map((row) => row.productId))]);
    const byId = new Map(products.map((product) => [product.id, toProductModel(product)]));
    return rows.flatMap((row) => {
      const product = byId.get(row.productId);
      if (!product) return [];
      return [
        {
          id: row.id,
          kind: row.kind,
          status: row.status,
          proposed: pickProductFields(row.proposed),
          product,
          submittedBy: row.submittedBy,
          submittedAt: row.submittedAt,
          reviewedBy: row.reviewedBy,
          reviewedAt: row.reviewedAt,
          reason: row.reason,
        },
      ];
    });
  }

  private async ownProduct(user: AuthUser, id: string, manager?: EntityManager): Promise<ProductEntity> {
    const product = await this.repository.findProduct(id, manager);
    if (!product) throw ProductManagementException.notFound();
    if (product.institutionId !== institutionOf(user)) throw ProductManagementException.otherInstitution();
    return product;
  }

  private async insertVersion(
    manager: EntityManager,
    user: AuthUser,
    product: ProductFields & Pick<ProductEntity, 'id' | 'institutionId'>,
    kind: ProductVersionKind,
    now: Date,
  ): Promise<string> {
    const id = randomUUID();
    await manager.insert(ProductVersionEntity, {
      id,
      productId: product.id,
      institutionId: product.institutionId,
      kind,
      proposed: pickProductFields(product),
      status: ProductVersionStatus.PENDING,
      submittedBy: user.userId,
      submittedAt: now,
      reviewedBy: null,
      reviewedAt: null,
      reason: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  }

  private record(manager: EntityManager, user: AuthUser, action: AuditAction, productId: string, meta: RequestMeta, detail: AuditDetail): Promise<void> {
    return this.audit.record(
      { actorId: user.userId, actorRole: user.role, action, result: 'SUCCESS', targetType: 'PRODUCT', targetId: productId, meta, detail },
      manager,
    );
  }
}

function institutionOf(user: AuthUser): string {
  if (!user.institutionId) throw ProductManagementException.otherInstitution();
  return user.institutionId;
}

function assertValid(fields: Parameters<typeof productFieldErrors>[0]): void {
  const errors = productFieldErrors(fields, 'input');
  if (errors.length > 0) throw ProductManagementException.invalid(errors);
}

function decodeKeyset(after: string, sort: string): Keyset {
  try {
    const cursor = decodeCursor(after, sort, 'instant');
    return { key: cursor.key, id: cursor.id };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw ProductManagementException.invalidCursor();
    throw error;
  }
}
