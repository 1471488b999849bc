import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data centre (MySQL / MariaDB): `gov_data_snapshots`, one row per enterprise, source and the consent it was
 * fetched under — the normalised record encrypted (`record_cipher`), fetched / as-of / attempted times, complete flag
 * and the reason when not — and the register profile on `enterprises`: the legal representative encrypted
 * (`legal_representative_cipher` replaces the plain `legal_representative`, which nothing had written), the register
 * status, the consent and times it came from, and how the scale was classified. Kept in step with
 * ../sqlite/1764500600000-gov-data.ts.
 */
export class GovData1764500600000 implements MigrationInterface {
  name = 'GovData1764500600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const adds = ENTERPRISE_COLUMNS.map(([column, type]) => `ADD COLUMN \`${column}\` ${type}`);
    await queryRunner.query(`ALTER TABLE \`enterprises\` ${[...adds, 'DROP COLUMN `legal_representative`'].join(', ')}`);
    await queryRunner.query(`CREATE TABLE \`gov_data_snapshots\` (
      \`id\` ${ID} NOT NULL,
      \`enterprise_id\` ${ID} NOT NULL,
      \`source\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`consent_id\` ${ID} NOT NULL,
      \`purpose\` VARCHAR(32) NOT NULL,
      \`grantee_kind\` VARCHAR(16) NOT NULL,
      \`grantee_institution_id\` ${ID} NULL,
      \`record_cipher\` MEDIUMTEXT NULL,
      \`fetched_at\` DATETIME(3) NULL,
      \`as_of\` DATE NULL,
      \`complete\` TINYINT(1) NOT NULL,
      \`incomplete_reason\` VARCHAR(32) NULL,
      \`missing_fields\` VARCHAR(1024) NULL,
      \`request_id\` VARCHAR(64) NULL,
      \`attempted_at\` DATETIME(3) NOT NULL,
      \`refresh_due_at\` DATETIME(3) NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_gov_data_snapshots_enterprise_source_consent\` (\`enterprise_id\`, \`source\`, \`consent_id\`),
      KEY \`idx_gov_data_snapshots_refresh_due\` (\`refresh_due_at\`),
      KEY \`idx_gov_data_snapshots_consent\` (\`consent_id\`),
      CONSTRAINT \`fk_gov_data_snapshots_enterprise\` FOREIGN KEY (\`enterprise_id\`) REFERENCES \`enterprises\` (\`id\`),
      CONSTRAINT \`fk_gov_data_snapshots_consent\` FOREIGN KEY (\`consent_id\`) REFERENCES \`data_consents\` (\`id\`)
    ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`gov_data_snapshots\``);
    const drops = ENTERPRISE_COLUMNS.map(([column]) => `DROP COLUMN \`${column}\``);
    await queryRunner.query(`ALTER TABLE \`enterprises\` ${['ADD COLUMN `legal_representative` VARCHAR(64) NULL', ...drops].join(', ')}`);
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

const ENTERPRISE_COLUMNS: ReadonlyArray<[string, string]> = [
  ['legal_representative_cipher', 'TEXT NULL'],
  ['register_status', 'VARCHAR(16) NULL'],
  ['register_consent_id', `${ID} NULL`],
  ['register_purpose', 'VARCHAR(32) NULL'],
  ['register_fetched_at', 'DATETIME(3) NULL'],
  ['register_as_of', 'DATE NULL'],
  ['register_missing_fields', 'VARCHAR(255) NULL'],
  ['scale_basis', 'VARCHAR(64) NULL'],
  ['scale_unclassified_reason', 'VARCHAR(32) NULL'],
  ['scale_missing_indicators', 'VARCHAR(64) NULL'],
];
