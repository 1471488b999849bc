import { InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import type { ProductEntity } from './product.entity';
import { ProductSort } from './product-sort';
import { keysetClause, PRODUCT_SORTS, productSortSpec } from './product-sorts';

const product = {
  id: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  name: '科技信用贷',
  publishedAt: new Date('2026-03-01T00:00:00.000Z'),
  minRateBp: 365,
  maxAmountFen: 300_000_000,
  applyCount: 42,
} as ProductEntity;

describe('PRODUCT_SORTS', () => {
  it.each(Object.values(ProductSort))('%s round-trips its cursor', (sort) => {
    const spec = productSortSpec(sort, '信用');
    const decoded = spec.decode(spec.encode(product));
    expect(decoded.id).toBe(product.id);
  });

  it('keys RELEVANCE on the keyword terms found in the name', () => {
    const spec = productSortSpec(ProductSort.RELEVANCE, '科技 信用贷款');
    expect(spec.decode(spec.encode(product)).key).toBe(3);
    expect(spec.params).toEqual({ relevanceTerms: ['科技', '信用', '用贷', '贷款'] });
  });

  it('turns the NEWEST cursor into the UTC text stored in DATETIME columns', () => {
    const spec = PRODUCT_SORTS[ProductSort.NEWEST];
    expect(spec.decode(spec.encode(product)).key).toBe('2026-03-01 00:00:00.000');
  });

  it('refuses a cursor from another sort', () => {
    const rate = PRODUCT_SORTS[ProductSort.RATE_ASC].encode(product);
    expect(() => PRODUCT_SORTS[ProductSort.AMOUNT_DESC].decode(rate)).toThrow(InvalidCursorError);
  });

  it('compares in the direction of the sort', () => {
    expect(keysetClause(PRODUCT_SORTS[ProductSort.RATE_ASC])).toBe(
      '(p.minRateBp > :afterKey OR (p.minRateBp = :afterKey AND p.id > :afterId))',
    );
    expect(keysetClause(PRODUCT_SORTS[ProductSort.POPULARITY])).toBe(
      '(p.applyCount < :afterKey OR (p.applyCount = :afterKey AND p.id < :afterId))',
    );
  });
});
