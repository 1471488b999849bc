import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { EnterpriseScale } from '@rongtong/shared';
import { ProductModel } from '../../products/models/product.model';
import { RecommendationPreference } from '../recommendation-preference.enum';

@ObjectType('RecommendedProduct', { description: '推荐的产品：得分、符合的条件，以及暂不符合的原因' })
export class RecommendedProductModel {
  @Field(() => ProductModel)
  product: ProductModel;

  @Field(() => Float, { description: '0–100 的推荐得分，见 bff/README 的公式' })
  score: number;

  @Field(() => [String], { description: '符合的条件，如“额度覆盖100万元”' })
  matchedConditions: string[];

  @Field(() => [RecommendationPreference])
  matchedPreferences: RecommendationPreference[];

  @Field(() => [String], { description: '暂不符合的原因（可申请的产品为空），如“成立年限不足2年”' })
  reasons: string[];
}

@ObjectType('RecommendationProfile', { description: '参与推荐的企业画像（明确输入优先，其余取自当前企业）' })
export class RecommendationProfileModel {
  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field(() => String, { nullable: true })
  industryCode: string | null;

  @Field(() => String, { nullable: true })
  industryName: string | null;

  @Field(() => EnterpriseScale, { nullable: true })
  scale: EnterpriseScale | null;

  @Field(() => Int, { nullable: true })
  yearsInBusiness: number | null;

  @Field(() => String, { nullable: true, description: '画像取自的企业名称；未登录或未选择企业时为空' })
  enterpriseName: string | null;
}

@ObjectType('RecommendationResult')
export class RecommendationResultModel {
  @Field(() => RecommendationProfileModel)
  profile: RecommendationProfileModel;

  @Field(() => [RecommendedProductModel], { description: '可申请的产品，按得分从高到低' })
  recommended: RecommendedProductModel[];

  @Field(() => [RecommendedProductModel], { description: '暂不符合（仅差一到两项条件）的产品' })
  nearMisses: RecommendedProductModel[];
}
