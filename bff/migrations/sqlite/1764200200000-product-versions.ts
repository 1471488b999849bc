import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Product review submissions and decisions (SQLite). Kept in step with ../mysql/1764200200000-product-versions.ts. */
export class ProductVersions1764200200000 implements MigrationInterface {
  name = 'ProductVersions1764200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product_versions" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "product_id" varchar(36) NOT NULL REFERENCES "products" ("id"),
      "institution_id" varchar(36) NOT NULL,
      "kind" varchar(16) NOT NULL,
      "proposed" text NOT NULL,
      "status" varchar(16) NOT NULL,
      "submitted_by" varchar(36) NOT NULL,
      "submitted_at" datetime NOT NULL,
      "reviewed_by" varchar(36),
      "reviewed_at" datetime,
      "reason" varchar(500),
      "version" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_product_versions_product" ON "product_versions" ("product_id", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "idx_product_versions_queue" ON "product_versions" ("status", "submitted_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "product_versions"');
  }
}
