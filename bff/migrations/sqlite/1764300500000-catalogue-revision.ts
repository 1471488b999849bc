import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One counter bumped by every change to the published catalogue (SQLite). Kept in step with ../mysql/1764300500000-catalogue-revision.ts. */
export class CatalogueRevision1764300500000 implements MigrationInterface {
  name = 'CatalogueRevision1764300500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "catalogue_revision" (
      "id" integer PRIMARY KEY NOT NULL,
      "revision" integer NOT NULL
    )`);
    await queryRunner.query(`INSERT INTO "catalogue_revision" ("id", "revision") VALUES (1, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "catalogue_revision"`);
  }
}
