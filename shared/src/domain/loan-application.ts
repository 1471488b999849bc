import { DataSource } from './data-source';

/**
 * Where a loan application stands (DESIGN §4.3):
 *
 * ```
 * DRAFT → SUBMITTED → ACCEPTED → APPROVED → SIGNED → DISBURSED → REPAYING → SETTLED
 *                     ↘ REJECTED   ↘ REJECTED
 * DRAFT|SUBMITTED|ACCEPTED → WITHDRAWN (applicant)      SUBMITTED|ACCEPTED → EXPIRED (no action in N days)
 * ```
 */
export enum LoanApplicationState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  APPROVED = 'APPROVED',
  SIGNED = 'SIGNED',
  DISBURSED = 'DISBURSED',
  REPAYING = 'REPAYING',
  SETTLED = 'SETTLED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export const LOAN_APPLICATION_STATES: readonly LoanApplicationState[] = Object.values(LoanApplicationState);

export const LOAN_APPLICATION_STATE_LABELS: Record<LoanApplicationState, string> = {
  [LoanApplicationState.DRAFT]: '草稿',
  [LoanApplicationState.SUBMITTED]: '已提交',
  [LoanApplicationState.ACCEPTED]: '已受理',
  [LoanApplicationState.APPROVED]: '已批准',
  [LoanApplicationState.SIGNED]: '已签约',
  [LoanApplicationState.DISBURSED]: '已放款',
  [LoanApplicationState.REPAYING]: '还款中',
  [LoanApplicationState.SETTLED]: '已结清',
  [LoanApplicationState.REJECTED]: '已拒绝',
  [LoanApplicationState.WITHDRAWN]: '已撤回',
  [LoanApplicationState.EXPIRED]: '已失效',
};

/** No action leads out of these. */
export const FINAL_LOAN_APPLICATION_STATES: readonly LoanApplicationState[] = [
  LoanApplicationState.SETTLED,
  LoanApplicationState.REJECTED,
  LoanApplicationState.WITHDRAWN,
  LoanApplicationState.EXPIRED,
];

/**
 * What can be done to an application. Some actions change its state, others are recorded on it in place (a draft
 * saved, a drawdown requested): every one is a compare-and-set on the application's state and version, and every
 * one but the draft edits writes a timeline event.
 */
export enum LoanApplicationAction {
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  RECORD_COUNTER_VERIFICATION = 'RECORD_COUNTER_VERIFICATION',
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SIGN = 'SIGN',
  REQUEST_DRAWDOWN = 'REQUEST_DRAWDOWN',
  DISBURSE = 'DISBURSE',
  REQUEST_REPAYMENT = 'REQUEST_REPAYMENT',
  REPAY = 'REPAY',
  SETTLE = 'SETTLE',
  WITHDRAW = 'WITHDRAW',
  EXPIRE = 'EXPIRE',
}

export const LOAN_APPLICATION_ACTIONS: readonly LoanApplicationAction[] = Object.values(LoanApplicationAction);

export const LOAN_APPLICATION_ACTION_LABELS: Record<LoanApplicationAction, string> = {
  [LoanApplicationAction.UPDATE_DRAFT]: '保存草稿',
  [LoanApplicationAction.RECORD_COUNTER_VERIFICATION]: '线下核验',
  [LoanApplicationAction.SUBMIT]: '提交申请',
  [LoanApplicationAction.ACCEPT]: '受理',
  [LoanApplicationAction.APPROVE]: '批准',
  [LoanApplicationAction.REJECT]: '拒绝',
  [LoanApplicationAction.SIGN]: '签署合同',
  [LoanApplicationAction.REQUEST_DRAWDOWN]: '申请借款',
  [LoanApplicationAction.DISBURSE]: '放款',
  [LoanApplicationAction.REQUEST_REPAYMENT]: '申请还款',
  [LoanApplicationAction.REPAY]: '还款入账',
  [LoanApplicationAction.SETTLE]: '结清',
  [LoanApplicationAction.WITHDRAW]: '撤回申请',
  [LoanApplicationAction.EXPIRE]: '超时失效',
};

