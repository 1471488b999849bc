import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InstitutionProductCountResolver } from './institution-product-count.resolver';
import { ProductEntity } from './product.entity';
import { ProductsRepository } from './products.repository';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProductEntity])],
  providers: [ProductsResolver, InstitutionProductCountResolver, ProductsService, ProductsRepository],
  exports: [ProductsService],
})
export class ProductsModule {}
