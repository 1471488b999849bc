import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Face verification and ID-card recognition (MySQL / MariaDB): `face_verifications` (one provider order per row,
 * certify id unique, state and version changed by compare-and-set), `face_callback_nonces` (callback nonces seen,
 * until they expire), `face_biometric_consents` (the separate biometric consent per user and text version) and
 * `face_id_card_checks` (every recognition and how it compared). Kept in step with ../sqlite/1764600900000-face-verification.ts.
 */
export class FaceVerification1764600900000 implements MigrationInterface {
  name = 'FaceVerification1764600900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`face_verifications\` (
      \`id\` ${ID} NOT NULL,
      \`certify_id\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`user_id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`purpose\` ${CODE} NOT NULL,
      \`state\` ${CODE} NOT NULL,
      \`provider_result\` ${CODE} NULL,
      \`score_tenths\` INT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`expires_at\` DATETIME(3) NOT NULL,
      \`finished_at\` DATETIME(3) NULL,
      \`updated_at\` DATETIME(3) NOT NULL,
      \`version\` INT NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`UQ_face_verifications_certify_id\` (\`certify_id\`),
      KEY \`idx_face_verifications_subject\` (\`user_id\`, \`application_id\`, \`state\`, \`finished_at\`),
      KEY \`idx_face_verifications_open\` (\`state\`, \`expires_at\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`face_callback_nonces\` (
      \`nonce\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`received_at\` DATETIME(3) NOT NULL,
      \`expires_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`nonce\`),
      KEY \`idx_face_callback_nonces_expiry\` (\`expires_at\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`face_biometric_consents\` (
      \`id\` ${ID} NOT NULL,
      \`user_id\` ${ID} NOT NULL,
      \`version\` ${CODE} NOT NULL,
      \`text_sha256\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`accepted_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_face_biometric_consents_user_version\` (\`user_id\`, \`version\`)
    ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`face_id_card_checks\` (
      \`id\` ${ID} NOT NULL,
      \`user_id\` ${ID} NOT NULL,
      \`application_id\` ${ID} NOT NULL,
      \`side\` ${CODE} NOT NULL,
      \`file_id\` ${ID} NOT NULL,
      \`outcome\` ${CODE} NOT NULL,
      \`reason\` VARCHAR(200) NULL,
      \`valid_to\` VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_face_id_card_checks_subject\` (\`user_id\`, \`application_id\`, \`side\`, \`created_at\`)
    ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['face_id_card_checks', 'face_biometric_consents', 'face_callback_nonces', 'face_verifications']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const CODE = 'VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
