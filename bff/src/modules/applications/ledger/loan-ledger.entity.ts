import type { DrawdownStatus, LoanLedgerSource, RepaymentKind, RepaymentMethod, RepaymentStatus, ScheduleRowStatus } from '@rongtong/shared';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { TimestampedEntity } from '../../../infra/database/timestamped.entity';
import { fenTransformer } from '../../../infra/database/transformers';

/**
 * What a drawdown and a repayment both record: who asked for it from the app and with which idempotency key, and who
 * confirmed it — a member of the institution by hand, or the bank core — with the bank's reference.
 */
export abstract class LoanLedgerEntry extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ name: 'requested_by_user_id', type: 'varchar', length: 36, nullable: true })
  requestedByUserId: string | null;

  /** The enterprise's key of the request (null when the institution entered it itself). */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'request_hash', type: 'varchar', length: 64, nullable: true })
  requestHash: string | null;

  /** The bank's reference of the transfer. */
  @Column({ name: 'bank_reference', type: 'varchar', length: 64, nullable: true })
  bankReference: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'varchar', length: 36, nullable: true })
  recordedByUserId: string | null;

  @Column({ name: 'recorded_via', type: 'varchar', length: 16, nullable: true })
  recordedVia: LoanLedgerSource | null;
}

/**
 * A drawdown (借款) of a signed application: the whole approved amount of a term loan, or one drawdown of a credit
 * line the enterprise requested. Its schedule is built by the shared money library when it is disbursed.
 */
@Entity({ name: 'loan_drawdowns' })
@Unique('uq_loan_drawdowns_request_key', ['applicationId', 'idempotencyKey'])
@Index('idx_loan_drawdowns_application', ['applicationId', 'seq'])
export class LoanDrawdownEntity extends LoanLedgerEntry {
  /** 1, 2, … per application. */
  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  status: DrawdownStatus;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen: number;

  @Column({ name: 'term_months', type: 'int' })
  termMonths: number;

  @Column({ name: 'rate_bp', type: 'int' })
  rateBp: number;

  @Column({ name: 'repayment_method', type: 'varchar', length: 32 })
  repaymentMethod: RepaymentMethod;

  /** Principal still owed (the amount until disbursed). */
  @Column({ name: 'outstanding_principal_fen', type: 'bigint', transformer: fenTransformer })
  outstandingPrincipalFen: number;

  @Column({ name: 'disbursed_at', type: 'datetime', precision: 3, nullable: true })
  disbursedAt: Date | null;
}

/** One instalment of a drawdown's schedule; rows replaced by a recomputation stay as SUPERSEDED. */
@Entity({ name: 'loan_schedule_rows' })
@Index('idx_loan_schedule_rows_drawdown', ['drawdownId', 'period'])
export class LoanScheduleRowEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'drawdown_id', type: 'varchar', length: 36 })
  drawdownId: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'int' })
  period: number;

  /** The Beijing calendar day it is due, YYYY-MM-DD. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'principal_fen', type: 'bigint', transformer: fenTransformer })
  principalFen: number;

  @Column({ name: 'interest_fen', type: 'bigint', transformer: fenTransformer })
  interestFen: number;

  @Column({ type: 'varchar', length: 16 })
  status: ScheduleRowStatus;

  @Column({ name: 'repayment_id', type: 'varchar', length: 36, nullable: true })
  repaymentId: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** A repayment of a drawdown: requested by the enterprise, confirmed by the institution (by hand) or the bank core. */
@Entity({ name: 'loan_repayments' })
@Unique('uq_loan_repayments_request_key', ['applicationId', 'idempotencyKey'])
@Index('idx_loan_repayments_application', ['applicationId', 'createdAt'])
export class LoanRepaymentEntity extends LoanLedgerEntry {
  @Column({ name: 'drawdown_id', type: 'varchar', length: 36 })
  drawdownId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: RepaymentKind;

  @Column({ type: 'varchar', length: 16 })
  status: RepaymentStatus;

  /** The schedule period it pays. */
  @Column({ type: 'int' })
  period: number;

  @Column({ name: 'principal_fen', type: 'bigint', transformer: fenTransformer })
  principalFen: number;

  @Column({ name: 'interest_fen', type: 'bigint', transformer: fenTransformer })
  interestFen: number;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen: number;

  @Column({ name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true })
  confirmedAt: Date | null;
}
