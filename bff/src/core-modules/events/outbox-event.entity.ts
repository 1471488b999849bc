import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { delimitedListTransformer } from '../../infra/database/transformers';

/**
 * One event written in the transaction of the change it reports (the outbox), published to the live subscribers
 * after that transaction committed, then kept for the replay window and pruned after the retention period.
 */
@Entity({ name: 'outbox_events' })
@Index('idx_outbox_events_unpublished', ['publishedAt', 'id'])
export class OutboxEventEntity {
  /** Time-ordered UUID (v7): the event id clients de-duplicate by, and the replay cursor. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** `message.received`, `application.approved`, … (see platform-event.ts). */
  @Column({ type: 'varchar', length: 64 })
  topic: string;

  /** The users the event is for, as `,id,id,` (matched with LIKE on replay). */
  @Column({ name: 'audience_user_ids', type: 'varchar', length: 4000, transformer: delimitedListTransformer })
  audienceUserIds: string[];

  /** Every user acting for this enterprise (the session's active enterprise). */
  @Column({ name: 'audience_enterprise_id', type: 'varchar', length: 36, nullable: true })
  audienceEnterpriseId: string | null;

  /** Every staff member of this institution. */
  @Column({ name: 'audience_institution_id', type: 'varchar', length: 36, nullable: true })
  audienceInstitutionId: string | null;

  /** JSON object, at most MAX_PAYLOAD_BYTES. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** When a relay handed it to the event bus; null while it waits (a crash between commit and publish). */
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  /** The poller's claim on a row left behind, so several instances do not all publish it (see outbox.repository.ts). */
  @Column({ name: 'claimed_by', type: 'varchar', length: 36, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true })
  claimedUntil: Date | null;
}
