import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { jsonObjectTransformer } from './json-object.transformer';
import type { ProductFields } from '@rongtong/shared';

/** INITIAL: a draft (or rejected product) submitted for publication; CHANGE: an edit proposed for a published product. */
export enum ProductVersionKind {
  INITIAL = 'INITIAL',
  CHANGE = 'CHANGE',
}

export enum ProductVersionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** A pending change withdrawn because its product was retired before a decision. */
  CANCELLED = 'CANCELLED',
}

/** One submission for review and its decision; the rows of a product are its review history. */
@Entity({ name: 'product_versions' })
export class ProductVersionEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'product_id', type: 'varchar', length: 36 })
  productId: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ProductVersionKind;

  /** The field values under review, as submitted. */
  @Column({ type: 'text', transformer: jsonObjectTransformer })
  proposed: ProductFields;

  @Column({ type: 'varchar', length: 16 })
  status: ProductVersionStatus;

  @Column({ name: 'submitted_by', type: 'varchar', length: 36 })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ name: 'reviewed_by', type: 'varchar', length: 36, nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'datetime', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'int' })
  version: number;
}
