import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProductsArgs } from '../products/dto/products.args';
import { ProductConnection } from '../products/models/product.model';
import { ProductsService } from '../products/products.service';
import { InstitutionProductsArgs } from './dto/institution-products.args';
import { InstitutionModel } from './models/institution.model';

/** `Institution.products`: the supermarket's catalogue narrowed to one institution, through ProductsService. */
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
