import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InstitutionModel } from '../institutions/models/institution.model';
import { InstitutionProductsArgs } from './dto/institution-products.args';
import { ProductsArgs } from './dto/products.args';
import { ProductConnection } from './models/product.model';
import { ProductsService } from './products.service';

/**
 * `Institution.products`: the supermarket's catalogue narrowed to one institution. It lives with the products it
 * lists, as `Institution.productCount` does, so the institutions module does not depend on products.
 */
@Resolver(() => InstitutionModel)
export class InstitutionProductsResolver {
  constructor(private readonly productsService: ProductsService) {}

  @ResolveField('products', () => ProductConnection, { description: '该机构已上架的产品' })
  publishedProducts(@Parent() institution: InstitutionModel, @Args() args: InstitutionProductsArgs): Promise<ProductConnection> {
    const query = Object.assign(new ProductsArgs(), {
      first: args.first,
      after: args.after,
      sort: args.sort,
      filter: { institutionId: institution.id },
    });
    return this.productsService.list(query);
  }
}
