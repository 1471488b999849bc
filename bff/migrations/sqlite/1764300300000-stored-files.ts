import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files' metadata (SQLite); the bytes are on disk. Kept in step with ../mysql/1764300300000-stored-files.ts. */
export class StoredFiles1764300300000 implements MigrationInterface {
  name = 'StoredFiles1764300300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stored_files" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "original_name" varchar(255) NOT NULL,
      "mime_type" varchar(128) NOT NULL,
      "size_bytes" integer NOT NULL,
      "sm3" varchar(64) NOT NULL,
      "purpose" varchar(32) NOT NULL,
      "uploader_id" varchar(36) NOT NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_stored_files_sm3" ON "stored_files" ("sm3")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_files"`);
  }
}
