import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions, rotating refresh tokens, the hash-chained audit log and its chain head (MySQL 8 / MariaDB
 * 10.11). Kept in step with ../sqlite/1764115200000-security-core.ts. Triggers make audit_logs append-only
 * and let the chain head only advance one entry at a time; creating them needs the TRIGGER privilege.
 */
export class SecurityCore1764115200000 implements MigrationInterface {
  name = 'SecurityCore1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER \`${trigger}\``);
    for (const table of ['refresh_tokens', 'sessions', 'audit_chain_head', 'audit_logs']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const HASH = 'CHAR(64) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const TRIGGERS = ['trg_audit_logs_no_update', 'trg_audit_logs_no_delete', 'trg_audit_chain_head_advance', 'trg_audit_chain_head_no_delete'];
const GENESIS_HASH = '0'.repeat(64);

const UP = [
  `CREATE TABLE \`sessions\` (
    \`id\` ${ID} NOT NULL,
    \`user_id\` ${ID} NOT NULL,
    \`access_token_hash\` ${HASH} NOT NULL,
    \`access_expires_at\` DATETIME(3) NOT NULL,
    \`active_enterprise_id\` ${ID} NULL,
    \`ip\` VARCHAR(64) NULL,
    \`user_agent\` VARCHAR(255) NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`last_seen_at\` DATETIME(3) NOT NULL,
    \`revoked_at\` DATETIME(3) NULL,
    \`revoke_reason\` VARCHAR(32) NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_sessions_access_token_hash\` (\`access_token_hash\`),
    KEY \`idx_sessions_user\` (\`user_id\`, \`revoked_at\`),
    CONSTRAINT \`fk_sessions_user\` FOREIGN KEY (\`user_id\`) REFERENCES \`user_accounts\` (\`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`refresh_tokens\` (
    \`id\` ${ID} NOT NULL,
    \`session_id\` ${ID} NOT NULL,
    \`token_hash\` ${HASH} NOT NULL,
    \`expires_at\` DATETIME(3) NOT NULL,
    \`created_at\` DATETIME(3) NOT NULL,
    \`used_at\` DATETIME(3) NULL,
    \`revoked_at\` DATETIME(3) NULL,
    \`replaced_by_id\` ${ID} NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_refresh_tokens_token_hash\` (\`token_hash\`),
    KEY \`idx_refresh_tokens_session\` (\`session_id\`),
    CONSTRAINT \`fk_refresh_tokens_session\` FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\` (\`id\`)
  ) ${TABLE_OPTIONS}`,

  `CREATE TABLE \`audit_logs\` (
    \`id\` ${ID} NOT NULL,
    \`seq\` BIGINT NOT NULL,
    \`occurred_at\` DATETIME(3) NOT NULL,
    \`actor_id\` ${ID} NULL,
    \`actor_role\` VARCHAR(32) NULL,
    \`action\` VARCHAR(48) NOT NULL,
    \`result\` VARCHAR(16) NOT NULL,
    \`target_type\` VARCHAR(48) NULL,
    \`target_id\` VARCHAR(128) NULL,
    \`ip\` VARCHAR(64) NULL,
    \`user_agent\` VARCHAR(255) NULL,
    \`detail\` TEXT NULL,
    \`prev_hash\` ${HASH} NOT NULL,
    \`hash\` ${HASH} NOT NULL,
    PRIMARY KEY (\`id\`),
    UNIQUE KEY \`uq_audit_logs_seq\` (\`seq\`),
    KEY \`idx_audit_logs_actor\` (\`actor_id\`, \`seq\`),
    KEY \`idx_audit_logs_target\` (\`target_type\`, \`target_id\`, \`seq\`)
  ) ${TABLE_OPTIONS}`,
  `CREATE TRIGGER \`trg_audit_logs_no_update\` BEFORE UPDATE ON \`audit_logs\` FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_logs is append-only'`,
  `CREATE TRIGGER \`trg_audit_logs_no_delete\` BEFORE DELETE ON \`audit_logs\` FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_logs is append-only'`,

  `CREATE TABLE \`audit_chain_head\` (
    \`id\` INT NOT NULL,
    \`last_seq\` BIGINT NOT NULL,
    \`last_hash\` ${HASH} NOT NULL,
    PRIMARY KEY (\`id\`)
  ) ${TABLE_OPTIONS}`,
  `INSERT INTO \`audit_chain_head\` (\`id\`, \`last_seq\`, \`last_hash\`) VALUES (1, 0, '${GENESIS_HASH}')`,
  `CREATE TRIGGER \`trg_audit_chain_head_advance\` BEFORE UPDATE ON \`audit_chain_head\` FOR EACH ROW
    BEGIN
      IF NEW.\`id\` <> OLD.\`id\` OR NEW.\`last_seq\` <> OLD.\`last_seq\` + 1 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head only advances by one entry';
      END IF;
    END`,
  `CREATE TRIGGER \`trg_audit_chain_head_no_delete\` BEFORE DELETE ON \`audit_chain_head\` FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head cannot be deleted'`,
];
