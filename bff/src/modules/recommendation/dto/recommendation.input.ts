import { Field, InputType, Int } from '@nestjs/graphql';
import { EnterpriseScale } from '@rongtong/shared';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import { MemoizedValidation } from '../../../infra/validation/memoized-validation';
import { IsIndustryCode } from '../../products/dto/is-industry-code';
import { RecommendationPreference } from '../recommendation-preference.enum';

const AMOUNT_MESSAGE = '申请金额必须是大于 0 的整数（单位：分）';
const TERM_MESSAGE = '申请期限必须是 1 到 360 之间的整月数';
const RATE_MESSAGE = '期望利率必须是 0 到 2400 之间的基点数（100 基点 = 1%）';
const YEARS_MESSAGE = '成立年限必须是 0 到 200 之间的整数';

@InputType('RecommendationInput', { description: '产品推荐的条件；企业画像字段留空时，登录企业用户取其当前企业的信息' })
@MemoizedValidation()
export class RecommendationInput {
  @Field(() => FenScalar, { description: '申请金额（分）' })
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(1, { message: AMOUNT_MESSAGE })
  amountFen: number;

  @Field(() => Int, { description: '申请期限（月）' })
  @IsInt({ message: TERM_MESSAGE })
  @Min(1, { message: TERM_MESSAGE })
  @Max(360, { message: TERM_MESSAGE })
  termMonths: number;

  @Field(() => [RecommendationPreference], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray({ message: '偏好必须是列表' })
  @ArrayMaxSize(5, { message: '偏好最多选择 5 项' })
  @IsEnum(RecommendationPreference, { each: true, message: '偏好不存在' })
  preferences?: RecommendationPreference[] | null;

  @Field(() => Int, { nullable: true, description: '期望年利率（基点，435 = 4.35%）' })
  @IsOptional()
  @IsInt({ message: RATE_MESSAGE })
  @Min(0, { message: RATE_MESSAGE })
  @Max(2400, { message: RATE_MESSAGE })
  expectedRateBp?: number | null;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 地区代码' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '地区代码应为 6 位数字' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'GB/T 4754 门类字母或两位大类代码' })
  @IsOptional()
  @IsIndustryCode({ message: '行业代码不存在，应为国民经济行业分类的门类字母或两位大类代码' })
  industryCode?: string | null;

  @Field(() => EnterpriseScale, { nullable: true })
  @IsOptional()
  @IsEnum(EnterpriseScale, { message: '企业规模不存在' })
  scale?: EnterpriseScale | null;

  @Field(() => Int, { nullable: true, description: '成立年限（整年）' })
  @IsOptional()
  @IsInt({ message: YEARS_MESSAGE })
  @Min(0, { message: YEARS_MESSAGE })
  @Max(200, { message: YEARS_MESSAGE })
  yearsInBusiness?: number | null;
}
