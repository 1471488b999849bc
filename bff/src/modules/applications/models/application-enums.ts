import { registerEnumType } from '@nestjs/graphql';
import {
  COUNTER_VERIFICATION_PURPOSE_LABELS,
  CounterVerificationPurpose,
  DRAWDOWN_STATUS_LABELS,
  DrawdownStatus,
  IDENTITY_VERIFICATION_PATH_LABELS,
  IdentityVerificationPath,
  LOAN_APPLICATION_ACTION_LABELS,
  LOAN_APPLICATION_ACTOR_LABELS,
  LOAN_APPLICATION_STATE_LABELS,
  LOAN_FACILITY_TYPE_LABELS,
  LOAN_LEDGER_SOURCE_LABELS,
  LOAN_REJECT_REASON_LABELS,
  LoanApplicationAction,
  LoanApplicationActor,
  LoanApplicationState,
  LoanFacilityType,
  LoanLedgerSource,
  LoanRejectReason,
  MATERIAL_STATUS_LABELS,
  MaterialStatus,
  REPAYMENT_KIND_LABELS,
  REPAYMENT_STATUS_LABELS,
  RepaymentKind,
  RepaymentStatus,
  SCHEDULE_ROW_STATUS_LABELS,
  ScheduleRowStatus,
  SUBMISSION_PRECONDITION_LABELS,
  SubmissionPrecondition,
} from '@rongtong/shared';

/** The shared enums of loan applications as GraphQL enums; their Chinese labels become the value descriptions. */
function register<E extends string>(enumRef: Record<string, E>, name: string, labels: Record<E, string>): void {
  const valuesMap = Object.fromEntries(Object.values(enumRef).map((value) => [value, { description: labels[value] }])) as Partial<
    Record<string, { description: string }>
  >;
  registerEnumType(enumRef, { name, valuesMap });
}

register(LoanApplicationState, 'LoanApplicationState', LOAN_APPLICATION_STATE_LABELS);
register(LoanApplicationAction, 'LoanApplicationAction', LOAN_APPLICATION_ACTION_LABELS);
register(LoanApplicationActor, 'LoanApplicationActor', LOAN_APPLICATION_ACTOR_LABELS);
register(LoanFacilityType, 'LoanFacilityType', LOAN_FACILITY_TYPE_LABELS);
register(IdentityVerificationPath, 'IdentityVerificationPath', IDENTITY_VERIFICATION_PATH_LABELS);
register(CounterVerificationPurpose, 'CounterVerificationPurpose', COUNTER_VERIFICATION_PURPOSE_LABELS);
register(LoanRejectReason, 'LoanRejectReason', LOAN_REJECT_REASON_LABELS);
register(SubmissionPrecondition, 'SubmissionPrecondition', SUBMISSION_PRECONDITION_LABELS);
register(MaterialStatus, 'MaterialStatus', MATERIAL_STATUS_LABELS);
register(RepaymentKind, 'RepaymentKind', REPAYMENT_KIND_LABELS);
register(DrawdownStatus, 'DrawdownStatus', DRAWDOWN_STATUS_LABELS);
register(RepaymentStatus, 'RepaymentStatus', REPAYMENT_STATUS_LABELS);
register(ScheduleRowStatus, 'LoanInstalmentStatus', SCHEDULE_ROW_STATUS_LABELS);
register(LoanLedgerSource, 'LoanLedgerSource', LOAN_LEDGER_SOURCE_LABELS);
