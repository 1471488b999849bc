import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions, rotating refresh tokens, the hash-chained audit log and its chain head (SQLite). Kept in step
 * with ../mysql/1764115200000-security-core.ts. Triggers make audit_logs append-only and let the chain
 * head only advance one entry at a time.
 */
export class SecurityCore1764115200000 implements MigrationInterface {
  name = 'SecurityCore1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    for (const table of ['refresh_tokens', 'sessions', 'audit_chain_head', 'audit_logs']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

const TRIGGERS = ['trg_audit_logs_no_update', 'trg_audit_logs_no_delete', 'trg_audit_chain_head_advance', 'trg_audit_chain_head_no_delete'];
const GENESIS_HASH = '0'.repeat(64);

const UP = [
  `CREATE TABLE "sessions" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
    "access_token_hash" varchar(64) NOT NULL,
    "access_expires_at" datetime NOT NULL,
    "active_enterprise_id" varchar(36),
    "ip" varchar(64),
    "user_agent" varchar(255),
    "created_at" datetime NOT NULL,
    "last_seen_at" datetime NOT NULL,
    "revoked_at" datetime,
    "revoke_reason" varchar(32)
  )`,
  `CREATE UNIQUE INDEX "uq_sessions_access_token_hash" ON "sessions" ("access_token_hash")`,
  `CREATE INDEX "idx_sessions_user" ON "sessions" ("user_id", "revoked_at")`,

  `CREATE TABLE "refresh_tokens" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "session_id" varchar(36) NOT NULL REFERENCES "sessions" ("id"),
    "token_hash" varchar(64) NOT NULL,
    "expires_at" datetime NOT NULL,
    "created_at" datetime NOT NULL,
    "used_at" datetime,
    "revoked_at" datetime,
    "replaced_by_id" varchar(36)
  )`,
  `CREATE UNIQUE INDEX "uq_refresh_tokens_token_hash" ON "refresh_tokens" ("token_hash")`,
  `CREATE INDEX "idx_refresh_tokens_session" ON "refresh_tokens" ("session_id")`,

  `CREATE TABLE "audit_logs" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "seq" bigint NOT NULL,
    "occurred_at" datetime NOT NULL,
    "actor_id" varchar(36),
    "actor_role" varchar(32),
    "action" varchar(48) NOT NULL,
    "result" varchar(16) NOT NULL,
    "target_type" varchar(48),
    "target_id" varchar(128),
    "ip" varchar(64),
    "user_agent" varchar(255),
    "detail" text,
    "prev_hash" varchar(64) NOT NULL,
    "hash" varchar(64) NOT NULL
  )`,
  `CREATE UNIQUE INDEX "uq_audit_logs_seq" ON "audit_logs" ("seq")`,
  `CREATE INDEX "idx_audit_logs_actor" ON "audit_logs" ("actor_id", "seq")`,
  `CREATE INDEX "idx_audit_logs_target" ON "audit_logs" ("target_type", "target_id", "seq")`,
  `CREATE TRIGGER "trg_audit_logs_no_update" BEFORE UPDATE ON "audit_logs"
    BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END`,
  `CREATE TRIGGER "trg_audit_logs_no_delete" BEFORE DELETE ON "audit_logs"
    BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END`,

  `CREATE TABLE "audit_chain_head" (
    "id" integer PRIMARY KEY NOT NULL,
    "last_seq" bigint NOT NULL,
    "last_hash" varchar(64) NOT NULL
  )`,
  `INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES (1, 0, '${GENESIS_HASH}')`,
  `CREATE TRIGGER "trg_audit_chain_head_advance" BEFORE UPDATE ON "audit_chain_head"
    WHEN NEW."id" <> OLD."id" OR NEW."last_seq" <> OLD."last_seq" + 1
    BEGIN SELECT RAISE(ABORT, 'audit_chain_head only advances by one entry'); END`,
  `CREATE TRIGGER "trg_audit_chain_head_no_delete" BEFORE DELETE ON "audit_chain_head"
    BEGIN SELECT RAISE(ABORT, 'audit_chain_head cannot be deleted'); END`,
];
