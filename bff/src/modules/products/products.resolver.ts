import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core-modules/auth/decorators';
import { ProductFacetsArgs } from './dto/product-facets.args';
import { ProductsArgs } from './dto/products.args';
import { ProductFacets } from './models/product-facets.model';
import { ProductFacetsService } from './product-facets.service';
import { ProductConnection, ProductModel } from './models/product.model';
import { ProductsService } from './products.service';

@Resolver(() => ProductModel)
export class ProductsResolver {
  constructor(
    private readonly service: ProductsService,
    private readonly facetsService: ProductFacetsService,
  ) {}

  @Query(() => ProductConnection, { description: '金融超市：已上架的金融产品' })
  @Public()
  products(@Args() args: ProductsArgs): Promise<ProductConnection> {
    return this.service.list(args);
  }

  @Query(() => ProductModel, { description: '金融产品详情' })
  @Public()
  product(@Args('id', { type: () => ID }) id: string): Promise<ProductModel> {
    return this.service.get(id);
  }

  @Query(() => ProductFacets, { description: '金融超市筛选面板的计数' })
  @Public()
  productFacets(@Args() args: ProductFacetsArgs): Promise<ProductFacets> {
    return this.facetsService.facets(args.filter);
  }
}
