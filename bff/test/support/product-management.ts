import { EnterpriseScale, GuaranteeMethod, ProductCategory, ProductStatus, RepaymentMethod } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { ProductVersionEntity, ProductVersionKind } from '../../src/modules/product-management/product-version.entity';
import type { ProductFields } from '@rongtong/shared';
import { pendingVersionRow } from '../../src/modules/product-management/product-fields';
import { ProductEntity } from '../../src/modules/products/product.entity';
import { TEST_INSTITUTION_ID } from './auth';
import type { TestApp } from './test-app';

/** A complete, valid ProductDraftInput. */
export function validProductInput(overrides: Partial<ProductFields> = {}): ProductFields {
  return {
    name: '科创信用贷',
    category: ProductCategory.CREDIT,
    guaranteeMethods: [GuaranteeMethod.CREDIT],
    minAmountFen: 10_000_00,
    maxAmountFen: 3_000_000_00,
    minTermMonths: 6,
    maxTermMonths: 36,
    minRateBp: 350,
    maxRateBp: 600,
    repaymentMethods: [RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.INTEREST_FIRST],
    targetRegionCodes: ['341200'],
    targetIndustryCodes: ['C'],
    targetScales: [EnterpriseScale.MICRO, EnterpriseScale.SMALL],
    minYearsInBusiness: 1,
    minCreditGrade: 'BBB',
    requiredMaterials: ['营业执照', '近一年财务报表'],
    onlineApply: true,
    summary: '面向科技型小微企业的纯信用贷款',
    description: '无需抵押，线上申请，最快当天放款。',
    ...overrides,
  };
}

/** A product row written directly, in the given status, of the test institution unless told otherwise. */
export async function insertManagedProduct(t: TestApp, status: ProductStatus, institutionId = TEST_INSTITUTION_ID): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await t.dataSource.manager.insert(ProductEntity, {
    ...validProductInput({ name: `矩阵产品${id.slice(0, 6)}` }),
    id,
    institutionId,
    status,
    applyCount: 0,
    publishedAt: status === ProductStatus.PUBLISHED || status === ProductStatus.RETIRED ? now : null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/** A product awaiting its first review, with its pending review row; returns the review id. */
export async function insertPendingReview(t: TestApp, submittedBy: string): Promise<string> {
  const productId = await insertManagedProduct(t, ProductStatus.PENDING_REVIEW);
  const product = await t.dataSource.manager.findOneByOrFail(ProductEntity, { id: productId });
  const id = randomUUID();
  await t.dataSource.manager.insert(ProductVersionEntity, pendingVersionRow(id, product, ProductVersionKind.INITIAL, submittedBy, new Date()));
  return id;
}
