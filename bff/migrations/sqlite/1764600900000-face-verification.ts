import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Face verification and ID-card recognition (SQLite): `face_verifications` (one provider order per row, certify id
 * unique, state and version changed by compare-and-set), `face_callback_nonces` (callback nonces seen, until they
 * expire), `face_biometric_consents` (the separate biometric consent per user and text version) and
 * `face_id_card_checks` (every recognition and how it compared). Kept in step with ../mysql/1764600900000-face-verification.ts.
 */
export class FaceVerification1764600900000 implements MigrationInterface {
  name = 'FaceVerification1764600900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "face_verifications" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "certify_id" varchar(64) NOT NULL,
      "user_id" varchar(36) NOT NULL,
      "application_id" varchar(36) NOT NULL,
      "purpose" varchar(8) NOT NULL,
      "state" varchar(16) NOT NULL,
      "provider_result" varchar(16),
      "score_tenths" integer,
      "created_at" datetime NOT NULL,
      "expires_at" datetime NOT NULL,
      "finished_at" datetime,
      "updated_at" datetime NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "UQ_face_verifications_certify_id" UNIQUE ("certify_id")
    )`);
    await queryRunner.query(`CREATE INDEX "idx_face_verifications_subject" ON "face_verifications" ("user_id", "application_id", "state", "finished_at")`);
    await queryRunner.query(`CREATE INDEX "idx_face_verifications_open" ON "face_verifications" ("state", "expires_at")`);
    await queryRunner.query(`CREATE TABLE "face_callback_nonces" (
      "nonce" varchar(64) PRIMARY KEY NOT NULL,
      "received_at" datetime NOT NULL,
      "expires_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_face_callback_nonces_expiry" ON "face_callback_nonces" ("expires_at")`);
    await queryRunner.query(`CREATE TABLE "face_biometric_consents" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "user_id" varchar(36) NOT NULL,
      "version" varchar(16) NOT NULL,
      "text_sha256" varchar(64) NOT NULL,
      "accepted_at" datetime NOT NULL,
      CONSTRAINT "uq_face_biometric_consents_user_version" UNIQUE ("user_id", "version")
    )`);
    await queryRunner.query(`CREATE TABLE "face_id_card_checks" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "user_id" varchar(36) NOT NULL,
      "application_id" varchar(36) NOT NULL,
      "side" varchar(8) NOT NULL,
      "file_id" varchar(36) NOT NULL,
      "outcome" varchar(16) NOT NULL,
      "reason" varchar(200),
      "valid_to" varchar(10),
      "created_at" datetime NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_face_id_card_checks_subject" ON "face_id_card_checks" ("user_id", "application_id", "side", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['face_id_card_checks', 'face_biometric_consents', 'face_callback_nonces', 'face_verifications']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
