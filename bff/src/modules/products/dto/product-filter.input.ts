import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import { IsIndustryCode } from './is-industry-code';

const TERM_MESSAGE = '期限必须是 1 到 600 之间的整月数';
const RATE_MESSAGE = '利率必须是 0 到 10000 之间的基点数（100 基点 = 1%）';

@InputType('ProductFilter')
export class ProductFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '关键词必须是文字' })
  @MaxLength(50, { message: '关键词不能超过 50 个字' })
  keyword?: string | null;

  @Field(() => [ProductCategory], { nullable: true })
  @IsOptional()
  @IsArray({ message: '产品类别必须是列表' })
  @ArrayMaxSize(20, { message: '产品类别最多选择 20 项' })
  @IsEnum(ProductCategory, { each: true, message: '产品类别不存在' })
  categories?: ProductCategory[] | null;

  @Field(() => [InstitutionType], { nullable: true })
  @IsOptional()
  @IsArray({ message: '机构类型必须是列表' })
  @ArrayMaxSize(20, { message: '机构类型最多选择 20 项' })
  @IsEnum(InstitutionType, { each: true, message: '机构类型不存在' })
  institutionTypes?: InstitutionType[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: '机构编号格式不正确' })
  institutionId?: string | null;

  @Field(() => [GuaranteeMethod], { nullable: true })
  @IsOptional()
  @IsArray({ message: '担保方式必须是列表' })
  @ArrayMaxSize(10, { message: '担保方式最多选择 10 项' })
  @IsEnum(GuaranteeMethod, { each: true, message: '担保方式不存在' })
  guaranteeMethods?: GuaranteeMethod[] | null;

  @Field(() => FenScalar, { nullable: true, description: 'products whose amount range covers this amount' })
  @IsOptional()
  @IsInt({ message: '金额必须是以分为单位的整数' })
  @Min(0, { message: '金额不能为负数' })
  amountFen?: number | null;

  @Field(() => Int, { nullable: true, description: 'products whose term range covers this term' })
  @IsOptional()
  @IsInt({ message: TERM_MESSAGE })
  @Min(1, { message: TERM_MESSAGE })
  @Max(600, { message: TERM_MESSAGE })
  termMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'products whose lowest rate is at most this' })
  @IsOptional()
  @IsInt({ message: RATE_MESSAGE })
  @Min(0, { message: RATE_MESSAGE })
  @Max(10000, { message: RATE_MESSAGE })
  maxRateBp?: number | null;

  @Field(() => [RepaymentMethod], { nullable: true })
  @IsOptional()
  @IsArray({ message: '还款方式必须是列表' })
  @ArrayMaxSize(10, { message: '还款方式最多选择 10 项' })
  @IsEnum(RepaymentMethod, { each: true, message: '还款方式不存在' })
  repaymentMethods?: RepaymentMethod[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'products open to this region (empty target list = open to all); a product for 341200 is open to 341202',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '地区代码应为 6 位数字' })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GB/T 4754 section letter or division code; products open to it (empty target list = open to all)',
  })
  @IsOptional()
  @IsIndustryCode({ message: '行业代码不存在，应为国民经济行业分类的门类字母或两位大类代码' })
  industryCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: '仅看可在线申请必须是是或否' })
  onlineApplyOnly?: boolean | null;
}
