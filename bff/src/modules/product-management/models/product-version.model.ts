import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnterpriseScale, GuaranteeMethod, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import { ProductModel } from '../../products/models/product.model';
import { ProductVersionKind, ProductVersionStatus } from '../product-version.entity';
import type { ProductFields } from '@rongtong/shared';

registerEnumType(ProductVersionKind, { name: 'ProductVersionKind', description: 'INITIAL 首次发布 / CHANGE 已发布产品的变更' });
registerEnumType(ProductVersionStatus, { name: 'ProductVersionStatus', description: '待审核 / 已通过 / 已驳回 / 已撤销（产品下架时未审的变更）' });

@ObjectType('ProductFieldValues', { description: '提交审核的产品字段取值' })
export class ProductFieldValuesModel implements ProductFields {
  @Field(() => String) name: string;
  @Field(() => ProductCategory) category: ProductCategory;
  @Field(() => [GuaranteeMethod]) guaranteeMethods: GuaranteeMethod[];
  @Field(() => FenScalar) minAmountFen: number;
  @Field(() => FenScalar) maxAmountFen: number;
  @Field(() => Int) minTermMonths: number;
  @Field(() => Int) maxTermMonths: number;
  @Field(() => Int) minRateBp: number;
  @Field(() => Int) maxRateBp: number;
  @Field(() => [RepaymentMethod]) repaymentMethods: RepaymentMethod[];
  @Field(() => [String]) targetRegionCodes: string[];
  @Field(() => [String]) targetIndustryCodes: string[];
  @Field(() => [EnterpriseScale]) targetScales: EnterpriseScale[];
  @Field(() => Int) minYearsInBusiness: number;
  @Field(() => String, { nullable: true }) minCreditGrade: string | null;
  @Field(() => [String]) requiredMaterials: string[];
  @Field(() => Boolean) onlineApply: boolean;
  @Field(() => String) summary: string;
  @Field(() => String) description: string;
}

@ObjectType('ProductReview', { description: '一次产品审核提交及其结论' })
export class ProductReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProductVersionKind)
  kind: ProductVersionKind;

  @Field(() => ProductVersionStatus)
  status: ProductVersionStatus;

  @Field(() => ProductFieldValuesModel, { description: '提交审核的字段取值' })
  proposed: ProductFieldValuesModel;

  @Field(() => ProductModel, { description: '产品当前的取值（已发布产品的变更审核时即线上版本）' })
  product: ProductModel;

  @Field(() => ID)
  submittedBy: string;

  @Field(() => String, { nullable: true, description: '提交人姓名' })
  submittedByName: string | null;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => ID, { nullable: true })
  reviewedBy: string | null;

  @Field(() => String, { nullable: true, description: '审核人姓名' })
  reviewedByName: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: '驳回原因，或撤销变更的说明' })
  reason: string | null;
}

@ObjectType('ManagedProduct', { description: '机构管理视角的产品：当前取值及最近一次审核' })
export class ManagedProductModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProductModel, { description: '产品当前的取值（已发布产品即线上版本）' })
  product: ProductModel;

  @Field(() => ProductReviewModel, {
    nullable: true,
    description: '最近一次提交：待审核时为审核中的版本（首次发布或变更），已驳回时带驳回原因；从未提交过为空',
  })
  latestReview: ProductReviewModel | null;
}

@ObjectType('ProductReviewConnection')
export class ProductReviewConnection extends Connection(ProductReviewModel, 'ProductReview') {}

@ObjectType('ManagedProductConnection')
export class ManagedProductConnection extends Connection(ManagedProductModel, 'ManagedProduct') {}
