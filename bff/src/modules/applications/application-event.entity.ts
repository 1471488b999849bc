import type { LoanApplicationAction, LoanApplicationActor, LoanApplicationState } from '@rongtong/shared';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * The timeline of an application: one row per action, append-only. `seq` is the application's version the action
 * produced, unique per application, so two actions can never both claim the same step.
 */
@Entity({ name: 'application_events' })
@Unique('uq_application_events_seq', ['applicationId', 'seq'])
@Index('idx_application_events_created', ['createdAt', 'id'])
export class ApplicationEventEntity {
  /** Time-ordered (UUID v7). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 32 })
  action: LoanApplicationAction;

  /** Null for the event that created the draft. */
  @Column({ name: 'from_state', type: 'varchar', length: 16, nullable: true })
  fromState: LoanApplicationState | null;

  @Column({ name: 'to_state', type: 'varchar', length: 16 })
  toState: LoanApplicationState;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind: LoanApplicationActor;

  /** Null when the system acted (the expiry job, the bank core). */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true })
  actorUserId: string | null;

  /** What the step says to both sides, in Chinese (amounts, a reason); never personal data. */
  @Column({ type: 'varchar', length: 500 })
  note: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** The per-day counter behind application numbers (RT + day + sequence). */
@Entity({ name: 'application_number_sequences' })
export class ApplicationNumberSequenceEntity {
  /** The Beijing calendar day, YYYY-MM-DD. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ name: 'last_value', type: 'int' })
  lastValue: number;
}
