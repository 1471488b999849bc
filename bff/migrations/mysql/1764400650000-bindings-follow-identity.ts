import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enterprise bindings follow the identity platform, and a replayed authorization code can find the session its first
 * use produced (MySQL / MariaDB). `enterprise_bindings.deactivated_at` marks a binding the platform no longer
 * asserts (the row stays, as history; a later login that asserts it again clears the mark).
 * `oidc_code_redemptions` keeps, for a day, the HMAC of every authorization code the BFF presented and the session
 * it produced. Kept in step with ../sqlite/1764400650000-bindings-follow-identity.ts.
 */
export class BindingsFollowIdentity1764400650000 implements MigrationInterface {
  name = 'BindingsFollowIdentity1764400650000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`enterprise_bindings\` ADD COLUMN \`deactivated_at\` DATETIME(3) NULL`);
    await queryRunner.query(`CREATE TABLE \`oidc_code_redemptions\` (
      \`code_hash\` ${HASH} NOT NULL,
      \`channel\` VARCHAR(32) NOT NULL,
      \`session_id\` ${ID} NULL,
      \`redeemed_at\` DATETIME(3) NOT NULL,
      \`replayed_at\` DATETIME(3) NULL,
      PRIMARY KEY (\`code_hash\`),
      KEY \`idx_oidc_code_redemptions_redeemed_at\` (\`redeemed_at\`)
    ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`oidc_code_redemptions\``);
    await queryRunner.query(`ALTER TABLE \`enterprise_bindings\` DROP COLUMN \`deactivated_at\``);
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const HASH = 'CHAR(64) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