/**
 * Who acts on an application: the applicant side (users acting for the applying enterprise), the deciding
 * institution (its reviewers), or the system (the expiry job; the bank core's confirmations).
 */
export enum LoanApplicationActor {
  APPLICANT = 'APPLICANT',
  INSTITUTION = 'INSTITUTION',
  SYSTEM = 'SYSTEM',
}

export const LOAN_APPLICATION_ACTORS: readonly LoanApplicationActor[] = Object.values(LoanApplicationActor);

export const LOAN_APPLICATION_ACTOR_LABELS: Record<LoanApplicationActor, string> = {
  [LoanApplicationActor.APPLICANT]: '申请企业',
  [LoanApplicationActor.INSTITUTION]: '金融机构',
  [LoanApplicationActor.SYSTEM]: '系统',
};

/** One legal edge: `action` by one of `actors` takes an application from `from` to `to`. */
export interface LoanApplicationEdge {
  action: LoanApplicationAction;
  from: LoanApplicationState;
  to: LoanApplicationState;
  actors: readonly LoanApplicationActor[];
}

const S = LoanApplicationState;
const A = LoanApplicationAction;
const { APPLICANT, INSTITUTION, SYSTEM } = LoanApplicationActor;

/**
 * Every legal edge, and nothing else. An action may have several edges (REPAY from DISBURSED or REPAYING); which one
 * applies depends on the application's data (a first drawdown, the last repayment), and the service asks `edgeOf`
 * whether the one it chose is legal. The app reads the same table to show what a user may do.
 */
export const LOAN_APPLICATION_EDGES: readonly LoanApplicationEdge[] = [
  { action: A.UPDATE_DRAFT, from: S.DRAFT, to: S.DRAFT, actors: [APPLICANT] },
  { action: A.RECORD_COUNTER_VERIFICATION, from: S.DRAFT, to: S.DRAFT, actors: [INSTITUTION] },
  { action: A.RECORD_COUNTER_VERIFICATION, from: S.APPROVED, to: S.APPROVED, actors: [INSTITUTION] },
  { action: A.SUBMIT, from: S.DRAFT, to: S.SUBMITTED, actors: [APPLICANT] },
  { action: A.ACCEPT, from: S.SUBMITTED, to: S.ACCEPTED, actors: [INSTITUTION] },
  { action: A.REJECT, from: S.SUBMITTED, to: S.REJECTED, actors: [INSTITUTION] },
  { action: A.REJECT, from: S.ACCEPTED, to: S.REJECTED, actors: [INSTITUTION] },
  { action: A.APPROVE, from: S.ACCEPTED, to: S.APPROVED, actors: [INSTITUTION] },
  { action: A.SIGN, from: S.APPROVED, to: S.SIGNED, actors: [APPLICANT] },
  { action: A.REQUEST_DRAWDOWN, from: S.SIGNED, to: S.SIGNED, actors: [APPLICANT] },
  { action: A.REQUEST_DRAWDOWN, from: S.DISBURSED, to: S.DISBURSED, actors: [APPLICANT] },
  { action: A.REQUEST_DRAWDOWN, from: S.REPAYING, to: S.REPAYING, actors: [APPLICANT] },
  { action: A.DISBURSE, from: S.SIGNED, to: S.DISBURSED, actors: [INSTITUTION, SYSTEM] },
  { action: A.DISBURSE, from: S.DISBURSED, to: S.DISBURSED, actors: [INSTITUTION, SYSTEM] },
  { action: A.DISBURSE, from: S.REPAYING, to: S.REPAYING, actors: [INSTITUTION, SYSTEM] },
  { action: A.REQUEST_REPAYMENT, from: S.DISBURSED, to: S.DISBURSED, actors: [APPLICANT] },
  { action: A.REQUEST_REPAYMENT, from: S.REPAYING, to: S.REPAYING, actors: [APPLICANT] },
  { action: A.REPAY, from: S.DISBURSED, to: S.REPAYING, actors: [INSTITUTION, SYSTEM] },
  { action: A.REPAY, from: S.REPAYING, to: S.REPAYING, actors: [INSTITUTION, SYSTEM] },
  { action: A.SETTLE, from: S.REPAYING, to: S.SETTLED, actors: [INSTITUTION, SYSTEM] },
  { action: A.WITHDRAW, from: S.DRAFT, to: S.WITHDRAWN, actors: [APPLICANT] },
  { action: A.WITHDRAW, from: S.SUBMITTED, to: S.WITHDRAWN, actors: [APPLICANT] },
  { action: A.WITHDRAW, from: S.ACCEPTED, to: S.WITHDRAWN, actors: [APPLICANT] },
  { action: A.EXPIRE, from: S.SUBMITTED, to: S.EXPIRED, actors: [SYSTEM] },
  { action: A.EXPIRE, from: S.ACCEPTED, to: S.EXPIRED, actors: [SYSTEM] },
];

