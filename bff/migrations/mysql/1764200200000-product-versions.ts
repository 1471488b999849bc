import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Product review submissions and decisions (MySQL 8 / MariaDB 10.11). Kept in step with ../sqlite/1764200200000-product-versions.ts. */
export class ProductVersions1764200200000 implements MigrationInterface {
  name = 'ProductVersions1764200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`product_versions\` (
      \`id\` ${ID} NOT NULL,
      \`product_id\` ${ID} NOT NULL,
      \`institution_id\` ${ID} NOT NULL,
      \`kind\` VARCHAR(16) NOT NULL,
      \`proposed\` MEDIUMTEXT NOT NULL,
      \`status\` VARCHAR(16) NOT NULL,
      \`submitted_by\` ${ID} NOT NULL,
      \`submitted_at\` DATETIME(3) NOT NULL,
      \`reviewed_by\` ${ID} NULL,
      \`reviewed_at\` DATETIME(3) NULL,
      \`reason\` VARCHAR(500) NULL,
      \`version\` INT NOT NULL DEFAULT 1,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_product_versions_product\` (\`product_id\`, \`submitted_at\`),
      KEY \`idx_product_versions_queue\` (\`status\`, \`submitted_at\`, \`id\`),
      CONSTRAINT \`fk_product_versions_product\` FOREIGN KEY (\`product_id\`) REFERENCES \`products\` (\`id\`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `product_versions`');
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
