import { InstitutionType } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { InstitutionStatus } from './institution-status';

@Entity({ name: 'institutions' })
export class InstitutionEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Column({ name: 'short_name', type: 'varchar', length: 64 })
  shortName: string;

  @Column({ type: 'varchar', length: 32 })
  type: InstitutionType;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 255 })
  address: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  /** YYYY-MM-DD */
  @Column({ name: 'established_on', type: 'date' })
  establishedOn: string;

  /** Opening hours as shown to visitors, e.g. 周一至周五 8:30-17:30. */
  @Column({ name: 'service_hours', type: 'varchar', length: 64, nullable: true })
  serviceHours: string | null;

  @Column({ type: 'varchar', length: 16, default: InstitutionStatus.ACTIVE })
  status: InstitutionStatus;
}
