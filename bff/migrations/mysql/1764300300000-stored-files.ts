import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files' metadata (MySQL / MariaDB); the bytes are on disk. Kept in step with ../sqlite/1764300300000-stored-files.ts. */
export class StoredFiles1764300300000 implements MigrationInterface {
  name = 'StoredFiles1764300300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`stored_files\` (
      \`id\` VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`original_name\` VARCHAR(255) NOT NULL,
      \`mime_type\` VARCHAR(128) NOT NULL,
      \`size_bytes\` INT NOT NULL,
      \`sm3\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`purpose\` VARCHAR(32) NOT NULL,
      \`uploader_id\` VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_stored_files_sm3\` (\`sm3\`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `stored_files`');
  }
}
