import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/batch-loader';
import { InstitutionModel } from '../institutions/models/institution.model';
import { ProductsService } from './products.service';

/**
 * `Institution.productCount` lives with the products that it counts, so the institutions module does not
 * depend on products.
 */
@Resolver(() => InstitutionModel)
export class InstitutionProductCountResolver {
  constructor(private readonly products: ProductsService) {}

  @ResolveField('productCount', () => Int, { description: '已上架的产品数' })
  productCount(@Parent() institution: InstitutionModel, @Context() context: GraphqlContext): Promise<number> {
    return this.products.publishedCount(institution.id, context.loaders);
  }
}
