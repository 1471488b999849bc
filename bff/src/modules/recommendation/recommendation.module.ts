import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { ProductEntity } from '../products/product.entity';
import { RankableCatalogue } from './rankable-catalogue';
import { RecommendationRepository } from './recommendation.repository';
import { RecommendationResolver } from './recommendation.resolver';
import { RecommendationService } from './recommendation.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProductEntity, EnterpriseEntity])],
  providers: [RecommendationResolver, RecommendationService, RecommendationRepository, RankableCatalogue],
})
export class RecommendationModule {}
