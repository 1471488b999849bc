import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { FilePurpose } from './file-purpose';

/** An uploaded file's metadata. The bytes live on disk under the files directory, named by the id only. */
@Entity({ name: 'stored_files' })
export class StoredFileEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The sanitised name the uploader's file had; shown and offered on download, never used as a path. */
  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName: string;

  /** Sniffed from the bytes. */
  @Column({ name: 'mime_type', type: 'varchar', length: 128 })
  mimeType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  /** SM3 (GB/T 32905) of the content, hex. */
  @Index('idx_stored_files_sm3')
  @Column({ type: 'varchar', length: 64 })
  sm3: string;

  @Column({ type: 'varchar', length: 32 })
  purpose: FilePurpose;

  @Column({ name: 'uploader_id', type: 'varchar', length: 36 })
  uploaderId: string;
}
