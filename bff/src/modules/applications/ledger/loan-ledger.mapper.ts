import type { ScheduleRowStatus } from '@rongtong/shared';
import { LoanDrawdownModel, LoanInstalmentModel, LoanRepaymentModel } from '../models/loan-ledger.model';
import type { LoanDrawdownEntity, LoanRepaymentEntity, LoanScheduleRowEntity } from './loan-ledger.entity';

export function toInstalmentModel(row: { period: number; dueOn: string; principalFen: number; interestFen: number; status: ScheduleRowStatus }): LoanInstalmentModel {
  return Object.assign(new LoanInstalmentModel(), {
    period: row.period,
    dueOn: row.dueOn,
    principalFen: row.principalFen,
    interestFen: row.interestFen,
    paymentFen: row.principalFen + row.interestFen,
    status: row.status,
  });
}

/** Drawdowns with their current schedules (rows not superseded), by period. */
export function toDrawdownModels(drawdowns: ReadonlyArray<Pick<LoanDrawdownEntity, keyof LoanDrawdownEntity>>, rows: readonly LoanScheduleRowEntity[]): LoanDrawdownModel[] {
  return drawdowns.map((drawdown) =>
    Object.assign(new LoanDrawdownModel(), {
      id: drawdown.id,
      seq: drawdown.seq,
      status: drawdown.status,
      amountFen: drawdown.amountFen,
      termMonths: drawdown.termMonths,
      rateBp: drawdown.rateBp,
      repaymentMethod: drawdown.repaymentMethod,
      outstandingPrincipalFen: drawdown.outstandingPrincipalFen,
      requestedAt: drawdown.createdAt,
      disbursedAt: drawdown.disbursedAt,
      bankReference: drawdown.bankReference,
      recordedVia: drawdown.recordedVia,
      schedule: rows.filter((row) => row.drawdownId === drawdown.id).map(toInstalmentModel),
    }),
  );
}

export function toRepaymentModel(repayment: Pick<LoanRepaymentEntity, keyof LoanRepaymentEntity>): LoanRepaymentModel {
  return Object.assign(new LoanRepaymentModel(), {
    id: repayment.id,
    drawdownId: repayment.drawdownId,
    kind: repayment.kind,
    status: repayment.status,
    period: repayment.period,
    principalFen: repayment.principalFen,
    interestFen: repayment.interestFen,
    amountFen: repayment.amountFen,
    requestedAt: repayment.createdAt,
    confirmedAt: repayment.confirmedAt,
    bankReference: repayment.bankReference,
    recordedVia: repayment.recordedVia,
  });
}
