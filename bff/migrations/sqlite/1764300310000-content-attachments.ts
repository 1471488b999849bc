import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy and news attachments become ordered references to uploaded files (SQLite). The JSON `attachments`
 * column held only names and /files/ paths that no upload ever backed, so it is dropped. Kept in step with
 * ../mysql/1764300310000-content-attachments.ts.
 */
export class ContentAttachments1764300310000 implements MigrationInterface {
  name = 'ContentAttachments1764300310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "content_attachments" (
      "content_type" varchar(16) NOT NULL,
      "content_id" varchar(36) NOT NULL,
      "position" integer NOT NULL,
      "file_id" varchar(36) NOT NULL REFERENCES "stored_files" ("id"),
      PRIMARY KEY ("content_type", "content_id", "position")
    )`);
    await queryRunner.query(`CREATE INDEX "idx_content_attachments_file" ON "content_attachments" ("file_id")`);
    for (const table of ['policies', 'news']) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "attachments"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['policies', 'news']) await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "attachments" text`);
    await queryRunner.query(`DROP TABLE "content_attachments"`);
  }
}
