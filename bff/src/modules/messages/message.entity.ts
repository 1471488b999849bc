import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import type { MessageKind } from './message-kind';

/** A notice to one user (政策推送 and later others); `readAt` null = unread. */
@Entity({ name: 'messages' })
export class MessageEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: MessageKind;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ type: 'varchar', length: 1024 })
  body: string;

  /** An app route to open, e.g. `/packages/content/policy-detail?id=…`. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  link: string | null;

  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;
}
