import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { MemoizedValidation } from '../../../infra/validation/memoized-validation';
import { ProductFilterInput } from './product-filter.input';

@ArgsType()
@MemoizedValidation()
export class ProductFacetsArgs {
  @Field(() => ProductFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductFilterInput)
  filter?: ProductFilterInput | null;
}
