import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillProductSearchTerms } from '../product-search-backfill';

/** The keyword index of the financial supermarket (SQLite). Kept in step with ../mysql/1764200100000-product-search.ts. */
export class ProductSearch1764200100000 implements MigrationInterface {
  name = 'ProductSearch1764200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product_search_terms" (
      "term" varchar(32) NOT NULL,
      "product_id" varchar(36) NOT NULL REFERENCES "products" ("id") ON DELETE CASCADE,
      "in_name" boolean NOT NULL,
      PRIMARY KEY ("term", "product_id")
    )`);
    await queryRunner.query(`CREATE INDEX "idx_product_search_terms_product" ON "product_search_terms" ("product_id")`);
    await backfillProductSearchTerms(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "product_search_terms"`);
  }
}