/** The edge for this action from this state to that state, if it is legal (whoever acts). */
export function edgeOf(action: LoanApplicationAction, from: LoanApplicationState, to: LoanApplicationState): LoanApplicationEdge | undefined {
  return LOAN_APPLICATION_EDGES.find((edge) => edge.action === action && edge.from === from && edge.to === to);
}

/** Whether `actor` may take `action` on an application in `state` (along some edge). */
export function mayAct(state: LoanApplicationState, action: LoanApplicationAction, actor: LoanApplicationActor): boolean {
  return LOAN_APPLICATION_EDGES.some((edge) => edge.from === state && edge.action === action && edge.actors.includes(actor));
}

/** Whether the action leads anywhere from the state, for anyone. */
export function actionApplies(state: LoanApplicationState, action: LoanApplicationAction): boolean {
  return LOAN_APPLICATION_EDGES.some((edge) => edge.from === state && edge.action === action);
}

/** The actions `actor` may take in `state`, in the order of LOAN_APPLICATION_ACTIONS. */
export function allowedLoanApplicationActions(state: LoanApplicationState, actor: LoanApplicationActor): LoanApplicationAction[] {
  return LOAN_APPLICATION_ACTIONS.filter((action) => mayAct(state, action, actor));
}

/** Whether `from → to` is an edge of some action (a history check: every step of a timeline must be one). */
export function isLegalLoanApplicationStep(action: LoanApplicationAction, from: LoanApplicationState, to: LoanApplicationState): boolean {
  return edgeOf(action, from, to) !== undefined;
}

/** How an approved loan is drawn: all at once, or in drawdowns the enterprise requests within the line. */
export enum LoanFacilityType {
  /** 单笔贷款: the whole approved amount is disbursed once and repaid on its schedule. */
  TERM_LOAN = 'TERM_LOAN',
  /** 授信额度: the enterprise requests each drawdown (借款) within the approved amount and term. */
  CREDIT_LINE = 'CREDIT_LINE',
}

export const LOAN_FACILITY_TYPES: readonly LoanFacilityType[] = Object.values(LoanFacilityType);

export const LOAN_FACILITY_TYPE_LABELS: Record<LoanFacilityType, string> = {
  [LoanFacilityType.TERM_LOAN]: '单笔贷款',
  [LoanFacilityType.CREDIT_LINE]: '授信额度（随借随还）',
};

/** How the applicant's identity was verified: face verification with the provider, or at the institution's counter. */
export enum IdentityVerificationPath {
  FACE = 'FACE',
  COUNTER = 'COUNTER',
}

export const IDENTITY_VERIFICATION_PATHS: readonly IdentityVerificationPath[] = Object.values(IdentityVerificationPath);

export const IDENTITY_VERIFICATION_PATH_LABELS: Record<IdentityVerificationPath, string> = {
  [IdentityVerificationPath.FACE]: '人脸核验',
  [IdentityVerificationPath.COUNTER]: '线下核验',
};

/** What a counter verification (线下核验) is recorded for. */
export enum CounterVerificationPurpose {
  SUBMISSION = 'SUBMISSION',
  SIGNING = 'SIGNING',
}

export const COUNTER_VERIFICATION_PURPOSE_LABELS: Record<CounterVerificationPurpose, string> = {
  [CounterVerificationPurpose.SUBMISSION]: '提交申请前的身份核验',
  [CounterVerificationPurpose.SIGNING]: '签署合同前的身份核验',
};

