import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operator-managed home banners (SQLite). Kept in step with ../mysql/1764200500000-banners.ts. */
export class Banners1764200500000 implements MigrationInterface {
  name = 'Banners1764200500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "banners" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "title" varchar(64) NOT NULL,
      "subtitle" varchar(128),
      "image_url" varchar(255) NOT NULL,
      "link_path" varchar(255),
      "sort_order" integer NOT NULL,
      "starts_at" datetime,
      "ends_at" datetime,
      "status" varchar(16) NOT NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_banners_status_sort" ON "banners" ("status", "sort_order")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "banners"`);
  }
}
