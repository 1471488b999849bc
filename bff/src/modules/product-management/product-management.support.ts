import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { decodeCursor, InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import type { AuditAction, AuditDetail, AuditService } from '../audit/audit.service';
import type { ProductRow } from '../products/product-records';
import type { ProductWriter } from '../products/product-writer';
import { ProductManagementException } from './product-management.exception';
import type { Keyset } from './product-management.repository';

/** The institution a product manager acts for; FORBIDDEN for an account bound to none. */
export function institutionOf(user: AuthUser): string {
  if (!user.institutionId) throw ProductManagementException.otherInstitution();
  return user.institutionId;
}

/** Object-level check: staff manage only their own institution's products. */
export function assertOwnProduct(user: AuthUser, product: ProductRow | null): ProductRow {
  if (!product) throw ProductManagementException.notFound();
  if (product.institutionId !== institutionOf(user)) throw ProductManagementException.otherInstitution();
  return product;
}

/** A compare-and-set update through the products' writer (which reindexes what the catalogue shows); CONFLICT when the product changed meanwhile. */
export async function updateProduct(writer: ProductWriter, manager: EntityManager, current: ProductRow, changes: Partial<ProductRow>, now: Date): Promise<void> {
  if (!(await writer.updateIfUnchanged(manager, current, changes, now))) throw ProductManagementException.changedMeanwhile();
}

export function decodeKeyset(after: string, sort: string): Keyset {
  try {
    const cursor = decodeCursor(after, sort, 'instant');
    return { key: cursor.key, id: cursor.id };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw ProductManagementException.invalidCursor();
    throw error;
  }
}

/** One audit entry for a product transition, written in the transition's transaction (fails closed). */
export function recordProductAudit(
  audit: AuditService,
  manager: EntityManager,
  entry: { user: AuthUser; action: AuditAction; productId: string; meta: RequestMeta; detail: AuditDetail },
): Promise<void> {
  const { user, action, productId, meta, detail } = entry;
  return audit.record(
    { actorId: user.userId, actorRole: user.role, action, result: 'SUCCESS', targetType: 'PRODUCT', targetId: productId, meta, detail },
    manager,
  );
}
