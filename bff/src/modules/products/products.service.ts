import { Injectable } from '@nestjs/common';
import { BatchLoader, type RequestLoaders } from '../../infra/graphql/batch-loader';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import type { ProductsArgs } from './dto/products.args';
import { ProductException } from './product.exception';
import { toProductModel } from './product.mapper';
import { productSortSpec, type ProductSortSpec } from './product-sorts';
import { ProductsRepository } from './products.repository';
import type { ProductConnection, ProductModel } from './models/product.model';

@Injectable()
export class ProductsService {
  constructor(private readonly repository: ProductsRepository) {}

  /** The public catalogue: published products only, filtered, sorted, keyset-paginated. */
  async list(args: ProductsArgs): Promise<ProductConnection> {
    const sort = productSortSpec(args.sort, args.filter?.keyword);
    const after = args.after ? decodeAfter(sort, args.after) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.findPage({ filter: args.filter, sort, after, limit: args.first + 1 }),
      this.repository.count(args.filter),
    ]);
    return toConnection(rows, args.first, totalCount, (row) => sort.encode(row), toProductModel);
  }

  async get(id: string): Promise<ProductModel> {
    const entity = await this.repository.findPublishedById(id);
    if (!entity) throw ProductException.notFound();
    return toProductModel(entity);
  }

  /** Published products of one institution, batched across the institutions of one response. */
  async publishedCount(institutionId: string, loaders: RequestLoaders): Promise<number> {
    const loader = loaders.get('publishedProductCount', () => {
      return new BatchLoader<string, number>((ids) => this.repository.countPublishedByInstitution(ids));
    });
    return (await loader.load(institutionId)) ?? 0;
  }
}

function decodeAfter(sort: ProductSortSpec, after: string): { key: string | number; id: string } {
  try {
    return sort.decode(after);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw ProductException.invalidCursor();
    throw error;
  }
}
