import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum } from 'class-validator';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { ProductSort } from '../product-sort';

/** `Institution.products`: a page of the institution's published products. */
@ArgsType()
export class InstitutionProductsArgs extends PageArgs {
  @Field(() => ProductSort, { nullable: true, defaultValue: ProductSort.POPULARITY })
  @Transform(({ value }: { value: unknown }) => value ?? ProductSort.POPULARITY)
  @IsEnum(ProductSort, { message: '排序方式不存在' })
  sort: ProductSort = ProductSort.POPULARITY;
}
