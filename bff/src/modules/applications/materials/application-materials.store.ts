import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { ApplicationMaterialEntity } from './application-material.entity';

/** The queries of `application_materials`. */
@Injectable()
export class ApplicationMaterialsStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Uploaded files per material name (replacements by government data not counted). */
  async uploadCounts(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rows = await manager
      .createQueryBuilder(ApplicationMaterialEntity, 'm')
      .select('m.materialName', 'name')
      .addSelect('COUNT(*)', 'count')
      .where('m.applicationId = :applicationId AND m.fileId IS NOT NULL', { applicationId })
      .groupBy('m.materialName')
      .getRawMany<{ name: string; count: number | string }>();
    return new Map(rows.map((row) => [row.name, Number(row.count)]));
  }

  list(applicationId: string): Promise<ApplicationMaterialEntity[]> {
    return this.dataSource.manager.find(ApplicationMaterialEntity, { where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<ApplicationMaterialEntity | null> {
    return this.dataSource.manager.findOneBy(ApplicationMaterialEntity, { id });
  }

  /** Whether the file is attached to the application already. */
  async attached(manager: EntityManager, applicationId: string, fileId: string): Promise<boolean> {
    return (await manager.countBy(ApplicationMaterialEntity, { applicationId, fileId })) > 0;
  }

  async fileCount(manager: EntityManager, applicationId: string): Promise<number> {
    return manager.countBy(ApplicationMaterialEntity, { applicationId, fileId: Not(IsNull()) });
  }

  async insert(manager: EntityManager, rows: readonly ApplicationMaterialEntity[]): Promise<void> {
    if (rows.length > 0) await manager.insert(ApplicationMaterialEntity, [...rows]);
  }

  async remove(manager: EntityManager, id: string, applicationId: string): Promise<boolean> {
    const result = await manager.delete(ApplicationMaterialEntity, { id, applicationId });
    return result.affected === 1;
  }
}
