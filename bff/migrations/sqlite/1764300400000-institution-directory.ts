import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institution directory (SQLite): service hours for the contact block, and a listing status so an institution
 * can be taken out of the public directory without deleting it. Kept in step with
 * ../mysql/1764300400000-institution-directory.ts.
 */
export class InstitutionDirectory1764300400000 implements MigrationInterface {
  name = 'InstitutionDirectory1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "institutions" ADD COLUMN "service_hours" varchar(64)`);
    await queryRunner.query(`ALTER TABLE "institutions" ADD COLUMN "status" varchar(16) NOT NULL DEFAULT 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX "idx_institutions_status_type" ON "institutions" ("status", "type")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_institutions_status_type"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "service_hours"`);
  }
}
