import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { EnterpriseEntity } from './enterprise.entity';
import type { EnterpriseRelation } from './enterprise-relation';

/**
 * A user acts for an enterprise as its legal representative or as an agent; one row per (user, enterprise). The
 * binding follows the identity platform: a login whose claims no longer assert it deactivates it (the row stays as
 * history), a later login that asserts it again reactivates it. Only active bindings count anywhere.
 */
@Entity({ name: 'enterprise_bindings' })
@Unique('uq_enterprise_bindings_user_enterprise', ['userId', 'enterpriseId'])
export class EnterpriseBindingEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'enterprise_id', type: 'varchar', length: 36 })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity)
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  @Column({ type: 'varchar', length: 32 })
  relation: EnterpriseRelation;

  /** When the identity platform stopped asserting it; null while active. */
  @Column({ name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true })
  deactivatedAt: Date | null;
}