/** A face verification counts for submission when it PASSED less than this long ago (DESIGN §4.3). */
export const SUBMISSION_FACE_VERIFICATION_MINUTES = 30;
/** Signing the contract needs a fresh face verification: PASSED less than this long ago. */
export const SIGNING_FACE_VERIFICATION_MINUTES = 10;

/** Why an institution rejects an application; the reviewer adds a text for the applicant. */
export enum LoanRejectReason {
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  CREDIT_INSUFFICIENT = 'CREDIT_INSUFFICIENT',
  MATERIALS_INCOMPLETE = 'MATERIALS_INCOMPLETE',
  DEBT_TOO_HIGH = 'DEBT_TOO_HIGH',
  OPERATING_RISK = 'OPERATING_RISK',
  INDUSTRY_POLICY = 'INDUSTRY_POLICY',
  PURPOSE_UNCLEAR = 'PURPOSE_UNCLEAR',
  OTHER = 'OTHER',
}

export const LOAN_REJECT_REASONS: readonly LoanRejectReason[] = Object.values(LoanRejectReason);

export const LOAN_REJECT_REASON_LABELS: Record<LoanRejectReason, string> = {
  [LoanRejectReason.NOT_ELIGIBLE]: '不符合产品准入条件',
  [LoanRejectReason.CREDIT_INSUFFICIENT]: '信用状况未达到要求',
  [LoanRejectReason.MATERIALS_INCOMPLETE]: '申请材料不完整或无法核实',
  [LoanRejectReason.DEBT_TOO_HIGH]: '负债水平过高',
  [LoanRejectReason.OPERATING_RISK]: '经营状况存在较大风险',
  [LoanRejectReason.INDUSTRY_POLICY]: '所属行业受信贷政策限制',
  [LoanRejectReason.PURPOSE_UNCLEAR]: '借款用途不明确或不合规',
  [LoanRejectReason.OTHER]: '其他原因',
};

/**
 * Materials that consented government data proves, so the applicant need not upload them (已由政务数据替代): the
 * business licence by the market registration record, the tax certificate by the tax record. The consent of the
 * application must cover the source.
 */
export const MATERIALS_PROVEN_BY_GOVERNMENT_DATA: Readonly<Record<string, DataSource>> = {
  营业执照: DataSource.MARKET_REGISTRATION,
  近一年纳税证明: DataSource.TAX,
};

/** The government data source that proves this material, if any. */
export function governmentSourceFor(material: string): DataSource | undefined {
  return Object.prototype.hasOwnProperty.call(MATERIALS_PROVEN_BY_GOVERNMENT_DATA, material) ? MATERIALS_PROVEN_BY_GOVERNMENT_DATA[material] : undefined;
}

/**
 * What an application's consent must cover at least: the institution reviews the applicant's register data (the risk
 * report starts from it), so a consent for loan applications to the product's institution covering market
 * registration is required; more sources (tax, social security …) are up to the enterprise.
 */
export const LOAN_APPLICATION_REQUIRED_SOURCE = DataSource.MARKET_REGISTRATION;

/** Every precondition of a submission, in the order a wizard checks them. */
export enum SubmissionPrecondition {
  PRODUCT_AVAILABLE = 'PRODUCT_AVAILABLE',
  FORM_COMPLETE = 'FORM_COMPLETE',
  CONSENT = 'CONSENT',
  IDENTITY_VERIFICATION = 'IDENTITY_VERIFICATION',
  MATERIALS = 'MATERIALS',
}

export const SUBMISSION_PRECONDITIONS: readonly SubmissionPrecondition[] = Object.values(SubmissionPrecondition);

export const SUBMISSION_PRECONDITION_LABELS: Record<SubmissionPrecondition, string> = {
  [SubmissionPrecondition.PRODUCT_AVAILABLE]: '产品可申请',
  [SubmissionPrecondition.FORM_COMPLETE]: '申请信息',
  [SubmissionPrecondition.CONSENT]: '数据授权',
  [SubmissionPrecondition.IDENTITY_VERIFICATION]: '身份核验',
  [SubmissionPrecondition.MATERIALS]: '申请材料',
};

