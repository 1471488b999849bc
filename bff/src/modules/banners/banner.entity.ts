import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { BannerStatus } from './banner-status';

@Entity({ name: 'banners' })
export class BannerEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  subtitle: string | null;

  /** A path the app serves itself (`/api/files/<id>` uploads or `/assets/banners/…`); never an external address. */
  @Column({ name: 'image_url', type: 'varchar', length: 255 })
  imageUrl: string;

  /** An in-app page path, or null for a banner that opens nothing. */
  @Column({ name: 'link_path', type: 'varchar', length: 255, nullable: true })
  linkPath: string | null;

  /** Ascending: smaller first. */
  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3, nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3, nullable: true })
  endsAt: Date | null;

  @Column({ type: 'varchar', length: 16 })
  status: BannerStatus;
}
