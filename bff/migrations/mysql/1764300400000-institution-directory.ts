import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institution directory (MySQL / MariaDB): service hours for the contact block, and a listing status so an
 * institution can be taken out of the public directory without deleting it. Kept in step with
 * ../sqlite/1764300400000-institution-directory.ts.
 */
export class InstitutionDirectory1764300400000 implements MigrationInterface {
  name = 'InstitutionDirectory1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`institutions\`
      ADD COLUMN \`service_hours\` VARCHAR(64) NULL,
      ADD COLUMN \`status\` VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
      ADD KEY \`idx_institutions_status_type\` (\`status\`, \`type\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`institutions\`
      DROP KEY \`idx_institutions_status_type\`,
      DROP COLUMN \`status\`,
      DROP COLUMN \`service_hours\``);
  }
}
