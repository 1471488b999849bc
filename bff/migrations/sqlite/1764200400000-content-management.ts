import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy and news publishing status and attachments, and per-user messages (SQLite). Kept in step with
 * ../mysql/1764200400000-content-management.ts. Content that existed before is published.
 */
export class ContentManagement1764200400000 implements MigrationInterface {
  name = 'ContentManagement1764200400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "messages"`);
    for (const table of ['policies', 'news']) {
      await queryRunner.query(`DROP INDEX "idx_${table}_status"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "attachments"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "status"`);
    }
  }
}

const UP = [
  ...['policies', 'news'].flatMap((table) => [
    `ALTER TABLE "${table}" ADD COLUMN "status" varchar(16) NOT NULL DEFAULT ('PUBLISHED')`,
    `ALTER TABLE "${table}" ADD COLUMN "attachments" text`,
    `CREATE INDEX "idx_${table}_status" ON "${table}" ("status")`,
  ]),
  `CREATE TABLE "messages" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "user_id" varchar(36) NOT NULL REFERENCES "user_accounts" ("id"),
    "kind" varchar(32) NOT NULL,
    "title" varchar(255) NOT NULL,
    "body" varchar(1024) NOT NULL,
    "link" varchar(255),
    "read_at" datetime,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE INDEX "idx_messages_user_created" ON "messages" ("user_id", "created_at", "id")`,
];
