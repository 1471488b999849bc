import { PRODUCT_FIELD_NAMES, type ProductFields } from '@rongtong/shared';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ProductRow } from '../products/product-records';
import { ProductVersionKind, ProductVersionStatus, type ProductVersionEntity } from './product-version.entity';

/** The editable fields of any object holding them (an entity, an input). */
export function pickProductFields(source: ProductFields): ProductFields {
  const picked: Partial<Record<keyof ProductFields, unknown>> = {};
  for (const name of PRODUCT_FIELD_NAMES) picked[name] = source[name];
  return picked as ProductFields;
}

/** A fresh review row proposing `product`'s fields, pending an operator's decision. */
export function pendingVersionRow(
  id: string,
  product: ProductFields & Pick<ProductRow, 'id' | 'institutionId'>,
  kind: ProductVersionKind,
  submittedBy: string,
  now: Date,
): QueryDeepPartialEntity<ProductVersionEntity> {
  return {
    id,
    productId: product.id,
    institutionId: product.institutionId,
    kind,
    proposed: pickProductFields(product),
    status: ProductVersionStatus.PENDING,
    submittedBy,
    submittedAt: now,
    reviewedBy: null,
    reviewedAt: null,
    reason: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}
