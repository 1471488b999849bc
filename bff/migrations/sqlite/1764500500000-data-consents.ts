import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AGREEMENTS_2026_1, insertAgreements } from '../consent-agreements-2026-1';

/**
 * The consent ledger and the data use log (SQLite): `consent_agreements` with the first published agreement texts,
 * `data_consents`, `data_use_records`, and `enterprises.agent_consent_purposes` (what agents may grant; existing
 * enterprises get the default, loan applications only). Kept in step with ../mysql/1764500500000-data-consents.ts.
 */
export class DataConsents1764500500000 implements MigrationInterface {
  name = 'DataConsents1764500500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprises" ADD COLUMN "agent_consent_purposes" varchar(255) NOT NULL DEFAULT (',LOAN_APPLICATION,')`);
    await queryRunner.query(`CREATE TABLE "consent_agreements" (
      "id" varchar(64) PRIMARY KEY NOT NULL,
      "purpose" varchar(32) NOT NULL,
      "version" varchar(32) NOT NULL,
      "title" varchar(128) NOT NULL,
      "text" text NOT NULL,
      "sha256" varchar(64) NOT NULL,
      "published_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_consent_agreements_purpose_version" ON "consent_agreements" ("purpose", "version")`);
    await queryRunner.query(`CREATE TABLE "data_consents" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "reference" varchar(64) NOT NULL,
      "enterprise_id" varchar(36) NOT NULL REFERENCES "enterprises" ("id"),
      "granted_by_user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
      "grantor_relation" varchar(32) NOT NULL,
      "sources" varchar(255) NOT NULL,
      "purpose" varchar(32) NOT NULL,
      "grantee_kind" varchar(16) NOT NULL,
      "grantee_institution_id" varchar(36) REFERENCES "institutions" ("id"),
      "product_id" varchar(36) REFERENCES "products" ("id"),
      "agreement_version" varchar(32) NOT NULL,
      "agreement_sha256" varchar(64) NOT NULL,
      "idempotency_key" varchar(64) NOT NULL,
      "request_hash" varchar(64) NOT NULL,
      "granted_at" datetime NOT NULL,
      "expires_at" datetime NOT NULL,
      "revoked_at" datetime,
      "revoked_by_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "version" integer NOT NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL,
      FOREIGN KEY ("purpose", "agreement_version") REFERENCES "consent_agreements" ("purpose", "version")
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_data_consents_reference" ON "data_consents" ("reference")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_data_consents_grantor_idempotency" ON "data_consents" ("granted_by_user_id", "idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "idx_data_consents_enterprise_purpose" ON "data_consents" ("enterprise_id", "purpose", "grantee_kind", "expires_at")`);
    await queryRunner.query(`CREATE INDEX "idx_data_consents_enterprise_granted" ON "data_consents" ("enterprise_id", "granted_at", "id")`);
    await queryRunner.query(`CREATE TABLE "data_use_records" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "enterprise_id" varchar(36) NOT NULL REFERENCES "enterprises" ("id"),
      "kind" varchar(16) NOT NULL,
      "source" varchar(32),
      "purpose" varchar(32) NOT NULL,
      "consent_id" varchar(36) NOT NULL REFERENCES "data_consents" ("id"),
      "institution_id" varchar(36) REFERENCES "institutions" ("id"),
      "actor_user_id" varchar(36) REFERENCES "user_accounts" ("id"),
      "outcome" varchar(16) NOT NULL,
      "detail" varchar(255),
      "occurred_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_data_use_records_enterprise_occurred" ON "data_use_records" ("enterprise_id", "occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "idx_data_use_records_consent" ON "data_use_records" ("consent_id")`);
    await insertAgreements(queryRunner, AGREEMENTS_2026_1);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_use_records"`);
    await queryRunner.query(`DROP TABLE "data_consents"`);
    await queryRunner.query(`DROP TABLE "consent_agreements"`);
    await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "agent_consent_purposes"`);
  }
}
