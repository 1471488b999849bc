import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillProductSearchTerms } from '../product-search-backfill';

/**
 * The keyword index of the financial supermarket (MySQL / MariaDB). Terms compare in binary so MySQL
 * treats them exactly as SQLite does. Kept in step with ../sqlite/1764200100000-product-search.ts.
 */
export class ProductSearch1764200100000 implements MigrationInterface {
  name = 'ProductSearch1764200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`product_search_terms\` (
      \`term\` VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
      \`product_id\` VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`in_name\` TINYINT(1) NOT NULL,
      PRIMARY KEY (\`term\`, \`product_id\`),
      KEY \`idx_product_search_terms_product\` (\`product_id\`),
      CONSTRAINT \`fk_product_search_terms_product\` FOREIGN KEY (\`product_id\`) REFERENCES \`products\` (\`id\`) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await backfillProductSearchTerms(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `product_search_terms`');
  }
}
