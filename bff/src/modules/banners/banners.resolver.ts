import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, Public, Roles } from '../../core-modules/auth/decorators';
import { BannersService } from './banners.service';
import { BannerIdArgs, CreateBannerArgs, ReorderBannersArgs, UpdateBannerArgs } from './dto/banner.input';
import { BannerModel } from './models/banner.model';

/** Home banners: anyone sees the active ones; operators manage them (every change audited). */
@Resolver(() => BannerModel)
export class BannersResolver {
  constructor(private readonly service: BannersService) {}

  @Query(() => [BannerModel], { description: '首页轮播图：启用且在展示时间内，按排序' })
  @Public()
  homeBanners(): Promise<BannerModel[]> {
    return this.service.homeBanners();
  }

  @Query(() => [BannerModel], { description: '全部轮播图（运营人员管理用），按排序' })
  @Roles(Role.OPERATOR)
  banners(): Promise<BannerModel[]> {
    return this.service.all();
  }

  @Mutation(() => BannerModel, { description: '新建轮播图' })
  @Roles(Role.OPERATOR)
  createBanner(@Args() args: CreateBannerArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<BannerModel> {
    return this.service.create(user, args.input, meta);
  }

  @Mutation(() => BannerModel, { description: '修改轮播图' })
  @Roles(Role.OPERATOR)
  updateBanner(@Args() args: UpdateBannerArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<BannerModel> {
    return this.service.update(user, args.id, args.input, meta);
  }

  @Mutation(() => ID, { description: '删除轮播图，返回其编号' })
  @Roles(Role.OPERATOR)
  deleteBanner(@Args() args: BannerIdArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<string> {
    return this.service.delete(user, args.id, meta);
  }

  @Mutation(() => [BannerModel], { description: '调整轮播图顺序（须列出全部轮播图）' })
  @Roles(Role.OPERATOR)
  reorderBanners(@Args() args: ReorderBannersArgs, @CurrentUser() user: AuthUser, @CurrentRequestMeta() meta: RequestMeta): Promise<BannerModel[]> {
    return this.service.reorder(user, args.ids, meta);
  }
}
