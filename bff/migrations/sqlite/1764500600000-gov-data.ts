import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data centre (SQLite): `gov_data_snapshots`, one row per enterprise, source and the consent it was fetched
 * under — the normalised record encrypted (`record_cipher`), fetched / as-of / attempted times, complete flag and the
 * reason when not — and the register profile on `enterprises`: the legal representative encrypted
 * (`legal_representative_cipher` replaces the plain `legal_representative`, which nothing had written), the register
 * status, the consent and times it came from, and how the scale was classified. Kept in step with
 * ../mysql/1764500600000-gov-data.ts.
 */
export class GovData1764500600000 implements MigrationInterface {
  name = 'GovData1764500600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [column, type] of ENTERPRISE_COLUMNS) await queryRunner.query(`ALTER TABLE "enterprises" ADD COLUMN "${column}" ${type}`);
    await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "legal_representative"`);
    await queryRunner.query(`CREATE TABLE "gov_data_snapshots" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "enterprise_id" varchar(36) NOT NULL REFERENCES "enterprises" ("id"),
      "source" varchar(64) NOT NULL,
      "consent_id" varchar(36) NOT NULL REFERENCES "data_consents" ("id"),
      "purpose" varchar(32) NOT NULL,
      "grantee_kind" varchar(16) NOT NULL,
      "grantee_institution_id" varchar(36),
      "record_cipher" text,
      "fetched_at" datetime,
      "as_of" date,
      "complete" boolean NOT NULL,
      "incomplete_reason" varchar(32),
      "missing_fields" varchar(1024),
      "request_id" varchar(64),
      "attempted_at" datetime NOT NULL,
      "refresh_due_at" datetime NOT NULL,
      "created_at" datetime NOT NULL,
      "updated_at" datetime NOT NULL
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_gov_data_snapshots_enterprise_source_consent" ON "gov_data_snapshots" ("enterprise_id", "source", "consent_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_gov_data_snapshots_refresh_due" ON "gov_data_snapshots" ("refresh_due_at")`);
    await queryRunner.query(`CREATE INDEX "idx_gov_data_snapshots_consent" ON "gov_data_snapshots" ("consent_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "gov_data_snapshots"`);
    await queryRunner.query(`ALTER TABLE "enterprises" ADD COLUMN "legal_representative" varchar(64)`);
    for (const [column] of [...ENTERPRISE_COLUMNS].reverse()) await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "${column}"`);
  }
}

const ENTERPRISE_COLUMNS: ReadonlyArray<[string, string]> = [
  ['legal_representative_cipher', 'text'],
  ['register_status', 'varchar(16)'],
  ['register_consent_id', 'varchar(36)'],
  ['register_purpose', 'varchar(32)'],
  ['register_fetched_at', 'datetime'],
  ['register_as_of', 'date'],
  ['register_missing_fields', 'varchar(255)'],
  ['scale_basis', 'varchar(64)'],
  ['scale_unclassified_reason', 'varchar(32)'],
  ['scale_missing_indicators', 'varchar(64)'],
];
