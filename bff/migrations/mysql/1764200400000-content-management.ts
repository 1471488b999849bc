import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy and news publishing status and attachments, and per-user messages (MySQL / MariaDB). Kept in step
 * with ../sqlite/1764200400000-content-management.ts. Content that existed before is published.
 */
export class ContentManagement1764200400000 implements MigrationInterface {
  name = 'ContentManagement1764200400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `messages`');
    for (const table of ['policies', 'news']) {
      await queryRunner.query(`ALTER TABLE \`${table}\` DROP INDEX \`idx_${table}_status\`, DROP COLUMN \`attachments\`, DROP COLUMN \`status\``);
    }
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

const UP = [
  ...['policies', 'news'].map(
    (table) =>
      `ALTER TABLE \`${table}\` ADD COLUMN \`status\` VARCHAR(16) NOT NULL DEFAULT 'PUBLISHED', ADD COLUMN \`attachments\` TEXT NULL, ADD KEY \`idx_${table}_status\` (\`status\`)`,
  ),
  `CREATE TABLE \`messages\` (
    \`id\` ${ID} NOT NULL,
    \`user_id\` ${ID} NOT NULL,
    \`kind\` VARCHAR(32) NOT NULL,
    \`title\` VARCHAR(255) NOT NULL,
    \`body\` VARCHAR(1024) NOT NULL,
    \`link\` VARCHAR(255) NULL,
    \`read_at\` DATETIME(3) NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    KEY \`idx_messages_user_created\` (\`user_id\`, \`created_at\`, \`id\`),
    CONSTRAINT \`fk_messages_user\` FOREIGN KEY (\`user_id\`) REFERENCES \`user_accounts\` (\`id\`)
  ) ${TABLE_OPTIONS}`,
];
