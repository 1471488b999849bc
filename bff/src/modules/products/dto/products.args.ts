import { ArgsType, Field } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { MemoizedValidation } from '../../../infra/validation/memoized-validation';
import { ProductSort } from '../product-sort';
import { ProductFilterInput } from './product-filter.input';

@ArgsType()
@MemoizedValidation()
export class ProductsArgs extends PageArgs {
  @Field(() => ProductFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductFilterInput)
  filter?: ProductFilterInput | null;

  @Field(() => ProductSort, { nullable: true, defaultValue: ProductSort.NEWEST })
  @Transform(({ value }: { value: unknown }) => value ?? ProductSort.NEWEST)
  @IsEnum(ProductSort, { message: '排序方式不存在' })
  sort: ProductSort = ProductSort.NEWEST;
}
