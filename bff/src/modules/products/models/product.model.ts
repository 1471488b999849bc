import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnterpriseScale, GuaranteeMethod, ProductCategory, ProductStatus, RepaymentMethod } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import { InstitutionModel } from '../../institutions/models/institution.model';

@ObjectType('Product', { description: '金融产品' })
export class ProductModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => InstitutionModel)
  institution: InstitutionModel;

  @Field(() => ProductCategory)
  category: ProductCategory;

  @Field(() => [GuaranteeMethod])
  guaranteeMethods: GuaranteeMethod[];

  @Field(() => FenScalar)
  minAmountFen: number;

  @Field(() => FenScalar)
  maxAmountFen: number;

  @Field(() => Int)
  minTermMonths: number;

  @Field(() => Int)
  maxTermMonths: number;

  @Field(() => Int, { description: 'annual rate in basis points: 435 = 4.35%' })
  minRateBp: number;

  @Field(() => Int, { description: 'annual rate in basis points: 435 = 4.35%' })
  maxRateBp: number;

  @Field(() => [RepaymentMethod])
  repaymentMethods: RepaymentMethod[];

  @Field(() => [String], { description: 'GB/T 2260 codes; empty = every region' })
  targetRegionCodes: string[];

  @Field(() => [String], { description: 'GB/T 4754 section letters or division codes; empty = every industry' })
  targetIndustryCodes: string[];

  @Field(() => [EnterpriseScale], { description: 'empty = every scale' })
  targetScales: EnterpriseScale[];

  @Field(() => Int)
  minYearsInBusiness: number;

  @Field(() => String, { nullable: true, description: 'lowest accepted credit grade (AAA … C)' })
  minCreditGrade: string | null;

  @Field(() => [String])
  requiredMaterials: string[];

  @Field(() => Boolean)
  onlineApply: boolean;

  @Field(() => String)
  summary: string;

  @Field(() => String)
  description: string;

  @Field(() => ProductStatus)
  status: ProductStatus;

  @Field(() => Int)
  applyCount: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType('ProductConnection')
export class ProductConnection extends Connection(ProductModel, 'Product') {}
