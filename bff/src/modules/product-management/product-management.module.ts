import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { ProductsModule } from '../products/products.module';
import { ProductManagementRepository } from './product-management.repository';
import { ProductManagementResolver } from './product-management.resolver';
import { ProductManagementService } from './product-management.service';
import { ProductReviewReader } from './product-review.reader';
import { ProductReviewsService } from './product-reviews.service';
import { ProductVersionEntity } from './product-version.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ProductVersionEntity]), AccountsModule, AuditModule, ProductsModule],
  providers: [ProductManagementResolver, ProductManagementService, ProductReviewsService, ProductReviewReader, ProductManagementRepository],
})
export class ProductManagementModule {}
