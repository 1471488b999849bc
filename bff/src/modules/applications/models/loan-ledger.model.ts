import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CounterVerificationPurpose, DrawdownStatus, LoanLedgerSource, RepaymentKind, RepaymentMethod, RepaymentStatus, ScheduleRowStatus } from '@rongtong/shared';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import './application-enums';

@ObjectType('LoanInstalment', { description: '还款计划中的一期' })
export class LoanInstalmentModel {
  @Field(() => Int)
  period: number;

  @Field(() => String, { description: '还款日 YYYY-MM-DD（北京时间）' })
  dueOn: string;

  @Field(() => FenScalar)
  principalFen: number;

  @Field(() => FenScalar)
  interestFen: number;

  @Field(() => FenScalar)
  paymentFen: number;

  @Field(() => ScheduleRowStatus)
  status: ScheduleRowStatus;
}

@ObjectType('LoanDrawdown', { description: '一笔借款（单笔贷款的放款，或授信额度内的一次借款）' })
export class LoanDrawdownModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '第几笔' })
  seq: number;

  @Field(() => DrawdownStatus)
  status: DrawdownStatus;

  @Field(() => FenScalar)
  amountFen: number;

  @Field(() => Int)
  termMonths: number;

  @Field(() => Int, { description: '年利率（基点）' })
  rateBp: number;

  @Field(() => RepaymentMethod)
  repaymentMethod: RepaymentMethod;

  @Field(() => FenScalar, { description: '剩余未还本金' })
  outstandingPrincipalFen: number;

  @Field(() => Date)
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  disbursedAt: Date | null;

  @Field(() => String, { nullable: true, description: '银行流水号' })
  bankReference: string | null;

  @Field(() => LoanLedgerSource, { nullable: true })
  recordedVia: LoanLedgerSource | null;

  @Field(() => [LoanInstalmentModel], { description: '当前有效的还款计划（按期次）；重算前的旧计划不在其中' })
  schedule: LoanInstalmentModel[];
}

@ObjectType('LoanRepayment', { description: '一笔还款' })
export class LoanRepaymentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  drawdownId: string;

  @Field(() => RepaymentKind)
  kind: RepaymentKind;

  @Field(() => RepaymentStatus)
  status: RepaymentStatus;

  @Field(() => Int, { description: '所还的期次' })
  period: number;

  @Field(() => FenScalar)
  principalFen: number;

  @Field(() => FenScalar)
  interestFen: number;

  @Field(() => FenScalar)
  amountFen: number;

  @Field(() => Date)
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => String, { nullable: true, description: '银行流水号' })
  bankReference: string | null;

  @Field(() => LoanLedgerSource, { nullable: true })
  recordedVia: LoanLedgerSource | null;
}

@ObjectType('LoanRepaymentQuote', { description: '还款试算：本次应还金额，以及提前部分还款后重算的还款计划' })
export class LoanRepaymentQuoteModel {
  @Field(() => ID)
  drawdownId: string;

  @Field(() => RepaymentKind)
  kind: RepaymentKind;

  @Field(() => Int)
  period: number;

  @Field(() => FenScalar)
  principalFen: number;

  @Field(() => FenScalar)
  interestFen: number;

  @Field(() => FenScalar)
  amountFen: number;

  @Field(() => FenScalar)
  remainingPrincipalFen: number;

  @Field(() => [LoanInstalmentModel], { description: '提前部分还款后，之后各期的还款计划' })
  rebuiltSchedule: LoanInstalmentModel[];
}

@ObjectType('CounterVerification', { description: '金融机构在柜台完成的申请人身份核验（线下核验）' })
export class CounterVerificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  applicationId: string;

  @Field(() => String)
  applicationNumber: string;

  @Field(() => CounterVerificationPurpose)
  purpose: CounterVerificationPurpose;

  @Field(() => Date)
  verifiedAt: Date;
}
