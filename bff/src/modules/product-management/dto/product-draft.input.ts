import { Field, InputType, Int } from '@nestjs/graphql';
import { CREDIT_GRADES, EnterpriseScale, GuaranteeMethod, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import { IsIndustryCode } from '../../products/dto/is-industry-code';
import type { ProductFields } from '@rongtong/shared';
import { IsRegionCode } from './is-region-code';

/** The legal ceiling of an annual rate: 24% (最高人民法院关于审理民间借贷案件适用法律若干问题的规定). */
export const MAX_RATE_BP = 2400;
export const MAX_TERM_MONTHS = 360;
const AMOUNT_MESSAGE = '金额必须是以分为单位的正整数';
const TERM_MESSAGE = `期限必须是 1 到 ${MAX_TERM_MONTHS} 之间的整月数`;
const RATE_MESSAGE = `年利率必须是 0 到 ${MAX_RATE_BP} 之间的基点数（100 基点 = 1%，法定上限 24%）`;

/** Every editable field of a product (DESIGN §4.3); cross-field rules are checked by productFieldErrors. */
@InputType('ProductDraftInput')
export class ProductDraftInput implements ProductFields {
  @Field(() => String)
  @IsString({ message: '产品名称必须是文字' })
  @MinLength(2, { message: '产品名称至少 2 个字' })
  @MaxLength(64, { message: '产品名称不能超过 64 个字' })
  name: string;

  @Field(() => ProductCategory)
  @IsEnum(ProductCategory, { message: '产品类别不存在' })
  category: ProductCategory;

  @Field(() => [GuaranteeMethod])
  @IsArray({ message: '担保方式必须是列表' })
  @ArrayMaxSize(4, { message: '担保方式最多 4 项' })
  @IsEnum(GuaranteeMethod, { each: true, message: '担保方式不存在' })
  guaranteeMethods: GuaranteeMethod[];

  @Field(() => FenScalar)
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(1, { message: AMOUNT_MESSAGE })
  @Max(Number.MAX_SAFE_INTEGER, { message: AMOUNT_MESSAGE })
  minAmountFen: number;

  @Field(() => FenScalar)
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(1, { message: AMOUNT_MESSAGE })
  @Max(Number.MAX_SAFE_INTEGER, { message: AMOUNT_MESSAGE })
  maxAmountFen: number;

  @Field(() => Int)
  @IsInt({ message: TERM_MESSAGE })
  @Min(1, { message: TERM_MESSAGE })
  @Max(MAX_TERM_MONTHS, { message: TERM_MESSAGE })
  minTermMonths: number;

  @Field(() => Int)
  @IsInt({ message: TERM_MESSAGE })
  @Min(1, { message: TERM_MESSAGE })
  @Max(MAX_TERM_MONTHS, { message: TERM_MESSAGE })
  maxTermMonths: number;

  @Field(() => Int, { description: 'annual rate in basis points, 0–2400' })
  @IsInt({ message: RATE_MESSAGE })
  @Min(0, { message: RATE_MESSAGE })
  @Max(MAX_RATE_BP, { message: RATE_MESSAGE })
  minRateBp: number;

  @Field(() => Int, { description: 'annual rate in basis points, 0–2400' })
  @IsInt({ message: RATE_MESSAGE })
  @Min(0, { message: RATE_MESSAGE })
  @Max(MAX_RATE_BP, { message: RATE_MESSAGE })
  maxRateBp: number;

  @Field(() => [RepaymentMethod])
  @IsArray({ message: '还款方式必须是列表' })
  @ArrayMaxSize(3, { message: '还款方式最多 3 项' })
  @IsEnum(RepaymentMethod, { each: true, message: '还款方式不存在' })
  repaymentMethods: RepaymentMethod[];

  @Field(() => [String], { description: 'GB/T 2260 codes; empty = every region' })
  @IsArray({ message: '适用地区必须是列表' })
  @ArrayMaxSize(40, { message: '适用地区最多 40 项' })
  @IsRegionCode({ each: true, message: '适用地区不存在' })
  targetRegionCodes: string[];

  @Field(() => [String], { description: 'GB/T 4754 section letters or division codes; empty = every industry' })
  @IsArray({ message: '适用行业必须是列表' })
  @ArrayMaxSize(100, { message: '适用行业最多 100 项' })
  @IsIndustryCode({ each: true, message: '适用行业不存在' })
  targetIndustryCodes: string[];

  @Field(() => [EnterpriseScale], { description: 'empty = every scale' })
  @IsArray({ message: '企业规模必须是列表' })
  @ArrayMaxSize(4, { message: '企业规模最多 4 项' })
  @IsEnum(EnterpriseScale, { each: true, message: '企业规模不存在' })
  targetScales: EnterpriseScale[];

  @Field(() => Int)
  @IsInt({ message: '成立年限必须是 0 到 50 之间的整数' })
  @Min(0, { message: '成立年限必须是 0 到 50 之间的整数' })
  @Max(50, { message: '成立年限必须是 0 到 50 之间的整数' })
  minYearsInBusiness: number;

  @Field(() => String, { nullable: true, description: 'lowest accepted credit grade (AAA … C)' })
  @IsOptional()
  @IsIn([...CREDIT_GRADES], { message: '信用等级不存在' })
  minCreditGrade: string | null;

  @Field(() => [String])
  @IsArray({ message: '申请材料必须是列表' })
  @ArrayMaxSize(30, { message: '申请材料最多 30 项' })
  @IsString({ each: true, message: '申请材料必须是文字' })
  @MinLength(1, { each: true, message: '申请材料不能为空' })
  @MaxLength(64, { each: true, message: '每项申请材料不能超过 64 个字' })
  requiredMaterials: string[];

  @Field(() => Boolean)
  @IsBoolean({ message: '是否支持线上申请必须是是或否' })
  onlineApply: boolean;

  @Field(() => String)
  @IsString({ message: '产品简介必须是文字' })
  @MinLength(1, { message: '请填写产品简介' })
  @MaxLength(200, { message: '产品简介不能超过 200 个字' })
  summary: string;

  @Field(() => String)
  @IsString({ message: '产品详情必须是文字' })
  @MaxLength(5000, { message: '产品详情不能超过 5000 个字' })
  description: string;
}