/** Where one required material stands for a submission. */
export enum MaterialStatus {
  UPLOADED = 'UPLOADED',
  REPLACED_BY_GOVERNMENT_DATA = 'REPLACED_BY_GOVERNMENT_DATA',
  MISSING = 'MISSING',
}

export const MATERIAL_STATUS_LABELS: Record<MaterialStatus, string> = {
  [MaterialStatus.UPLOADED]: '已上传',
  [MaterialStatus.REPLACED_BY_GOVERNMENT_DATA]: '已由政务数据替代',
  [MaterialStatus.MISSING]: '未上传',
};

/** How a repayment is made: the next instalment as scheduled, part of the principal early, or everything early. */
export enum RepaymentKind {
  INSTALMENT = 'INSTALMENT',
  EARLY_PARTIAL = 'EARLY_PARTIAL',
  EARLY_FULL = 'EARLY_FULL',
}

export const REPAYMENT_KINDS: readonly RepaymentKind[] = Object.values(RepaymentKind);

export const REPAYMENT_KIND_LABELS: Record<RepaymentKind, string> = {
  [RepaymentKind.INSTALMENT]: '按期还款',
  [RepaymentKind.EARLY_PARTIAL]: '提前部分还款',
  [RepaymentKind.EARLY_FULL]: '提前结清',
};

/** A drawdown (借款) of a signed application. */
export enum DrawdownStatus {
  REQUESTED = 'REQUESTED',
  DISBURSED = 'DISBURSED',
  REPAID = 'REPAID',
  CANCELLED = 'CANCELLED',
}

export const DRAWDOWN_STATUS_LABELS: Record<DrawdownStatus, string> = {
  [DrawdownStatus.REQUESTED]: '待放款',
  [DrawdownStatus.DISBURSED]: '已放款',
  [DrawdownStatus.REPAID]: '已还清',
  [DrawdownStatus.CANCELLED]: '已取消',
};

/** A repayment of a drawdown. */
export enum RepaymentStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

export const REPAYMENT_STATUS_LABELS: Record<RepaymentStatus, string> = {
  [RepaymentStatus.REQUESTED]: '待入账',
  [RepaymentStatus.CONFIRMED]: '已入账',
  [RepaymentStatus.CANCELLED]: '已取消',
};

/** One instalment of a drawdown's current schedule. */
export enum ScheduleRowStatus {
  DUE = 'DUE',
  PAID = 'PAID',
  /** Interest of later periods no longer owed after an early full repayment. */
  WAIVED = 'WAIVED',
  /** Replaced by the schedule recomputed after an early partial repayment (kept as history). */
  SUPERSEDED = 'SUPERSEDED',
}

export const SCHEDULE_ROW_STATUS_LABELS: Record<ScheduleRowStatus, string> = {
  [ScheduleRowStatus.DUE]: '待还',
  [ScheduleRowStatus.PAID]: '已还',
  [ScheduleRowStatus.WAIVED]: '免除',
  [ScheduleRowStatus.SUPERSEDED]: '已重算',
};

/** Who recorded a disbursement or repayment: a member of the institution by hand, or the bank core's webhook. */
export enum LoanLedgerSource {
  INSTITUTION = 'INSTITUTION',
  BANK_CORE = 'BANK_CORE',
}

export const LOAN_LEDGER_SOURCE_LABELS: Record<LoanLedgerSource, string> = {
  [LoanLedgerSource.INSTITUTION]: '机构录入',
  [LoanLedgerSource.BANK_CORE]: '银行核心系统',
};

const APPLICATION_NUMBER = /^RT\d{8}\d{6}$/;

/** `RT` + the Beijing calendar day + a six-digit sequence of that day: RT20261207000123. */
export function formatApplicationNumber(beijingDay: string, sequence: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(beijingDay)) throw new RangeError(`not a day: ${beijingDay}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`sequence out of range: ${sequence}`);
  return `RT${beijingDay.replace(/-/g, '')}${String(sequence).padStart(6, '0')}`;
}

export function isApplicationNumber(value: string): boolean {
  return APPLICATION_NUMBER.test(value);
}

/** The calendar day in Beijing (UTC+8, no daylight saving) of an instant: YYYY-MM-DD. */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
