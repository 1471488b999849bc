import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue, content and account tables (MySQL 8 / MariaDB 10.11). Kept in step with
 * ../sqlite/1764028800000-initial-schema.ts. Ids are ASCII with binary collation: smaller keys, and the same
 * ordering as SQLite, which the keyset cursors rely on.
 */
export class InitialSchema1764028800000 implements MigrationInterface {
  name = 'InitialSchema1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['seed_runs', 'user_accounts', 'faqs', 'news', 'policies', 'products', 'institutions']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

const UP = [
  `CREATE TABLE \`institutions\` (
    \`id\` ${ID} NOT NULL,
    \`name\` VARCHAR(128) NOT NULL,
    \`short_name\` VARCHAR(64) NOT NULL,
    \`type\` VARCHAR(32) NOT NULL,
    \`region_code\` VARCHAR(6) NOT NULL,
    \`description\` TEXT NOT NULL,
    \`contact_phone\` VARCHAR(32) NOT NULL,
    \`address\` VARCHAR(255) NOT NULL,
    \`website\` VARCHAR(255) NULL,
    \`established_on\` DATE NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    KEY \`idx_institutions_type\` (\`type\`),
    KEY \`idx_institutions_region\` (\`region_code\`),
    KEY \`idx_institutions_name\` (\`name\`, \`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`products\` (
    \`id\` ${ID} NOT NULL,
    \`institution_id\` ${ID} NOT NULL,
    \`name\` VARCHAR(128) NOT NULL,
    \`category\` VARCHAR(32) NOT NULL,
    \`guarantee_methods\` VARCHAR(128) NOT NULL,
    \`min_amount_fen\` BIGINT NOT NULL,
    \`max_amount_fen\` BIGINT NOT NULL,
    \`min_term_months\` INT NOT NULL,
    \`max_term_months\` INT NOT NULL,
    \`min_rate_bp\` INT NOT NULL,
    \`max_rate_bp\` INT NOT NULL,
    \`repayment_methods\` VARCHAR(128) NOT NULL,
    \`target_region_codes\` VARCHAR(1024) NOT NULL,
    \`target_industry_codes\` VARCHAR(1024) NOT NULL,
    \`target_scales\` VARCHAR(64) NOT NULL,
    \`min_years_in_business\` INT NOT NULL,
    \`min_credit_grade\` VARCHAR(8) NULL,
    \`required_materials\` TEXT NOT NULL,
    \`online_apply\` TINYINT(1) NOT NULL,
    \`summary\` VARCHAR(512) NOT NULL,
    \`description\` TEXT NOT NULL,
    \`status\` VARCHAR(16) NOT NULL,
    \`apply_count\` INT NOT NULL DEFAULT 0,
    \`published_at\` DATETIME(3) NULL,
    \`version\` INT NOT NULL DEFAULT 1,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    KEY \`idx_products_newest\` (\`status\`, \`published_at\`, \`id\`),
    KEY \`idx_products_rate\` (\`status\`, \`min_rate_bp\`, \`id\`),
    KEY \`idx_products_amount\` (\`status\`, \`max_amount_fen\`, \`id\`),
    KEY \`idx_products_popularity\` (\`status\`, \`apply_count\`, \`id\`),
    KEY \`idx_products_institution\` (\`institution_id\`, \`status\`),
    KEY \`idx_products_category\` (\`category\`, \`status\`),
    CONSTRAINT \`fk_products_institution\` FOREIGN KEY (\`institution_id\`) REFERENCES \`institutions\` (\`id\`),
    CONSTRAINT \`chk_products_amount\` CHECK (\`min_amount_fen\` >= 0 AND \`min_amount_fen\` <= \`max_amount_fen\`),
    CONSTRAINT \`chk_products_term\` CHECK (\`min_term_months\` >= 1 AND \`min_term_months\` <= \`max_term_months\`),
    CONSTRAINT \`chk_products_rate\` CHECK (\`min_rate_bp\` >= 0 AND \`min_rate_bp\` <= \`max_rate_bp\`),
    CONSTRAINT \`chk_products_published\` CHECK (\`status\` <> 'PUBLISHED' OR \`published_at\` IS NOT NULL)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`policies\` (
    \`id\` ${ID} NOT NULL,
    \`title\` VARCHAR(255) NOT NULL,
    \`level\` VARCHAR(16) NOT NULL,
    \`issuer\` VARCHAR(128) NOT NULL,
    \`document_number\` VARCHAR(128) NOT NULL,
    \`issued_on\` DATE NOT NULL,
    \`summary\` VARCHAR(1024) NOT NULL,
    \`body_html\` MEDIUMTEXT NOT NULL,
    \`industry_codes\` VARCHAR(1024) NOT NULL,
    \`scales\` VARCHAR(64) NOT NULL,
    \`enterprise_types\` VARCHAR(255) NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    KEY \`idx_policies_level\` (\`level\`, \`issued_on\`, \`id\`),
    KEY \`idx_policies_issued\` (\`issued_on\`, \`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`news\` (
    \`id\` ${ID} NOT NULL,
    \`title\` VARCHAR(255) NOT NULL,
    \`level\` VARCHAR(16) NOT NULL,
    \`source\` VARCHAR(128) NOT NULL,
    \`published_on\` DATE NOT NULL,
    \`summary\` VARCHAR(1024) NOT NULL,
    \`body_html\` MEDIUMTEXT NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    KEY \`idx_news_level\` (\`level\`, \`published_on\`, \`id\`),
    KEY \`idx_news_published\` (\`published_on\`, \`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`faqs\` (
    \`id\` ${ID} NOT NULL,
    \`category\` VARCHAR(64) NOT NULL,
    \`question\` VARCHAR(512) NOT NULL,
    \`answer\` TEXT NOT NULL,
    \`keywords\` TEXT NOT NULL,
    \`sort_order\` INT NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    KEY \`idx_faqs_category\` (\`category\`, \`sort_order\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`user_accounts\` (
    \`id\` ${ID} NOT NULL,
    \`username\` VARCHAR(64) NOT NULL,
    \`display_name\` VARCHAR(64) NOT NULL,
    \`role\` VARCHAR(32) NOT NULL,
    \`permissions\` VARCHAR(255) NOT NULL,
    \`institution_id\` ${ID} NULL,
    \`password_hash\` VARCHAR(255) NOT NULL,
    \`must_change_password\` TINYINT(1) NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_user_accounts_username\` (\`username\`),
    KEY \`idx_user_accounts_institution\` (\`institution_id\`),
    CONSTRAINT \`fk_user_accounts_institution\` FOREIGN KEY (\`institution_id\`) REFERENCES \`institutions\` (\`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`seed_runs\` (
    \`id\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    \`applied_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`)
  ) ${TABLE_OPTIONS}`,
];
