import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operator-managed home banners (MySQL / MariaDB). Kept in step with ../sqlite/1764200500000-banners.ts. */
export class Banners1764200500000 implements MigrationInterface {
  name = 'Banners1764200500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`banners\` (
      \`id\` VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`title\` VARCHAR(64) NOT NULL,
      \`subtitle\` VARCHAR(128) NULL,
      \`image_url\` VARCHAR(255) NOT NULL,
      \`link_path\` VARCHAR(255) NULL,
      \`sort_order\` INT NOT NULL,
      \`starts_at\` DATETIME(3) NULL,
      \`ends_at\` DATETIME(3) NULL,
      \`status\` VARCHAR(16) NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_banners_status_sort\` (\`status\`, \`sort_order\`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `banners`');
  }
}
