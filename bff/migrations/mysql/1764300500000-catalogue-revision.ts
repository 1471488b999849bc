import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One counter bumped by every change to the published catalogue (MySQL / MariaDB). Kept in step with ../sqlite/1764300500000-catalogue-revision.ts. */
export class CatalogueRevision1764300500000 implements MigrationInterface {
  name = 'CatalogueRevision1764300500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`catalogue_revision\` (
      \`id\` INT NOT NULL,
      \`revision\` BIGINT NOT NULL,
      PRIMARY KEY (\`id\`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query('INSERT INTO `catalogue_revision` (`id`, `revision`) VALUES (1, 1)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `catalogue_revision`');
  }
}
