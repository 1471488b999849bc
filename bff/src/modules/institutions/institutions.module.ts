import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProductsModule } from '../products/products.module';
import { InstitutionEntity } from './institution.entity';
import { InstitutionProductsResolver } from './institution-products.resolver';
import { InstitutionsRepository } from './institutions.repository';
import { InstitutionsResolver } from './institutions.resolver';
import { InstitutionsService } from './institutions.service';

@Module({
  imports: [TypeOrmModule.forFeature([InstitutionEntity]), ProductsModule],
  providers: [InstitutionsResolver, InstitutionProductsResolver, InstitutionsService, InstitutionsRepository],
  exports: [InstitutionsService],
})
export class InstitutionsModule {}
