import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, RequirePermissions, Roles } from '../../core-modules/auth/decorators';
import { PageArgs } from '../../infra/graphql/pagination/page.args';
import { ProductModel } from '../products/models/product.model';
import { MyInstitutionProductsArgs, ProductDraftArgs, ProductEditArgs, RejectProductReviewArgs } from './dto/product-management.args';
import { ManagedProductConnection, ProductReviewConnection, ProductReviewModel } from './models/product-version.model';
import { ProductManagementService } from './product-management.service';
import { ProductReviewsService } from './product-reviews.service';

@Resolver()
export class ProductManagementResolver {
  constructor(
    private readonly service: ProductManagementService,
    private readonly reviews: ProductReviewsService,
  ) {}

  @Query(() => ManagedProductConnection, { description: '本机构的产品（任意状态）及各自最近一次审核，最近修改在前' })
  @RequirePermissions('PRODUCT_MANAGER')
  myInstitutionProducts(@CurrentUser() user: AuthUser, @Args() args: MyInstitutionProductsArgs): Promise<ManagedProductConnection> {
    return this.service.myProducts(user, args);
  }

  @Query(() => ProductModel, { description: '本机构的一个产品（任意状态）' })
  @RequirePermissions('PRODUCT_MANAGER')
  productDraft(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<ProductModel> {
    return this.service.draft(user, id);
  }

  @Mutation(() => ProductModel, { description: '新建产品草稿' })
  @RequirePermissions('PRODUCT_MANAGER')
  createProductDraft(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args() args: ProductDraftArgs,
  ): Promise<ProductModel> {
    return this.service.create(user, args.input, meta);
  }

  @Mutation(() => ProductModel, { description: '修改草稿或已驳回的产品' })
  @RequirePermissions('PRODUCT_MANAGER')
  updateProductDraft(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args() args: ProductEditArgs,
  ): Promise<ProductModel> {
    return this.service.update(user, args.id, args.input, meta);
  }

  @Mutation(() => ProductModel, { description: '提交审核（草稿或已驳回 → 待审核）' })
  @RequirePermissions('PRODUCT_MANAGER')
  submitProductForReview(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProductModel> {
    return this.service.submit(user, id, meta);
  }

  @Mutation(() => ProductReviewModel, { description: '为已发布产品提交变更，审核通过前线上版本不变' })
  @RequirePermissions('PRODUCT_MANAGER')
  proposeProductChange(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args() args: ProductEditArgs,
  ): Promise<ProductReviewModel> {
    return this.service.proposeChange(user, args.id, args.input, meta);
  }

  @Mutation(() => ProductModel, { description: '下架已发布的产品：立即从金融超市和搜索中移除，待审核的变更随之撤销' })
  @RequirePermissions('PRODUCT_MANAGER')
  retireProduct(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProductModel> {
    return this.service.retire(user, id, meta);
  }

  @Query(() => ProductReviewConnection, { description: '待审核的产品提交，最早提交在前' })
  @Roles(Role.OPERATOR)
  productReviewQueue(@Args() args: PageArgs): Promise<ProductReviewConnection> {
    return this.reviews.queue(args);
  }

  @Mutation(() => ProductReviewModel, { description: '审核通过：发布产品或使变更生效' })
  @Roles(Role.OPERATOR)
  approveProductReview(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProductReviewModel> {
    return this.reviews.approve(user, id, meta);
  }

  @Mutation(() => ProductReviewModel, { description: '审核驳回，需填写原因' })
  @Roles(Role.OPERATOR)
  rejectProductReview(
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Args() args: RejectProductReviewArgs,
  ): Promise<ProductReviewModel> {
    return this.reviews.reject(user, args.id, args.reason, meta);
  }

  @Query(() => [ProductReviewModel], { description: '产品的审核历史，最新在前' })
  @Roles(Role.OPERATOR)
  @RequirePermissions('PRODUCT_MANAGER')
  productHistory(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<ProductReviewModel[]> {
    return this.reviews.history(user, id);
  }
}
