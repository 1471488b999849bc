import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unified-identity users, enterprises and their bindings, OIDC login requests, staff login challenges
 * (MySQL / MariaDB). Kept in step with ../sqlite/1764115300000-identity-and-staff.ts.
 */
export class IdentityAndStaff1764115300000 implements MigrationInterface {
  name = 'IdentityAndStaff1764115300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['staff_login_challenges', 'oidc_login_requests', 'enterprise_bindings', 'enterprises']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
    const drops = [
      'DROP INDEX `uq_user_accounts_subject`',
      'DROP INDEX `idx_user_accounts_phone_index`',
      'DROP INDEX `idx_user_accounts_resident_id_index`',
      ...USER_COLUMNS.map(([column]) => `DROP COLUMN \`${column}\``),
    ];
    await queryRunner.query(`ALTER TABLE \`user_accounts\` ${drops.join(', ')}`);
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const HASH = 'VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

const USER_COLUMNS: ReadonlyArray<[string, string]> = [
  // OIDC subjects are case-sensitive ASCII (OpenID Connect Core §2).
  ['subject', 'VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL'],
  ['phone_cipher', 'TEXT NULL'],
  ['phone_index', 'VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NULL'],
  ['phone_masked', 'VARCHAR(32) NULL'],
  ['resident_id_cipher', 'TEXT NULL'],
  ['resident_id_index', 'VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NULL'],
  ['resident_id_masked', 'VARCHAR(32) NULL'],
  ['enabled', 'TINYINT(1) NOT NULL DEFAULT 1'],
  ['failed_login_count', 'INT NOT NULL DEFAULT 0'],
  ['locked_until', 'DATETIME(3) NULL'],
  ['totp_secret_cipher', 'TEXT NULL'],
  ['totp_last_used_step', 'INT NULL'],
  ['password_changed_at', 'DATETIME(3) NULL'],
];

const UP = [
  `ALTER TABLE \`user_accounts\` ${[
    ...USER_COLUMNS.map(([column, type]) => `ADD COLUMN \`${column}\` ${type}`),
    'ADD UNIQUE KEY `uq_user_accounts_subject` (`subject`)',
    'ADD KEY `idx_user_accounts_phone_index` (`phone_index`)',
    'ADD KEY `idx_user_accounts_resident_id_index` (`resident_id_index`)',
  ].join(', ')}`,

  `CREATE TABLE \`enterprises\` (
    \`id\` ${ID} NOT NULL,
    \`uscc\` CHAR(18) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    \`name\` VARCHAR(128) NOT NULL,
    \`legal_representative\` VARCHAR(64) NULL,
    \`region_code\` VARCHAR(6) NULL,
    \`industry_code\` VARCHAR(4) NULL,
    \`scale\` VARCHAR(16) NULL,
    \`type\` VARCHAR(32) NULL,
    \`established_on\` DATE NULL,
    \`registered_capital_fen\` BIGINT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_enterprises_uscc\` (\`uscc\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`enterprise_bindings\` (
    \`id\` ${ID} NOT NULL,
    \`user_id\` ${ID} NOT NULL,
    \`enterprise_id\` ${ID} NOT NULL,
    \`relation\` VARCHAR(32) NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`updated_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_enterprise_bindings_user_enterprise\` (\`user_id\`, \`enterprise_id\`),
    KEY \`idx_enterprise_bindings_enterprise\` (\`enterprise_id\`),
    CONSTRAINT \`fk_enterprise_bindings_user\` FOREIGN KEY (\`user_id\`) REFERENCES \`user_accounts\` (\`id\`),
    CONSTRAINT \`fk_enterprise_bindings_enterprise\` FOREIGN KEY (\`enterprise_id\`) REFERENCES \`enterprises\` (\`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`oidc_login_requests\` (
    \`id\` ${ID} NOT NULL,
    \`state_hash\` ${HASH} NOT NULL,
    \`nonce\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    \`code_verifier_cipher\` TEXT NOT NULL,
    \`redirect_uri\` VARCHAR(2000) NOT NULL,
    \`expires_at\` DATETIME(3) NOT NULL,
    \`used_at\` DATETIME(3) NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_oidc_login_requests_state_hash\` (\`state_hash\`),
    KEY \`idx_oidc_login_requests_expires_at\` (\`expires_at\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`staff_login_challenges\` (
    \`id\` ${ID} NOT NULL,
    \`token_hash\` ${HASH} NOT NULL,
    \`user_id\` ${ID} NOT NULL,
    \`step\` VARCHAR(32) NOT NULL,
    \`pending_totp_secret_cipher\` TEXT NULL,
    \`expires_at\` DATETIME(3) NOT NULL,
    \`used_at\` DATETIME(3) NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_staff_login_challenges_token_hash\` (\`token_hash\`),
    KEY \`idx_staff_login_challenges_user\` (\`user_id\`),
    CONSTRAINT \`fk_staff_login_challenges_user\` FOREIGN KEY (\`user_id\`) REFERENCES \`user_accounts\` (\`id\`)
  ) ${TABLE_OPTIONS}`,
];
