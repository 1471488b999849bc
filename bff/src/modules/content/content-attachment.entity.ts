import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AttachedContentKind = 'POLICY' | 'NEWS';

/** One attachment of a policy or news item: an uploaded file at a position in the item's list. */
@Entity({ name: 'content_attachments' })
@Index('idx_content_attachments_file', ['fileId'])
export class ContentAttachmentEntity {
  @PrimaryColumn({ name: 'content_type', type: 'varchar', length: 16 })
  contentType: AttachedContentKind;

  @PrimaryColumn({ name: 'content_id', type: 'varchar', length: 36 })
  contentId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'file_id', type: 'varchar', length: 36 })
  fileId: string;
}
