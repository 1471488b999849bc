import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unified-identity users, enterprises and their bindings, OIDC login requests, staff login challenges
 * (SQLite). Kept in step with ../mysql/1764115300000-identity-and-staff.ts.
 */
export class IdentityAndStaff1764115300000 implements MigrationInterface {
  name = 'IdentityAndStaff1764115300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['staff_login_challenges', 'oidc_login_requests', 'enterprise_bindings', 'enterprises']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    for (const index of ['uq_user_accounts_subject', 'idx_user_accounts_phone_index', 'idx_user_accounts_resident_id_index']) {
      await queryRunner.query(`DROP INDEX "${index}"`);
    }
    for (const [column] of USER_COLUMNS) await queryRunner.query(`ALTER TABLE "user_accounts" DROP COLUMN "${column}"`);
  }
}

const USER_COLUMNS: ReadonlyArray<[string, string]> = [
  ['subject', 'varchar(255)'],
  ['phone_cipher', 'text'],
  ['phone_index', 'varchar(128)'],
  ['phone_masked', 'varchar(32)'],
  ['resident_id_cipher', 'text'],
  ['resident_id_index', 'varchar(128)'],
  ['resident_id_masked', 'varchar(32)'],
  ['enabled', 'boolean NOT NULL DEFAULT (1)'],
  ['failed_login_count', 'integer NOT NULL DEFAULT (0)'],
  ['locked_until', 'datetime'],
  ['totp_secret_cipher', 'text'],
  ['totp_last_used_step', 'integer'],
  ['password_changed_at', 'datetime'],
];

const UP = [
  ...USER_COLUMNS.map(([column, type]) => `ALTER TABLE "user_accounts" ADD COLUMN "${column}" ${type}`),
  `CREATE UNIQUE INDEX "uq_user_accounts_subject" ON "user_accounts" ("subject")`,
  `CREATE INDEX "idx_user_accounts_phone_index" ON "user_accounts" ("phone_index")`,
  `CREATE INDEX "idx_user_accounts_resident_id_index" ON "user_accounts" ("resident_id_index")`,

  `CREATE TABLE "enterprises" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "uscc" varchar(18) NOT NULL,
    "name" varchar(128) NOT NULL,
    "legal_representative" varchar(64),
    "region_code" varchar(6),
    "industry_code" varchar(4),
    "scale" varchar(16),
    "type" varchar(32),
    "established_on" date,
    "registered_capital_fen" bigint,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE UNIQUE INDEX "uq_enterprises_uscc" ON "enterprises" ("uscc")`,

  `CREATE TABLE "enterprise_bindings" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
    "enterprise_id" varchar(36) NOT NULL REFERENCES "enterprises" ("id"),
    "relation" varchar(32) NOT NULL,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE UNIQUE INDEX "uq_enterprise_bindings_user_enterprise" ON "enterprise_bindings" ("user_id", "enterprise_id")`,
  `CREATE INDEX "idx_enterprise_bindings_enterprise" ON "enterprise_bindings" ("enterprise_id")`,

  `CREATE TABLE "oidc_login_requests" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "state_hash" varchar(64) NOT NULL,
    "nonce" varchar(64) NOT NULL,
    "code_verifier_cipher" text NOT NULL,
    "redirect_uri" varchar(2000) NOT NULL,
    "expires_at" datetime NOT NULL,
    "used_at" datetime,
    "created_at" datetime NOT NULL
  )`,
  `CREATE UNIQUE INDEX "uq_oidc_login_requests_state_hash" ON "oidc_login_requests" ("state_hash")`,
  `CREATE INDEX "idx_oidc_login_requests_expires_at" ON "oidc_login_requests" ("expires_at")`,

  `CREATE TABLE "staff_login_challenges" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "token_hash" varchar(64) NOT NULL,
    "user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
    "step" varchar(32) NOT NULL,
    "pending_totp_secret_cipher" text,
    "expires_at" datetime NOT NULL,
    "used_at" datetime,
    "created_at" datetime NOT NULL
  )`,
  `CREATE UNIQUE INDEX "uq_staff_login_challenges_token_hash" ON "staff_login_challenges" ("token_hash")`,
  `CREATE INDEX "idx_staff_login_challenges_user" ON "staff_login_challenges" ("user_id")`,
];
