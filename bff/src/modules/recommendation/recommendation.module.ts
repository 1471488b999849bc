import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { ProductsModule } from '../products/products.module';
import { RecommendationRepository } from './recommendation.repository';
import { RecommendationResolver } from './recommendation.resolver';
import { RecommendationService } from './recommendation.service';

@Module({
  imports: [TypeOrmModule.forFeature([EnterpriseEntity]), ProductsModule],
  providers: [RecommendationResolver, RecommendationService, RecommendationRepository],
})
export class RecommendationModule {}
