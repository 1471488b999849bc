import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { OptionalUser, Public } from '../../core-modules/auth/decorators';
import { RecommendationInput } from './dto/recommendation.input';
import { RecommendationResultModel } from './models/recommendation.model';
import { RecommendationService } from './recommendation.service';

@Resolver(() => RecommendationResultModel)
export class RecommendationResolver {
  constructor(private readonly service: RecommendationService) {}

  @Query(() => RecommendationResultModel, { description: '产品推荐：按金额、期限、偏好和企业画像为产品打分排序' })
  @Public()
  recommendProducts(
    @Args('input', { type: () => RecommendationInput }) input: RecommendationInput,
    @OptionalUser() user: AuthUser | null,
  ): Promise<RecommendationResultModel> {
    return this.service.recommend(input, user);
  }
}
