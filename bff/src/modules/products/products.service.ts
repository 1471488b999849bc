import { Injectable } from '@nestjs/common';
import { stableKey } from '../../infra/cache/stable-key';
import { AppConfig } from '../../infra/config/app-config';
import { CommittedReads } from '../../infra/database/committed-reads';
import { BatchLoader, type RequestLoaders } from '../../infra/graphql/batch-loader';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import { CatalogueRevisions } from './catalogue/catalogue-revision';
import { PublishedCatalogue } from './catalogue/published-catalogue';
import { RevisionCache } from './catalogue/revision-cache';
import type { ProductFilterInput } from './dto/product-filter.input';
import type { ProductsArgs } from './dto/products.args';
import { ProductException } from './product.exception';
import { toProductModel } from './product.mapper';
import { productSortSpec, type ProductSortSpec } from './product-sorts';
import { type ProductPageQuery, ProductsRepository } from './products.repository';
import type { ProductConnection, ProductModel } from './models/product.model';
import type { ProductEntity } from './product.entity';

interface Page {
  rows: ProductEntity[];
  toModel: (row: ProductEntity) => ProductModel;
}

@Injectable()
export class ProductsService {
  /** Ids of one page or one count per distinct search: a few hundred bytes an entry. */
  private readonly pages: RevisionCache<readonly string[]>;
  private readonly counts: RevisionCache<number>;

  constructor(
    private readonly repository: ProductsRepository,
    private readonly revisions: CatalogueRevisions,
    private readonly catalogue: PublishedCatalogue,
    private readonly committedReads: CommittedReads,
    config: AppConfig,
  ) {
    this.pages = new RevisionCache(config.catalogueCacheEntries);
    this.counts = new RevisionCache(config.catalogueCacheEntries);
  }

  /**
   * The public catalogue: published products only, filtered, sorted, keyset-paginated. A search already
   * answered at the current catalogue revision is served from memory (the page's ids, hydrated from the
   * in-memory catalogue, and the count); any change to the catalogue moves the revision and empties the caches.
   */
  async list(args: ProductsArgs): Promise<ProductConnection> {
    const sort = productSortSpec(args.sort, args.filter?.keyword);
    const after = args.after ? decodeAfter(sort, args.after) : undefined;
    const revision = await this.revisions.current();
    const [page, totalCount] = await Promise.all([
      this.page(revision, stableKey(args), { filter: args.filter, sort, after, limit: args.first + 1 }),
      this.count(revision, args.filter),
    ]);
    return toConnection(page.rows, args.first, totalCount, (row) => sort.encode(row), page.toModel);
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

  /** The page's rows, from the cache and the in-memory catalogue when both have them, else from SQL. */
  private async page(revision: number, key: string, query: ProductPageQuery): Promise<Page> {
    const ids = this.pages.get(revision, key);
    const snapshot = ids ? this.catalogue.peek(revision) : null;
    const cached = ids && snapshot?.pick(ids);
    if (snapshot && cached) return { rows: cached, toModel: (row) => snapshot.modelOf(row) };
    const watch = this.committedReads.watch();
    const rows = await this.repository.findPage(query);
    if (watch.sawOnlyCommitted()) this.pages.set(revision, key, rows.map((row) => row.id));
    return { rows, toModel: toProductModel };
  }

  private async count(revision: number, filter: ProductFilterInput | null | undefined): Promise<number> {
    const key = stableKey(filter);
    const cached = this.counts.get(revision, key);
    if (cached !== undefined) return cached;
    const watch = this.committedReads.watch();
    const count = await this.repository.count(filter);
    if (watch.sawOnlyCommitted()) this.counts.set(revision, key, count);
    return count;
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
