import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policies and news get a version (MySQL / MariaDB): bumped by every write, compared by `updatePolicy` /
 * `updateNews` so an edit based on an outdated copy is refused instead of overwriting another operator's. Existing
 * rows start at 1. Kept in step with ../sqlite/1764300600000-content-versions.ts.
 */
export class ContentVersions1764300600000 implements MigrationInterface {
  name = 'ContentVersions1764300600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`policies\` ADD COLUMN \`version\` INT NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE \`news\` ADD COLUMN \`version\` INT NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`news\` DROP COLUMN \`version\``);
    await queryRunner.query(`ALTER TABLE \`policies\` DROP COLUMN \`version\``);
  }
}
