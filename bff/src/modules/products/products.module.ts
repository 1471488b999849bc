import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueRevisions } from './catalogue/catalogue-revision';
import { PublishedCatalogue } from './catalogue/published-catalogue';
import { InstitutionProductCountResolver } from './institution-product-count.resolver';
import { InstitutionProductsResolver } from './institution-products.resolver';
import { ProductFacetsRepository } from './product-facets.repository';
import { ProductFacetsService } from './product-facets.service';
import { ProductEntity } from './product.entity';
import { ProductsRepository } from './products.repository';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';
import { ProductRecords } from './product-records';
import { ProductWriter } from './product-writer';
import { ProductSearchIndexer } from './search/product-search-indexer';

@Module({
  imports: [TypeOrmModule.forFeature([ProductEntity])],
  providers: [
    ProductsResolver,
    InstitutionProductsResolver,
    InstitutionProductCountResolver,
    ProductsService,
    ProductsRepository,
    ProductFacetsService,
    ProductFacetsRepository,
    ProductSearchIndexer,
    ProductWriter,
    ProductRecords,
    CatalogueRevisions,
    PublishedCatalogue,
  ],
  exports: [ProductsService, ProductWriter, ProductRecords, PublishedCatalogue],
})
export class ProductsModule {}
