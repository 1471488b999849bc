import type { ProductCategory } from '@rongtong/shared';
import type { QueryRunner } from 'typeorm';
import { searchTermRows } from '../src/modules/products/search/product-search-terms';

interface ProductTextRow {
  id: string;
  name: string;
  summary: string;
  description: string;
  category: ProductCategory;
  institution_name: string;
}

/** Indexes the products that exist before the keyword index does; both dialects read and write the same way. */
export async function backfillProductSearchTerms(queryRunner: QueryRunner): Promise<void> {
  const products: ProductTextRow[] = await queryRunner.query(
    'SELECT p.id, p.name, p.summary, p.description, p.category, i.name AS institution_name FROM products p JOIN institutions i ON i.id = p.institution_id',
  );
  const rows = products.flatMap((product) => searchTermRows({ ...product, institutionName: product.institution_name }));
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200);
    const values = chunk.map(() => '(?, ?, ?)').join(', ');
    const params = chunk.flatMap((row) => [row.term, row.productId, row.inName ? 1 : 0]);
    await queryRunner.query(`INSERT INTO product_search_terms (term, product_id, in_name) VALUES ${values}`, params);
  }
}
