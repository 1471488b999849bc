import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff lockout done per source (MySQL / MariaDB): `staff_login_sources` counts failed logins per (account, source
 * address) for the progressive delay, next to the account-wide count in `user_accounts`; `user_accounts.created_by`
 * records who created a staff account (filled from the audit log's STAFF_ACCOUNT_CREATED entries for existing
 * accounts), so the account's creator cannot unlock it or reset its TOTP. Kept in step with
 * ../sqlite/1764400400000-staff-lockout.ts.
 */
export class StaffLockout1764400400000 implements MigrationInterface {
  name = 'StaffLockout1764400400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`staff_login_sources\` (
      \`account_id\` ${ID} NOT NULL,
      \`source\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`failures\` INT NOT NULL DEFAULT 0,
      \`blocked_until\` DATETIME(3) NULL,
      \`expires_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`account_id\`, \`source\`),
      KEY \`idx_staff_login_sources_expires\` (\`expires_at\`),
      CONSTRAINT \`fk_staff_login_sources_account\` FOREIGN KEY (\`account_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`ALTER TABLE \`user_accounts\` ADD COLUMN \`created_by\` ${ID} NULL`);
    await queryRunner.query(
      `UPDATE \`user_accounts\` SET \`created_by\` = (
        SELECT a.\`actor_id\` FROM \`audit_logs\` a
        WHERE a.\`target_type\` = 'USER' AND a.\`target_id\` = \`user_accounts\`.\`id\` AND a.\`action\` = 'STAFF_ACCOUNT_CREATED'
        ORDER BY a.\`seq\` LIMIT 1
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`user_accounts\` DROP COLUMN \`created_by\``);
    await queryRunner.query(`DROP TABLE \`staff_login_sources\``);
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
