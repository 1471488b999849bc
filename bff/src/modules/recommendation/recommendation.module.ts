import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { ProductsModule } from '../products/products.module';
import { RecommendationResolver } from './recommendation.resolver';
import { RecommendationService } from './recommendation.service';

@Module({
  imports: [EnterprisesModule, ProductsModule],
  providers: [RecommendationResolver, RecommendationService],
})
export class RecommendationModule {}
