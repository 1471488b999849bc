import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AGREEMENTS_2026_1, insertAgreements } from '../consent-agreements-2026-1';

/**
 * The consent ledger and the data use log (MySQL / MariaDB): `consent_agreements` with the first published agreement
 * texts, `data_consents`, `data_use_records`, and `enterprises.agent_consent_purposes` (what agents may grant;
 * existing enterprises get the default, loan applications only). Kept in step with
 * ../sqlite/1764500500000-data-consents.ts.
 */
export class DataConsents1764500500000 implements MigrationInterface {
  name = 'DataConsents1764500500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`enterprises\` ADD COLUMN \`agent_consent_purposes\` VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT ',LOAN_APPLICATION,'`,
    );
    await queryRunner.query(`CREATE TABLE \`consent_agreements\` (
      \`id\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`purpose\` ${CODE} NOT NULL,
      \`version\` VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`title\` VARCHAR(128) NOT NULL,
      \`text\` TEXT NOT NULL,
      \`sha256\` ${HASH} NOT NULL,
      \`published_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_consent_agreements_purpose_version\` (\`purpose\`, \`version\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`data_consents\` (
      \`id\` ${ID} NOT NULL,
      \`reference\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`enterprise_id\` ${ID} NOT NULL,
      \`granted_by_user_id\` ${ID} NOT NULL,
      \`grantor_relation\` ${CODE} NOT NULL,
      \`sources\` VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`purpose\` ${CODE} NOT NULL,
      \`grantee_kind\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`grantee_institution_id\` ${ID} NULL,
      \`product_id\` ${ID} NULL,
      \`agreement_version\` VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`agreement_sha256\` ${HASH} NOT NULL,
      \`idempotency_key\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`request_hash\` ${HASH} NOT NULL,
      \`granted_at\` DATETIME(3) NOT NULL,
      \`expires_at\` DATETIME(3) NOT NULL,
      \`revoked_at\` DATETIME(3) NULL,
      \`revoked_by_user_id\` ${ID} NULL,
      \`version\` INT NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_data_consents_reference\` (\`reference\`),
      UNIQUE KEY \`uq_data_consents_grantor_idempotency\` (\`granted_by_user_id\`, \`idempotency_key\`),
      KEY \`idx_data_consents_enterprise_purpose\` (\`enterprise_id\`, \`purpose\`, \`grantee_kind\`, \`expires_at\`),
      KEY \`idx_data_consents_enterprise_granted\` (\`enterprise_id\`, \`granted_at\`, \`id\`),
      CONSTRAINT \`fk_data_consents_enterprise\` FOREIGN KEY (\`enterprise_id\`) REFERENCES \`enterprises\` (\`id\`),
      CONSTRAINT \`fk_data_consents_granted_by\` FOREIGN KEY (\`granted_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`),
      CONSTRAINT \`fk_data_consents_institution\` FOREIGN KEY (\`grantee_institution_id\`) REFERENCES \`institutions\` (\`id\`),
      CONSTRAINT \`fk_data_consents_product\` FOREIGN KEY (\`product_id\`) REFERENCES \`products\` (\`id\`),
      CONSTRAINT \`fk_data_consents_revoked_by\` FOREIGN KEY (\`revoked_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`),
      CONSTRAINT \`fk_data_consents_agreement\` FOREIGN KEY (\`purpose\`, \`agreement_version\`)
        REFERENCES \`consent_agreements\` (\`purpose\`, \`version\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`data_use_records\` (
      \`id\` ${ID} NOT NULL,
      \`enterprise_id\` ${ID} NOT NULL,
      \`kind\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`source\` ${CODE} NULL,
      \`purpose\` ${CODE} NOT NULL,
      \`consent_id\` ${ID} NOT NULL,
      \`institution_id\` ${ID} NULL,
      \`actor_user_id\` ${ID} NULL,
      \`outcome\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`detail\` VARCHAR(255) NULL,
      \`occurred_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_data_use_records_enterprise_occurred\` (\`enterprise_id\`, \`occurred_at\`, \`id\`),
      KEY \`idx_data_use_records_consent\` (\`consent_id\`),
      CONSTRAINT \`fk_data_use_records_enterprise\` FOREIGN KEY (\`enterprise_id\`) REFERENCES \`enterprises\` (\`id\`),
      CONSTRAINT \`fk_data_use_records_consent\` FOREIGN KEY (\`consent_id\`) REFERENCES \`data_consents\` (\`id\`),
      CONSTRAINT \`fk_data_use_records_institution\` FOREIGN KEY (\`institution_id\`) REFERENCES \`institutions\` (\`id\`),
      CONSTRAINT \`fk_data_use_records_actor\` FOREIGN KEY (\`actor_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await insertAgreements(queryRunner, AGREEMENTS_2026_1);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`data_use_records\``);
    await queryRunner.query(`DROP TABLE \`data_consents\``);
    await queryRunner.query(`DROP TABLE \`consent_agreements\``);
    await queryRunner.query(`ALTER TABLE \`enterprises\` DROP COLUMN \`agent_consent_purposes\``);
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const CODE = 'VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin';
const HASH = 'CHAR(64) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
