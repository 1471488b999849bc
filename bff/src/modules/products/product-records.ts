import { Injectable } from '@nestjs/common';
import type { ProductStatus } from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { ProductEntity } from './product.entity';

/**
 * A product as products hands it to other modules (ProductRecords, the published catalogue, ProductWriter): its
 * columns and its institution, as a row type rather than the entity class, since only products writes the table.
 */
export type ProductRow = Pick<ProductEntity, keyof ProductEntity>;

/** A keyset position in a list of products ordered by last change: `key` is the ISO instant, `id` breaks ties. */
export interface ProductKeyset {
  key: string;
  id: string;
}

/**
 * Products whatever their status, each with its institution, for the module that manages them (product-management);
 * the public catalogue reads published products through ProductsService and PublishedCatalogue instead.
 */
@Injectable()
export class ProductRecords {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProductEntity | null> {
    return manager.findOne(ProductEntity, { where: { id }, relations: { institution: true } });
  }

  findByIds(ids: readonly string[]): Promise<ProductEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ProductEntity, 'p')
      .leftJoinAndSelect('p.institution', 'institution')
      .where('p.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  /** An institution's products, most recently changed first. */
  institutionPage(institutionId: string, status: ProductStatus | null, after: ProductKeyset | undefined, limit: number): Promise<ProductEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ProductEntity, 'p')
      .leftJoinAndSelect('p.institution', 'institution')
      .where('p.institution_id = :institutionId', { institutionId });
    if (status) query.andWhere('p.status = :status', { status });
    if (after) query.andWhere('(p.updated_at < :key OR (p.updated_at = :key AND p.id < :id))', { key: toSqlUtcDatetime(new Date(after.key)), id: after.id });
    return query.orderBy('p.updated_at', 'DESC').addOrderBy('p.id', 'DESC').limit(limit).getMany();
  }

  countOfInstitution(institutionId: string, status: ProductStatus | null): Promise<number> {
    return this.dataSource.manager.countBy(ProductEntity, status ? { institutionId, status } : { institutionId });
  }
}
