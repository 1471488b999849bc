import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loan applications (MySQL / MariaDB): `loan_applications` with their timeline (`application_events`), materials,
 * counter verifications, the per-day number sequence, and the loan ledger (`loan_drawdowns`, `loan_schedule_rows`,
 * `loan_repayments`). Kept in step with ../sqlite/1764600500000-loan-applications.ts.
 */
export class LoanApplications1764600500000 implements MigrationInterface {
  name = 'LoanApplications1764600500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`application_number_sequences\` (
      \`day\` CHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`last_value\` INT NOT NULL,
      PRIMARY KEY (\`day\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`loan_applications\` (
      \`id\` ${ID} NOT NULL,
      \`number\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`enterprise_id\` ${ID} NOT NULL,
      \`applicant_user_id\` ${ID} NOT NULL,
      \`product_id\` ${ID} NOT NULL,
      \`institution_id\` ${ID} NOT NULL,
      \`state\` ${STATE} NOT NULL,
      \`version\` INT NOT NULL,
      \`amount_fen\` BIGINT NULL,
      \`term_months\` INT NULL,
      \`purpose\` VARCHAR(500) NULL,
      \`preferred_repayment_method\` ${CODE} NULL,
      \`applicant_name_cipher\` TEXT CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`applicant_name_masked\` VARCHAR(32) NOT NULL,
      \`applicant_resident_id_cipher\` TEXT CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`applicant_resident_id_masked\` VARCHAR(32) NULL,
      \`enterprise_name\` VARCHAR(128) NOT NULL,
      \`uscc\` CHAR(18) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`region_code\` CHAR(6) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`industry_code\` VARCHAR(4) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`scale\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`established_on\` DATE NULL,
      \`registered_capital_fen\` BIGINT NULL,
      \`register_as_of\` DATE NULL,
      \`consent_id\` ${ID} NULL,
      \`verification_path\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`verification_reference\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`verified_at\` DATETIME(3) NULL,
      \`credit_score_snapshot_id\` ${ID} NULL,
      \`approved_amount_fen\` BIGINT NULL,
      \`approved_rate_bp\` INT NULL,
      \`approved_term_months\` INT NULL,
      \`approved_repayment_method\` ${CODE} NULL,
      \`facility_type\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`reject_reason_code\` ${CODE} NULL,
      \`reject_reason_text\` VARCHAR(500) NULL,
      \`decided_at\` DATETIME(3) NULL,
      \`decided_by_user_id\` ${ID} NULL,
      \`contract_text\` MEDIUMTEXT NULL,
      \`contract_sha256\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`signed_at\` DATETIME(3) NULL,
      \`signing_verification_path\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`signing_verification_reference\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`submitted_at\` DATETIME(3) NULL,
      \`last_action_at\` DATETIME(3) NOT NULL,
      \`idempotency_key\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`request_hash\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`submit_idempotency_key\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`submit_request_hash\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_loan_applications_number\` (\`number\`),
      UNIQUE KEY \`uq_loan_applications_create_key\` (\`applicant_user_id\`, \`idempotency_key\`),
      UNIQUE KEY \`uq_loan_applications_submit_key\` (\`applicant_user_id\`, \`submit_idempotency_key\`),
      KEY \`idx_loan_applications_enterprise_created\` (\`enterprise_id\`, \`created_at\`, \`id\`),
      KEY \`idx_loan_applications_institution_submitted\` (\`institution_id\`, \`submitted_at\`, \`id\`),
      KEY \`idx_loan_applications_state_last_action\` (\`state\`, \`last_action_at\`),
      CONSTRAINT \`fk_loan_applications_enterprise\` FOREIGN KEY (\`enterprise_id\`) REFERENCES \`enterprises\` (\`id\`),
      CONSTRAINT \`fk_loan_applications_applicant\` FOREIGN KEY (\`applicant_user_id\`) REFERENCES \`user_accounts\` (\`id\`),
      CONSTRAINT \`fk_loan_applications_product\` FOREIGN KEY (\`product_id\`) REFERENCES \`products\` (\`id\`),
      CONSTRAINT \`fk_loan_applications_institution\` FOREIGN KEY (\`institution_id\`) REFERENCES \`institutions\` (\`id\`),
      CONSTRAINT \`fk_loan_applications_consent\` FOREIGN KEY (\`consent_id\`) REFERENCES \`data_consents\` (\`id\`),
      CONSTRAINT \`fk_loan_applications_decided_by\` FOREIGN KEY (\`decided_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`application_counter_verifications\` (
      \`id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`purpose\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`verified_by_user_id\` ${ID} NOT NULL,
      \`verified_at\` DATETIME(3) NOT NULL,
      \`note\` VARCHAR(200) NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_counter_verifications_application\` (\`application_id\`, \`purpose\`, \`verified_at\`),
      CONSTRAINT \`fk_counter_verifications_application\` FOREIGN KEY (\`application_id\`) REFERENCES \`loan_applications\` (\`id\`),
      CONSTRAINT \`fk_counter_verifications_staff\` FOREIGN KEY (\`verified_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`application_events\` (
      \`id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`seq\` INT NOT NULL,
      \`action\` ${CODE} NOT NULL,
      \`from_state\` ${STATE} NULL,
      \`to_state\` ${STATE} NOT NULL,
      \`actor_kind\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`actor_user_id\` ${ID} NULL,
      \`note\` VARCHAR(500) NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_application_events_seq\` (\`application_id\`, \`seq\`),
      KEY \`idx_application_events_created\` (\`created_at\`, \`id\`),
      CONSTRAINT \`fk_application_events_application\` FOREIGN KEY (\`application_id\`) REFERENCES \`loan_applications\` (\`id\`),
      CONSTRAINT \`fk_application_events_actor\` FOREIGN KEY (\`actor_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`application_materials\` (
      \`id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`material_name\` VARCHAR(64) NOT NULL,
      \`file_id\` ${ID} NULL,
      \`sha256\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`replaced_by_source\` ${CODE} NULL,
      \`attached_by_user_id\` ${ID} NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_application_materials_application\` (\`application_id\`, \`created_at\`),
      KEY \`idx_application_materials_file\` (\`file_id\`),
      CONSTRAINT \`fk_application_materials_application\` FOREIGN KEY (\`application_id\`) REFERENCES \`loan_applications\` (\`id\`),
      CONSTRAINT \`fk_application_materials_file\` FOREIGN KEY (\`file_id\`) REFERENCES \`stored_files\` (\`id\`),
      CONSTRAINT \`fk_application_materials_user\` FOREIGN KEY (\`attached_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`loan_drawdowns\` (
      \`id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`seq\` INT NOT NULL,
      \`status\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`amount_fen\` BIGINT NOT NULL,
      \`term_months\` INT NOT NULL,
      \`rate_bp\` INT NOT NULL,
      \`repayment_method\` ${CODE} NOT NULL,
      \`outstanding_principal_fen\` BIGINT NOT NULL,
      \`requested_by_user_id\` ${ID} NULL,
      \`idempotency_key\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`request_hash\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`disbursed_at\` DATETIME(3) NULL,
      \`bank_reference\` VARCHAR(64) NULL,
      \`recorded_by_user_id\` ${ID} NULL,
      \`recorded_via\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_loan_drawdowns_request_key\` (\`application_id\`, \`idempotency_key\`),
      KEY \`idx_loan_drawdowns_application\` (\`application_id\`, \`seq\`),
      CONSTRAINT \`fk_loan_drawdowns_application\` FOREIGN KEY (\`application_id\`) REFERENCES \`loan_applications\` (\`id\`),
      CONSTRAINT \`fk_loan_drawdowns_requested_by\` FOREIGN KEY (\`requested_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`),
      CONSTRAINT \`fk_loan_drawdowns_recorded_by\` FOREIGN KEY (\`recorded_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`loan_schedule_rows\` (
      \`id\` ${ID} NOT NULL,
      \`drawdown_id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`period\` INT NOT NULL,
      \`due_on\` DATE NOT NULL,
      \`principal_fen\` BIGINT NOT NULL,
      \`interest_fen\` BIGINT NOT NULL,
      \`status\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`repayment_id\` ${ID} NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_loan_schedule_rows_drawdown\` (\`drawdown_id\`, \`period\`),
      CONSTRAINT \`fk_loan_schedule_rows_drawdown\` FOREIGN KEY (\`drawdown_id\`) REFERENCES \`loan_drawdowns\` (\`id\`),
      CONSTRAINT \`fk_loan_schedule_rows_application\` FOREIGN KEY (\`application_id\`) REFERENCES \`loan_applications\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`loan_repayments\` (
      \`id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`drawdown_id\` ${ID} NOT NULL,
      \`kind\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`status\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`period\` INT NOT NULL,
      \`principal_fen\` BIGINT NOT NULL,
      \`interest_fen\` BIGINT NOT NULL,
      \`amount_fen\` BIGINT NOT NULL,
      \`requested_by_user_id\` ${ID} NULL,
      \`idempotency_key\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`request_hash\` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`confirmed_at\` DATETIME(3) NULL,
      \`bank_reference\` VARCHAR(64) NULL,
      \`recorded_by_user_id\` ${ID} NULL,
      \`recorded_via\` VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_loan_repayments_request_key\` (\`application_id\`, \`idempotency_key\`),
      KEY \`idx_loan_repayments_application\` (\`application_id\`, \`created_at\`),
      CONSTRAINT \`fk_loan_repayments_application\` FOREIGN KEY (\`application_id\`) REFERENCES \`loan_applications\` (\`id\`),
      CONSTRAINT \`fk_loan_repayments_drawdown\` FOREIGN KEY (\`drawdown_id\`) REFERENCES \`loan_drawdowns\` (\`id\`),
      CONSTRAINT \`fk_loan_repayments_requested_by\` FOREIGN KEY (\`requested_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`),
      CONSTRAINT \`fk_loan_repayments_recorded_by\` FOREIGN KEY (\`recorded_by_user_id\`) REFERENCES \`user_accounts\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'loan_repayments',
      'loan_schedule_rows',
      'loan_drawdowns',
      'application_materials',
      'application_events',
      'application_counter_verifications',
      'loan_applications',
      'application_number_sequences',
    ]) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const CODE = 'VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin';
const STATE = 'VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
