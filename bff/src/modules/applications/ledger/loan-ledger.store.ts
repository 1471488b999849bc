import { Injectable } from '@nestjs/common';
import { DrawdownStatus, RepaymentStatus, ScheduleRowStatus } from '@rongtong/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { LoanDrawdownEntity, LoanRepaymentEntity, LoanScheduleRowEntity } from './loan-ledger.entity';
import type { PlannedInstalment } from './repayment-plan';

/** The queries of the loan ledger: drawdowns, their schedules and repayments. */
@Injectable()
export class LoanLedgerStore {
  constructor(private readonly dataSource: DataSource) {}

  drawdowns(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<LoanDrawdownEntity[]> {
    return manager.find(LoanDrawdownEntity, { where: { applicationId }, order: { seq: 'ASC' } });
  }

  findDrawdown(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoanDrawdownEntity | null> {
    return manager.findOneBy(LoanDrawdownEntity, { id });
  }

  findDrawdownByKey(applicationId: string, idempotencyKey: string): Promise<LoanDrawdownEntity | null> {
    return this.dataSource.manager.findOneBy(LoanDrawdownEntity, { applicationId, idempotencyKey });
  }

  async insertDrawdown(manager: EntityManager, row: LoanDrawdownEntity): Promise<void> {
    await manager.insert(LoanDrawdownEntity, row);
  }

  async updateDrawdown(manager: EntityManager, id: string, changes: Partial<LoanDrawdownEntity>, now: Date): Promise<void> {
    await manager.update(LoanDrawdownEntity, { id }, { ...changes, updatedAt: now });
  }

  /** Every schedule row of these drawdowns that is not superseded, by drawdown and period. */
  async currentSchedules(drawdownIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<LoanScheduleRowEntity[]> {
    if (drawdownIds.length === 0) return [];
    return manager
      .createQueryBuilder(LoanScheduleRowEntity, 's')
      .where('s.drawdownId IN (:...ids) AND s.status <> :superseded', { ids: [...drawdownIds], superseded: ScheduleRowStatus.SUPERSEDED })
      .orderBy('s.drawdownId', 'ASC')
      .addOrderBy('s.period', 'ASC')
      .getMany();
  }

  /** The drawdown's instalments still due, in order. */
  dueRows(drawdownId: string, manager: EntityManager = this.dataSource.manager): Promise<LoanScheduleRowEntity[]> {
    return manager.find(LoanScheduleRowEntity, { where: { drawdownId, status: ScheduleRowStatus.DUE }, order: { period: 'ASC' } });
  }

  async insertSchedule(manager: EntityManager, drawdown: Pick<LoanDrawdownEntity, 'id' | 'applicationId'>, rows: readonly PlannedInstalment[], now: Date, idOf: () => string): Promise<void> {
    if (rows.length === 0) return;
    await manager.insert(
      LoanScheduleRowEntity,
      rows.map((row) => ({ id: idOf(), drawdownId: drawdown.id, applicationId: drawdown.applicationId, ...row, status: ScheduleRowStatus.DUE, repaymentId: null, createdAt: now })),
    );
  }

  async markRows(manager: EntityManager, drawdownId: string, periods: readonly number[], status: ScheduleRowStatus, repaymentId: string | null): Promise<void> {
    if (periods.length === 0) return;
    await manager.update(LoanScheduleRowEntity, { drawdownId, status: ScheduleRowStatus.DUE, period: In([...periods]) }, { status, repaymentId });
  }

  /** The paid row's principal, as actually paid (an early partial repayment pays more than scheduled). */
  async setRowPrincipal(manager: EntityManager, drawdownId: string, period: number, principalFen: number): Promise<void> {
    await manager.update(LoanScheduleRowEntity, { drawdownId, period, status: ScheduleRowStatus.DUE }, { principalFen });
  }

  repayments(applicationId: string): Promise<LoanRepaymentEntity[]> {
    return this.dataSource.manager.find(LoanRepaymentEntity, { where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findRepayment(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoanRepaymentEntity | null> {
    return manager.findOneBy(LoanRepaymentEntity, { id });
  }

  findRepaymentByKey(applicationId: string, idempotencyKey: string): Promise<LoanRepaymentEntity | null> {
    return this.dataSource.manager.findOneBy(LoanRepaymentEntity, { applicationId, idempotencyKey });
  }

  /** A repayment still waiting for confirmation on the drawdown, if any. */
  pendingRepayment(drawdownId: string, manager: EntityManager = this.dataSource.manager): Promise<LoanRepaymentEntity | null> {
    return manager.findOneBy(LoanRepaymentEntity, { drawdownId, status: RepaymentStatus.REQUESTED });
  }

  async insertRepayment(manager: EntityManager, row: Pick<LoanRepaymentEntity, keyof LoanRepaymentEntity>): Promise<void> {
    await manager.insert(LoanRepaymentEntity, row);
  }

  async updateRepayment(manager: EntityManager, id: string, changes: Partial<LoanRepaymentEntity>, now: Date): Promise<void> {
    await manager.update(LoanRepaymentEntity, { id }, { ...changes, updatedAt: now });
  }

  /** Principal owed or asked for on the application's drawdowns that are requested or disbursed. */
  async committedPrincipal(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows = await manager.find(LoanDrawdownEntity, { where: { applicationId, status: In([DrawdownStatus.REQUESTED, DrawdownStatus.DISBURSED]) } });
    return rows.reduce((total, row) => total + row.outstandingPrincipalFen, 0);
  }
}
