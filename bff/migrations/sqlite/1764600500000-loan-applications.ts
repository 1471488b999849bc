import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loan applications (SQLite): `loan_applications` with their timeline (`application_events`), materials, counter
 * verifications, the per-day number sequence, and the loan ledger (`loan_drawdowns`, `loan_schedule_rows`,
 * `loan_repayments`). Kept in step with ../mysql/1764600500000-loan-applications.ts.
 */
export class LoanApplications1764600500000 implements MigrationInterface {
  name = 'LoanApplications1764600500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "application_number_sequences" (
      "day" varchar(10) PRIMARY KEY NOT NULL,
      "last_value" integer NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE "loan_applications" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "number" varchar(16) NOT NULL,
      "enterprise_id" varchar(36) NOT NULL REFERENCES "enterprises" ("id"),
      "applicant_user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
      "product_id" varchar(36) NOT NULL REFERENCES "products" ("id"),
      "institution_id" varchar(36) NOT NULL REFERENCES "institutions" ("id"),
      "state" varchar(16) NOT NULL,
      "version" integer NOT NULL,
      "amount_fen" bigint,
      "term_months" integer,
      "purpose" varchar(500),
      "preferred_repayment_method" varchar(32),
      "applicant_name_cipher" text NOT NULL,
      "applicant_name_masked" varchar(32) NOT NULL,
      "applicant_resident_id_cipher" text,
      "applicant_resident_id_masked" varchar(32),
      "enterprise_name" varchar(128) NOT NULL,
      "uscc" varchar(18) NOT NULL,
      "region_code" varchar(6),
      "industry_code" varchar(4),
      "scale" varchar(16),
      "established_on" date,
      "registered_capital_fen" bigint,
      "register_as_of" date,
      "consent_id" varchar(36) REFERENCES "data_consents" ("id"),
      "verification_path" varchar(16),
      "verification_reference" varchar(64),
      "verified_at" datetime,
      "credit_score_snapshot_id" varchar(36),
      "approved_amount_fen" bigint,
      "approved_rate_bp" integer,
      "approved_term_months" integer,
      "approved_repayment_method" varchar(32),
      "facility_type" varchar(16),
      "reject_reason_code" varchar(32),
      "reject_reason_text" varchar(500),
      "decided_at" datetime,
      "decided_by_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "contract_text" text,
      "contract_sha256" varchar(64),
      "signed_at" datetime,
      "signing_verification_path" varchar(16),
      "signing_verification_reference" varchar(64),
      "submitted_at" datetime,
      "last_action_at" datetime NOT NULL,
      "idempotency_key" varchar(64) NOT NULL,
      "request_hash" varchar(64) NOT NULL,
      "submit_idempotency_key" varchar(64),
      "submit_request_hash" varchar(64),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_loan_applications_number" ON "loan_applications" ("number")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_loan_applications_create_key" ON "loan_applications" ("applicant_user_id", "idempotency_key")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_loan_applications_submit_key" ON "loan_applications" ("applicant_user_id", "submit_idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "idx_loan_applications_enterprise_created" ON "loan_applications" ("enterprise_id", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "idx_loan_applications_institution_submitted" ON "loan_applications" ("institution_id", "submitted_at", "id")`);
    await queryRunner.query(`CREATE INDEX "idx_loan_applications_state_last_action" ON "loan_applications" ("state", "last_action_at")`);
    await queryRunner.query(`CREATE TABLE "application_counter_verifications" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "application_id" varchar(36) NOT NULL REFERENCES "loan_applications" ("id"),
      "purpose" varchar(16) NOT NULL,
      "verified_by_user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
      "verified_at" datetime NOT NULL,
      "note" varchar(200)
    )`);
    await queryRunner.query(
      `CREATE INDEX "idx_counter_verifications_application" ON "application_counter_verifications" ("application_id", "purpose", "verified_at")`,
    );
    await queryRunner.query(`CREATE TABLE "application_events" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "application_id" varchar(36) NOT NULL REFERENCES "loan_applications" ("id"),
      "seq" integer NOT NULL,
      "action" varchar(32) NOT NULL,
      "from_state" varchar(16),
      "to_state" varchar(16) NOT NULL,
      "actor_kind" varchar(16) NOT NULL,
      "actor_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "note" varchar(500) NOT NULL,
      "created_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_application_events_seq" ON "application_events" ("application_id", "seq")`);
    await queryRunner.query(`CREATE INDEX "idx_application_events_created" ON "application_events" ("created_at", "id")`);
    await queryRunner.query(`CREATE TABLE "application_materials" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "application_id" varchar(36) NOT NULL REFERENCES "loan_applications" ("id"),
      "material_name" varchar(64) NOT NULL,
      "file_id" varchar(36) REFERENCES "stored_files" ("id"),
      "sha256" varchar(64),
      "replaced_by_source" varchar(32),
      "attached_by_user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
      "created_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_application_materials_application" ON "application_materials" ("application_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "idx_application_materials_file" ON "application_materials" ("file_id")`);
    await queryRunner.query(`CREATE TABLE "loan_drawdowns" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "application_id" varchar(36) NOT NULL REFERENCES "loan_applications" ("id"),
      "seq" integer NOT NULL,
      "status" varchar(16) NOT NULL,
      "amount_fen" bigint NOT NULL,
      "term_months" integer NOT NULL,
      "rate_bp" integer NOT NULL,
      "repayment_method" varchar(32) NOT NULL,
      "outstanding_principal_fen" bigint NOT NULL,
      "requested_by_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "idempotency_key" varchar(64),
      "request_hash" varchar(64),
      "disbursed_at" datetime,
      "bank_reference" varchar(64),
      "recorded_by_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "recorded_via" varchar(16),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_loan_drawdowns_request_key" ON "loan_drawdowns" ("application_id", "idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "idx_loan_drawdowns_application" ON "loan_drawdowns" ("application_id", "seq")`);
    await queryRunner.query(`CREATE TABLE "loan_schedule_rows" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "drawdown_id" varchar(36) NOT NULL REFERENCES "loan_drawdowns" ("id"),
      "application_id" varchar(36) NOT NULL REFERENCES "loan_applications" ("id"),
      "period" integer NOT NULL,
      "due_on" date NOT NULL,
      "principal_fen" bigint NOT NULL,
      "interest_fen" bigint NOT NULL,
      "status" varchar(16) NOT NULL,
      "repayment_id" varchar(36),
      "created_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_loan_schedule_rows_drawdown" ON "loan_schedule_rows" ("drawdown_id", "period")`);
    await queryRunner.query(`CREATE TABLE "loan_repayments" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "application_id" varchar(36) NOT NULL REFERENCES "loan_applications" ("id"),
      "drawdown_id" varchar(36) NOT NULL REFERENCES "loan_drawdowns" ("id"),
      "kind" varchar(16) NOT NULL,
      "status" varchar(16) NOT NULL,
      "period" integer NOT NULL,
      "principal_fen" bigint NOT NULL,
      "interest_fen" bigint NOT NULL,
      "amount_fen" bigint NOT NULL,
      "requested_by_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "idempotency_key" varchar(64),
      "request_hash" varchar(64),
      "confirmed_at" datetime,
      "bank_reference" varchar(64),
      "recorded_by_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "recorded_via" varchar(16),
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_loan_repayments_request_key" ON "loan_repayments" ("application_id", "idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "idx_loan_repayments_application" ON "loan_repayments" ("application_id", "created_at")`);
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
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
