import { EnterpriseScale, EnterpriseType, PolicyLevel } from '@rongtong/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ContentStatus } from './content-status';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer } from '../../infra/database/transformers';

@Entity({ name: 'policies' })
export class PolicyEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  level: PolicyLevel;

  @Column({ type: 'varchar', length: 128 })
  issuer: string;

  @Column({ name: 'document_number', type: 'varchar', length: 128 })
  documentNumber: string;

  /** YYYY-MM-DD */
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ type: 'varchar', length: 1024 })
  summary: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ name: 'industry_codes', type: 'varchar', length: 1024, transformer: delimitedListTransformer })
  industryCodes: string[];

  @Column({ type: 'varchar', length: 64, transformer: delimitedListTransformer })
  scales: EnterpriseScale[];

  @Column({ name: 'enterprise_types', type: 'varchar', length: 255, transformer: delimitedListTransformer })
  enterpriseTypes: EnterpriseType[];

  @Column({ type: 'varchar', length: 16 })
  status: ContentStatus;

  /** Starts at 1, +1 on every write; an edit names the version it was based on (`UPDATE … WHERE version = ?`). */
  @Column({ type: 'int', default: 1 })
  version: number;
}
