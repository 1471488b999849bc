import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';

@ObjectType('ProductCategoryFacet')
export class ProductCategoryFacet {
  @Field(() => ProductCategory)
  value: ProductCategory;

  @Field(() => Int)
  count: number;
}

@ObjectType('InstitutionTypeFacet')
export class InstitutionTypeFacet {
  @Field(() => InstitutionType)
  value: InstitutionType;

  @Field(() => Int)
  count: number;
}

@ObjectType('GuaranteeMethodFacet')
export class GuaranteeMethodFacet {
  @Field(() => GuaranteeMethod)
  value: GuaranteeMethod;

  @Field(() => Int)
  count: number;
}

@ObjectType('RepaymentMethodFacet')
export class RepaymentMethodFacet {
  @Field(() => RepaymentMethod)
  value: RepaymentMethod;

  @Field(() => Int)
  count: number;
}

@ObjectType('ProductFacets', {
  description: '筛选面板的计数：每一组的计数应用除该组以外的全部筛选条件；每个取值都列出，没有产品时计数为 0',
})
export class ProductFacets {
  @Field(() => [ProductCategoryFacet])
  categories: ProductCategoryFacet[];

  @Field(() => [InstitutionTypeFacet])
  institutionTypes: InstitutionTypeFacet[];

  @Field(() => [GuaranteeMethodFacet], { description: '一个产品可有多种担保方式，各项之和可能大于产品数' })
  guaranteeMethods: GuaranteeMethodFacet[];

  @Field(() => [RepaymentMethodFacet], { description: '一个产品可有多种还款方式，各项之和可能大于产品数' })
  repaymentMethods: RepaymentMethodFacet[];

  @Field(() => Int, { description: '可在线申请的产品数（不应用“仅看可在线申请”本身）' })
  onlineApply: number;
}
