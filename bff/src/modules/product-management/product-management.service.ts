import { Injectable } from '@nestjs/common';
import { ProductStatus, type ProductFields } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { encodeCursor } from '../../infra/graphql/pagination/cursor';
import { AuditAction, AuditService, type AuditDetail } from '../audit/audit.service';
import { toProductModel } from '../products/product.mapper';
import { ProductRecords, type ProductRow } from '../products/product-records';
import { ProductWriter } from '../products/product-writer';
import type { ProductModel } from '../products/models/product.model';
import type { MyInstitutionProductsArgs } from './dto/product-management.args';
import type { ProductDraftInput } from './dto/product-draft.input';
import { productFieldErrors } from './product-field-rules';
import { pendingVersionRow, pickProductFields } from './product-fields';
import { ProductManagementException } from './product-management.exception';
import { ProductManagementRepository } from './product-management.repository';
import { assertOwnProduct, decodeKeyset, institutionOf, recordProductAudit, updateProduct } from './product-management.support';
import { ProductReviewReader } from './product-review.reader';
import { ProductVersionEntity, ProductVersionKind, ProductVersionStatus } from './product-version.entity';
import type { ManagedProductConnection, ManagedProductModel, ProductReviewModel } from './models/product-version.model';

const EDITABLE: readonly ProductStatus[] = [ProductStatus.DRAFT, ProductStatus.REJECTED];
export const CANCELLED_BY_RETIREMENT = '产品已下架，待审核的变更随之撤销';

/**
 * The product manager's side of the lifecycle (DESIGN §4.3): drafts, submission, changes to a published product as
 * reviewed versions, retirement. Every transition is a compare-and-set plus an audit entry in one transaction.
 */
@Injectable()
export class ProductManagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProductManagementRepository,
    private readonly reader: ProductReviewReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly products: ProductWriter,
    private readonly records: ProductRecords,
  ) {}

  async myProducts(user: AuthUser, args: MyInstitutionProductsArgs): Promise<ManagedProductConnection> {
    const institutionId = institutionOf(user);
    const after = args.after ? decodeKeyset(args.after, 'UPDATED') : undefined;
    const status = args.status ?? null;
    const [rows, total] = await Promise.all([
      this.records.institutionPage(institutionId, status, after, args.first + 1),
      this.records.countOfInstitution(institutionId, status),
    ]);
    const latest = await this.reader.latestByProduct(rows.slice(0, args.first));
    const cursorOf = (row: ProductRow) => encodeCursor({ sort: 'UPDATED', key: row.updatedAt.toISOString(), id: row.id });
    const toNode = (row: ProductRow): ManagedProductModel => ({ id: row.id, product: toProductModel(row), latestReview: latest.get(row.id) ?? null });
    return toConnection(rows, args.first, total, cursorOf, toNode);
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
      await this.products.insert(manager, {
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
      await updateProduct(this.products, manager, product, pickProductFields(input), this.clock.now());
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
      await updateProduct(this.products, manager, product, { status: ProductStatus.PENDING_REVIEW }, now);
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
      await updateProduct(this.products, manager, product, {}, now);
      const proposed = { id: product.id, institutionId: product.institutionId, ...pickProductFields(input) };
      const created = await this.insertVersion(manager, user, proposed, ProductVersionKind.CHANGE, now);
      await this.record(manager, user, AuditAction.PRODUCT_CHANGE_PROPOSED, id, meta, { reviewId: created });
      return created;
    });
    return this.reader.review(versionId);
  }

  /**
   * Takes a published product off the supermarket at once (status and search index in one transaction). A change
   * still under review is cancelled with it: the manager meant the product to go, and an operator must not be able
   * to approve a change to a product that is no longer offered.
   */
  async retire(user: AuthUser, id: string, meta: RequestMeta): Promise<ProductModel> {
    await this.dataSource.transaction(async (manager) => {
      const product = await this.ownProduct(user, id, manager);
      if (product.status !== ProductStatus.PUBLISHED) throw ProductManagementException.wrongStatus('只有已发布的产品可以下架');
      const now = this.clock.now();
      await updateProduct(this.products, manager, product, { status: ProductStatus.RETIRED }, now);
      const pending = await this.repository.pendingVersion(manager, id);
      if (pending) {
        const cancellation = { status: ProductVersionStatus.CANCELLED, reviewedAt: now, reason: CANCELLED_BY_RETIREMENT };
        await this.repository.decideVersion(manager, pending, cancellation, now);
      }
      await this.record(manager, user, AuditAction.PRODUCT_RETIRED, id, meta, pending ? { cancelledReviewId: pending.id } : {});
    });
    return this.draft(user, id);
  }

  private async ownProduct(user: AuthUser, id: string, manager?: EntityManager): Promise<ProductRow> {
    return assertOwnProduct(user, await this.records.findById(id, manager));
  }

  private async insertVersion(
    manager: EntityManager,
    user: AuthUser,
    product: ProductFields & Pick<ProductRow, 'id' | 'institutionId'>,
    kind: ProductVersionKind,
    now: Date,
  ): Promise<string> {
    const id = randomUUID();
    await manager.insert(ProductVersionEntity, pendingVersionRow(id, product, kind, user.userId, now));
    return id;
  }

  private record(manager: EntityManager, user: AuthUser, action: AuditAction, productId: string, meta: RequestMeta, detail: AuditDetail): Promise<void> {
    return recordProductAudit(this.audit, manager, { user, action, productId, meta, detail });
  }
}

function assertValid(fields: Parameters<typeof productFieldErrors>[0]): void {
  const errors = productFieldErrors(fields, 'input');
  if (errors.length > 0) throw ProductManagementException.invalid(errors);
}
