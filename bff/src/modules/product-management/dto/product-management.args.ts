import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ProductStatus } from '@rongtong/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { ProductDraftInput } from './product-draft.input';

@ArgsType()
export class MyInstitutionProductsArgs extends PageArgs {
  @Field(() => ProductStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProductStatus, { message: '产品状态不存在' })
  status?: ProductStatus | null;
}

@ArgsType()
export class RejectProductReviewArgs {
  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: '审核编号格式不正确' })
  id: string;

  @Field(() => String)
  @IsString({ message: '驳回原因必须是文字' })
  @MinLength(2, { message: '请填写驳回原因（至少 2 个字）' })
  @MaxLength(500, { message: '驳回原因不能超过 500 个字' })
  reason: string;
}

@ArgsType()
export class ProductDraftArgs {
  @Field(() => ProductDraftInput)
  @ValidateNested()
  @Type(() => ProductDraftInput)
  input: ProductDraftInput;
}

@ArgsType()
export class ProductEditArgs extends ProductDraftArgs {
  @Field(() => ID)
  @IsString({ message: '产品编号格式不正确' })
  id: string;
}
