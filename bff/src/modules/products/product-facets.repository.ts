import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProductStatus } from '@rongtong/shared';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { SqlWhere } from '../../infra/database/sql-where';
import { InstitutionStatus } from '../institutions/institution-status';
import type { ProductFilterInput } from './dto/product-filter.input';
import { applyProductFilter } from './product-conditions';
import { ProductEntity } from './product.entity';

type Filter = ProductFilterInput | null | undefined;

/** Counts for the filter panel; each count applies the filter minus the dimension being counted. */
@Injectable()
export class ProductFacetsRepository {
  constructor(@InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>) {}

  /** Published products per value of a single-valued column (`p.category`, `i.type`). */
  async countBy(column: string, filter: Filter): Promise<Map<string, number>> {
    const rows = await this.filtered(filter)
      .select(column, 'value')
      .addSelect('COUNT(*)', 'count')
      .groupBy(column)
      .getRawMany<{ value: string; count: string | number }>();
    return new Map(rows.map((row) => [row.value, Number(row.count)]));
  }

  /** Published products whose delimited-list column holds each of `items`, in one pass. */
  async countListItems(column: string, items: readonly string[], filter: Filter): Promise<Map<string, number>> {
    const cases = new SqlWhere();
    const query = this.filtered(filter);
    items.forEach((item, index) => {
      const clause = cases.listHas(column, item).replace(/:w(\d+)/g, ':fw$1');
      query.addSelect(`SUM(CASE WHEN ${clause} THEN 1 ELSE 0 END)`, `c${index}`);
    });
    const row = await query.setParameters(renamed(cases.params)).getRawOne<Record<string, string | number | null>>();
    return new Map(items.map((item, index) => [item, Number(row?.[`c${index}`] ?? 0)]));
  }

  async countOnlineApply(filter: Filter): Promise<number> {
    const row = await this.filtered(filter).select('COUNT(*)', 'count').andWhere('p.onlineApply = 1').getRawOne<{ count: string | number }>();
    return Number(row?.count ?? 0);
  }

  private filtered(filter: Filter): SelectQueryBuilder<ProductEntity> {
    const query = this.products
      .createQueryBuilder('p')
      .select([])
      .innerJoin('p.institution', 'i', 'i.status = :listed', { listed: InstitutionStatus.ACTIVE })
      .where('p.status = :status', { status: ProductStatus.PUBLISHED });
    return applyProductFilter(query, filter);
  }
}

/** The CASE parameters are renamed `fw…` so they never collide with the filter's `w…` names. */
function renamed(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [`f${name}`, value]));
}
