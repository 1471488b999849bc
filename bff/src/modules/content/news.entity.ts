import { PolicyLevel } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ContentStatus } from './content-status';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';

@Entity({ name: 'news' })
export class NewsEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  level: PolicyLevel;

  @Column({ type: 'varchar', length: 128 })
  source: string;

  /** YYYY-MM-DD */
  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  @Column({ type: 'varchar', length: 1024 })
  summary: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 16 })
  status: ContentStatus;

  /** Starts at 1, +1 on every write; an edit names the version it was based on (`UPDATE … WHERE version = ?`). */
  @Column({ type: 'int', default: 1 })
  version: number;
}
