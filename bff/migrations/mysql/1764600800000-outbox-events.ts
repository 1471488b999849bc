import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates (MySQL / MariaDB): `outbox_events`, the events written in the transaction of the change they report
 * and published after its commit (core-modules/events) — topic, audience (users as a delimited list, an enterprise,
 * an institution), JSON payload, when written and published, and the relay poller's claim on a row left behind.
 * Kept in step with ../sqlite/1764600800000-outbox-events.ts.
 */
export class OutboxEvents1764600800000 implements MigrationInterface {
  name = 'OutboxEvents1764600800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`outbox_events\` (
      \`id\` ${ID} NOT NULL,
      \`topic\` VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`audience_user_ids\` VARCHAR(4000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      \`audience_enterprise_id\` ${ID} NULL,
      \`audience_institution_id\` ${ID} NULL,
      \`payload\` TEXT NOT NULL,
      \`created_at\` DATETIME(3) NOT NULL,
      \`published_at\` DATETIME(3) NULL,
      \`claimed_by\` ${ID} NULL,
      \`claimed_until\` DATETIME(3) NULL,
      PRIMARY KEY (\`id\`),
      KEY \`idx_outbox_events_unpublished\` (\`published_at\`, \`id\`)
    ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`outbox_events\``);
  }
}

const ID = 'VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin';
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
