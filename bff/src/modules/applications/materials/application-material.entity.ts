import type { DataSource } from '@rongtong/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A material of an application: an uploaded file (its id, SHA-256 and name) for one of the product's required
 * materials, or — written at submission — the record that consented government data replaced it (已由政务数据替代).
 */
@Entity({ name: 'application_materials' })
@Index('idx_application_materials_application', ['applicationId', 'createdAt'])
@Index('idx_application_materials_file', ['fileId'])
export class ApplicationMaterialEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  /** One of the product's required materials, e.g. 营业执照. */
  @Column({ name: 'material_name', type: 'varchar', length: 64 })
  materialName: string;

  /** The uploaded file; null when government data replaced the material. */
  @Column({ name: 'file_id', type: 'varchar', length: 36, nullable: true })
  fileId: string | null;

  /** SHA-256 of the file's bytes (lowercase hex), computed when it was attached. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256: string | null;

  /** The government data source that replaced the material; null for an upload. */
  @Column({ name: 'replaced_by_source', type: 'varchar', length: 32, nullable: true })
  replacedBySource: DataSource | null;

  @Column({ name: 'attached_by_user_id', type: 'varchar', length: 36 })
  attachedByUserId: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
