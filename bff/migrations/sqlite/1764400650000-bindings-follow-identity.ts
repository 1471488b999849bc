import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enterprise bindings follow the identity platform, and a replayed authorization code can find the session its first
 * use produced (SQLite). `enterprise_bindings.deactivated_at` marks a binding the platform no longer asserts (the row
 * stays, as history; a later login that asserts it again clears the mark). `oidc_code_redemptions` keeps, for a
 * day, the HMAC of every authorization code the BFF presented and the session it produced. Kept in step with
 * ../mysql/1764400650000-bindings-follow-identity.ts.
 */
export class BindingsFollowIdentity1764400650000 implements MigrationInterface {
  name = 'BindingsFollowIdentity1764400650000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise_bindings" ADD COLUMN "deactivated_at" datetime`);
    await queryRunner.query(`CREATE TABLE "oidc_code_redemptions" (
      "code_hash" varchar(64) PRIMARY KEY NOT NULL,
      "channel" varchar(32) NOT NULL,
      "session_id" varchar(36),
      "redeemed_at" datetime NOT NULL,
      "replayed_at" datetime
    )`);
    await queryRunner.query(`CREATE INDEX "idx_oidc_code_redemptions_redeemed_at" ON "oidc_code_redemptions" ("redeemed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_oidc_code_redemptions_redeemed_at"`);
    await queryRunner.query(`DROP TABLE "oidc_code_redemptions"`);
    await queryRunner.query(`ALTER TABLE "enterprise_bindings" DROP COLUMN "deactivated_at"`);
  }
}
