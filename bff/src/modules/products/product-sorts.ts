import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { decodeCursor, encodeCursor, type Cursor } from '../../infra/graphql/pagination/cursor';
import type { ProductEntity } from './product.entity';
import { ProductSort } from './product-sort';
import { indexTerms, queryTerms } from './search/segment';

/** How one sort orders products and how its keyset cursor is written, read and compared. */
export interface ProductSortSpec {
  /** Entity property path of the sort key. */
  column: string;
  direction: 'ASC' | 'DESC';
  encode(product: ProductEntity): string;
  /** Decodes `after` into the SQL value of the sort key and the id; throws InvalidCursorError. */
  decode(after: string): { key: string | number; id: string };
  /** Parameters that `column` refers to. */
  params?: Record<string, readonly string[]>;
}

function integerSort(sort: ProductSort, column: string, direction: 'ASC' | 'DESC', key: (p: ProductEntity) => number): ProductSortSpec {
  return {
    column,
    direction,
    encode: (product) => encodeCursor({ sort, key: key(product), id: product.id }),
    decode: (after) => {
      const cursor: Cursor<number> = decodeCursor(after, sort, 'integer');
      return { key: cursor.key, id: cursor.id };
    },
  };
}

function publishedAtOf(product: ProductEntity): Date {
  if (!product.publishedAt) throw new Error(`published product ${product.id} has no publishedAt`);
  return product.publishedAt;
}

/** Every sort breaks ties on id in the same direction, so the order is total and pages never overlap. */
export const PRODUCT_SORTS: Readonly<Record<Exclude<ProductSort, ProductSort.RELEVANCE>, ProductSortSpec>> = {
  [ProductSort.NEWEST]: {
    column: 'p.publishedAt',
    direction: 'DESC',
    encode: (product) => encodeCursor({ sort: ProductSort.NEWEST, key: publishedAtOf(product).toISOString(), id: product.id }),
    decode: (after) => {
      const cursor = decodeCursor(after, ProductSort.NEWEST, 'instant');
      return { key: toSqlUtcDatetime(new Date(cursor.key)), id: cursor.id };
    },
  },
  [ProductSort.RATE_ASC]: integerSort(ProductSort.RATE_ASC, 'p.minRateBp', 'ASC', (p) => p.minRateBp),
  [ProductSort.AMOUNT_DESC]: integerSort(ProductSort.AMOUNT_DESC, 'p.maxAmountFen', 'DESC', (p) => p.maxAmountFen),
  [ProductSort.POPULARITY]: integerSort(ProductSort.POPULARITY, 'p.applyCount', 'DESC', (p) => p.applyCount),
};

/**
 * RELEVANCE orders by how many of the keyword's terms the product's name holds, most first. The cursor key
 * is computed from the name with the same segmenter that filled the index, so it equals the SQL value.
 */
function relevanceSort(keyword: string | null | undefined): ProductSortSpec {
  const terms = queryTerms(keyword ?? '');
  const wanted = new Set(terms);
  const spec = integerSort(
    ProductSort.RELEVANCE,
    '(SELECT COUNT(*) FROM product_search_terms r WHERE r.product_id = p.id AND r.in_name = 1 AND r.term IN (:...relevanceTerms))',
    'DESC',
    (product) => indexTerms(product.name).filter((term) => wanted.has(term)).length,
  );
  return { ...spec, params: { relevanceTerms: terms.length > 0 ? terms : [''] } };
}

export function productSortSpec(sort: ProductSort, keyword: string | null | undefined): ProductSortSpec {
  return sort === ProductSort.RELEVANCE ? relevanceSort(keyword) : PRODUCT_SORTS[sort];
}

/** `(key, id)` strictly after the cursor in the sort's direction, written without row-value comparison. */
export function keysetClause(spec: ProductSortSpec): string {
  const op = spec.direction === 'ASC' ? '>' : '<';
  return `(${spec.column} ${op} :afterKey OR (${spec.column} = :afterKey AND p.id ${op} :afterId))`;
}
