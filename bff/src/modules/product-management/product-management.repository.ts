import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { ProductVersionEntity, ProductVersionStatus } from './product-version.entity';
import { ProductManagementException } from './product-management.exception';

export interface Keyset {
  key: string;
  id: string;
}

/** Review rows of products for the management side (reads and compare-and-set decisions). */
@Injectable()
export class ProductManagementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Pending reviews, oldest submission first. */
  queuePage(after: Keyset | undefined, limit: number): Promise<ProductVersionEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .where('v.status = :pending', { pending: ProductVersionStatus.PENDING });
    if (after) query.andWhere('(v.submitted_at > :key OR (v.submitted_at = :key AND v.id > :id))', { key: toSqlUtcDatetime(new Date(after.key)), id: after.id });
    return query.orderBy('v.submitted_at', 'ASC').addOrderBy('v.id', 'ASC').limit(limit).getMany();
  }

  countQueue(): Promise<number> {
    return this.dataSource.manager.countBy(ProductVersionEntity, { status: ProductVersionStatus.PENDING });
  }

  history(productId: string): Promise<ProductVersionEntity[]> {
    return this.dataSource.manager.find(ProductVersionEntity, { where: { productId }, order: { submittedAt: 'DESC', id: 'DESC' } });
  }

  /** Every review row of the given products, newest submission first. */
  versionsOf(productIds: readonly string[]): Promise<ProductVersionEntity[]> {
    if (productIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ProductVersionEntity, {
      where: { productId: In([...productIds]) },
      order: { submittedAt: 'DESC', id: 'DESC' },
    });
  }

  findVersion(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProductVersionEntity | null> {
    return manager.findOneBy(ProductVersionEntity, { id });
  }

  hasPendingVersion(manager: EntityManager, productId: string): Promise<boolean> {
    return manager.existsBy(ProductVersionEntity, { productId, status: ProductVersionStatus.PENDING });
  }

  pendingVersion(manager: EntityManager, productId: string): Promise<ProductVersionEntity | null> {
    return manager.findOneBy(ProductVersionEntity, { productId, status: ProductVersionStatus.PENDING });
  }

  /** Decides a pending review row, compare-and-set on its status and version. */
  async decideVersion(manager: EntityManager, current: ProductVersionEntity, changes: Partial<ProductVersionEntity>, now: Date): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ProductVersionEntity)
      .set({ ...changes, version: current.version + 1, updatedAt: now })
      .where('id = :id AND status = :status AND version = :version', {
        id: current.id,
        status: ProductVersionStatus.PENDING,
        version: current.version,
      })
      .execute();
    if (result.affected !== 1) throw ProductManagementException.changedMeanwhile();
  }
}
