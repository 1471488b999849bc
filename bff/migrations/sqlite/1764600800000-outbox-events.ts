import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates (SQLite): `outbox_events`, the events written in the transaction of the change they report and
 * published after its commit (core-modules/events) — topic, audience (users as a delimited list, an enterprise, an
 * institution), JSON payload, when written and published, and the relay poller's claim on a row left behind.
 * Kept in step with ../mysql/1764600800000-outbox-events.ts.
 */
export class OutboxEvents1764600800000 implements MigrationInterface {
  name = 'OutboxEvents1764600800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_events" (
      "id" varchar(36) PRIMARY KEY NOT NULL,
      "topic" varchar(64) NOT NULL,
      "audience_user_ids" varchar(4000) NOT NULL,
      "audience_enterprise_id" varchar(36),
      "audience_institution_id" varchar(36),
      "payload" text NOT NULL,
      "created_at" datetime NOT NULL,
      "published_at" datetime,
      "claimed_by" varchar(36),
      "claimed_until" datetime
    )`);
    await queryRunner.query(`CREATE INDEX "idx_outbox_events_unpublished" ON "outbox_events" ("published_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_events"`);
  }
}
