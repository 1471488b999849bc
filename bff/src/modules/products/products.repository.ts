import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProductStatus } from '@rongtong/shared';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { InstitutionStatus } from '../institutions/institution-status';
import type { ProductFilterInput } from './dto/product-filter.input';
import { applyProductFilter } from './product-conditions';
import { ProductEntity } from './product.entity';
import { keysetClause, type ProductSortSpec } from './product-sorts';

export interface ProductPageQuery {
  filter: ProductFilterInput | null | undefined;
  sort: ProductSortSpec;
  after?: { key: string | number; id: string };
  limit: number;
}

@Injectable()
export class ProductsRepository {
  constructor(@InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>) {}

  /** A published product with its institution. */
  findPublishedById(id: string): Promise<ProductEntity | null> {
    return this.published()
      .andWhere('p.id = :id', { id })
      .getOne();
  }

  /** Every published product of a listed institution, with its institution: the in-memory catalogue. */
  findAllPublished(): Promise<ProductEntity[]> {
    return this.published().getMany();
  }

  /** One page of published products with their institutions, in the sort's keyset order. */
  findPage(query: ProductPageQuery): Promise<ProductEntity[]> {
    return this.pageQuery(query).getMany();
  }

  async count(filter: ProductFilterInput | null | undefined): Promise<number> {
    const row = await this.countQuery(filter).getRawOne<{ count: string | number }>();
    return Number(row?.count ?? 0);
  }

  /** The SQL of `findPage` and `count`, for the benchmark that compares against a bare driver. */
  sqlFor(query: ProductPageQuery): { page: [string, unknown[]]; count: [string, unknown[]] } {
    return {
      page: this.pageQuery(query).getQueryAndParameters(),
      count: this.countQuery(query.filter).getQueryAndParameters(),
    };
  }

  /** Published products per institution, for `Institution.productCount`; institutions without any are absent. */
  async countPublishedByInstitution(institutionIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.products
      .createQueryBuilder('p')
      .select('p.institutionId', 'institutionId')
      .addSelect('COUNT(*)', 'count')
      .where('p.status = :status', { status: ProductStatus.PUBLISHED })
      .andWhere('p.institutionId IN (:...ids)', { ids: institutionIds })
      .groupBy('p.institutionId')
      .getRawMany<{ institutionId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.institutionId, Number(row.count)]));
  }

  private pageQuery({ filter, sort, after, limit }: ProductPageQuery): SelectQueryBuilder<ProductEntity> {
    const query = this.filtered(filter);
    if (sort.params) query.setParameters(sort.params);
    if (after) query.andWhere(keysetClause(sort), { afterKey: after.key, afterId: after.id });
    return query.orderBy(sort.column, sort.direction).addOrderBy('p.id', sort.direction).limit(limit);
  }

  /** COUNT(*) is exact here: neither the join to the product's one institution nor the search-index joins multiply rows. */
  private countQuery(filter: ProductFilterInput | null | undefined): SelectQueryBuilder<ProductEntity> {
    return this.filtered(filter).select('COUNT(*)', 'count');
  }

  /** Published products of listed institutions: a suspended institution's products leave the supermarket with it. */
  private published(): SelectQueryBuilder<ProductEntity> {
    return this.products
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.institution', 'i', 'i.status = :listed', { listed: InstitutionStatus.ACTIVE })
      .where('p.status = :status', { status: ProductStatus.PUBLISHED });
  }

  private filtered(filter: ProductFilterInput | null | undefined): SelectQueryBuilder<ProductEntity> {
    return applyProductFilter(this.published(), filter);
  }
}
