import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy and news attachments become ordered references to uploaded files (MySQL / MariaDB). The JSON
 * `attachments` column held only names and /files/ paths that no upload ever backed, so it is dropped.
 * Kept in step with ../sqlite/1764300310000-content-attachments.ts.
 */
export class ContentAttachments1764300310000 implements MigrationInterface {
  name = 'ContentAttachments1764300310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`content_attachments\` (
      \`content_type\` VARCHAR(16) NOT NULL,
      \`content_id\` VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`position\` INT NOT NULL,
      \`file_id\` VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      PRIMARY KEY (\`content_type\`, \`content_id\`, \`position\`),
      KEY \`idx_content_attachments_file\` (\`file_id\`),
      CONSTRAINT \`fk_content_attachments_file\` FOREIGN KEY (\`file_id\`) REFERENCES \`stored_files\` (\`id\`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    for (const table of ['policies', 'news']) await queryRunner.query(`ALTER TABLE \`${table}\` DROP COLUMN \`attachments\``);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['policies', 'news']) await queryRunner.query(`ALTER TABLE \`${table}\` ADD COLUMN \`attachments\` TEXT NULL`);
    await queryRunner.query('DROP TABLE `content_attachments`');
  }
}
