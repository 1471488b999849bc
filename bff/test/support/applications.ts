import {
  isLegalLoanApplicationStep,
  type LoanApplicationAction,
  ConsentGranteeKind,
  ConsentPurpose,
  CounterVerificationPurpose,
  DataSource,
  IdentityVerificationPath,
  LoanApplicationState,
  LoanFacilityType,
  RepaymentMethod,
  Role,
} from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../../src/infra/crypto/field-cipher';
import { USER_ACCOUNT_FIELDS } from '../../src/modules/accounts/user-account-fields';
import { UserAccountEntity } from '../../src/modules/accounts/user-account.entity';
import { LOAN_APPLICATION_FIELDS, LoanApplicationEntity } from '../../src/modules/applications/loan-application.entity';
import { createUser, gqlAs, signIn } from './auth';
import { BANK_ID, BANK_PRODUCT_ID, enterpriseActor, granted, idempotencyKey, type ConsentData, type EnterpriseActor } from './consents';
import { pngBytes, upload } from './files';
import type { GraphqlResponse, TestApp } from './test-app';

export { BANK_ID, BANK_PRODUCT_ID, idempotencyKey };

/** 颍淮税易贷 requires these; government data replaces the licence (market registration) and the tax certificate (tax). */
export const LICENCE = '营业执照';
export const LEGAL_REP_ID = '法定代表人身份证';
export const TAX_CERTIFICATE = '近一年纳税证明';

/** 10万元 and the like, in fen. */
export const wan = (amount: number): number => amount * 1_000_000;

export const APPLICATION_FIELDS = `id number state version productId productName institutionId institutionName enterpriseId enterpriseName uscc
  applicantName applicantResidentIdMasked amountFen termMonths purpose preferredRepaymentMethod verificationPath verifiedAt consentId
  decision { approvedAmountFen rateBp termMonths repaymentMethod facilityType rejectReasonCode rejectReasonLabel rejectReasonText decidedAt }
  contract { text sha256 signedAt signingVerificationPath }
  allowedActions viewerSide submittedAt lastActionAt expiresAt createdAt`;

export const APPLICATION_DETAIL = `${APPLICATION_FIELDS}
  timeline { seq action fromState toState actorKind note createdAt }
  materials { id materialName fileId fileName sha256 replacedBySource downloadUrl }
  drawdowns { id seq status amountFen termMonths rateBp outstandingPrincipalFen disbursedAt recordedVia schedule { period dueOn principalFen interestFen paymentFen status } }
  repayments { id drawdownId kind status period principalFen interestFen amountFen confirmedAt recordedVia }`;

export const CREATE = `mutation($input: CreateLoanApplicationInput!) { createLoanApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const UPDATE_DRAFT = `mutation($id: ID!, $input: LoanApplicationFormInput!) { updateLoanApplicationDraft(id: $id, input: $input) { ${APPLICATION_FIELDS} } }`;
export const ATTACH = `mutation($input: AttachApplicationMaterialInput!) { attachApplicationMaterial(input: $input) { id materialName fileId sha256 downloadUrl } }`;
export const REMOVE_MATERIAL = 'mutation($id: ID!) { removeApplicationMaterial(materialId: $id) }';
export const READINESS = `query($id: ID!) { submissionReadiness(id: $id) { applicationId ready faceVerificationAvailable
  preconditions { precondition met message } materials { materialName status governmentSource fileCount } } }`;
export const SUBMIT = `mutation($input: SubmitLoanApplicationInput!) { submitLoanApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawLoanApplication(id: $id) { ${APPLICATION_FIELDS} } }`;
export const SIGN = `mutation($input: SignLoanContractInput!) { signLoanContract(input: $input) { ${APPLICATION_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptLoanApplication(id: $id) { ${APPLICATION_FIELDS} } }`;
export const APPROVE = `mutation($id: ID!, $input: ApproveLoanApplicationInput!) { approveLoanApplication(id: $id, input: $input) { ${APPLICATION_FIELDS} } }`;
export const REJECT = `mutation($id: ID!, $input: RejectLoanApplicationInput!) { rejectLoanApplication(id: $id, input: $input) { ${APPLICATION_FIELDS} } }`;
export const COUNTER = `mutation($input: RecordCounterVerificationInput!) { recordCounterVerification(input: $input) { id applicationId applicationNumber purpose verifiedAt } }`;
export const DETAIL = `query($id: ID!) { loanApplication(id: $id) { ${APPLICATION_DETAIL} } }`;
export const MINE = `query($states: [LoanApplicationState!], $first: Int, $after: String) { myLoanApplications(states: $states, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id number state } } } }`;
export const QUEUE = `query($filter: InstitutionLoanApplicationFilter, $first: Int, $after: String) { institutionLoanApplications(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id number state amountFen submittedAt } } } }`;
export const REQUEST_DRAWDOWN = `mutation($input: RequestLoanDrawdownInput!) { requestLoanDrawdown(input: $input) { id seq status amountFen termMonths outstandingPrincipalFen } }`;
export const DISBURSE = `mutation($input: RecordLoanDisbursementInput!) { recordLoanDisbursement(input: $input) {
  id seq status amountFen termMonths outstandingPrincipalFen recordedVia schedule { period dueOn principalFen interestFen paymentFen status } } }`;
export const QUOTE = `query($a: ID!, $d: ID!, $k: RepaymentKind!, $p: Fen) { loanRepaymentQuote(applicationId: $a, drawdownId: $d, kind: $k, principalFen: $p) {
  drawdownId kind period principalFen interestFen amountFen remainingPrincipalFen rebuiltSchedule { period dueOn principalFen interestFen } } }`;
export const REQUEST_REPAYMENT = `mutation($input: RequestLoanRepaymentInput!) { requestLoanRepayment(input: $input) { id drawdownId kind status period principalFen interestFen amountFen } }`;
export const RECORD_REPAYMENT = `mutation($input: RecordLoanRepaymentInput!) { recordLoanRepayment(input: $input) { id drawdownId kind status period principalFen interestFen amountFen recordedVia } }`;
export const SETTLE = `mutation($id: ID!) { settleLoanApplication(id: $id) { ${APPLICATION_FIELDS} } }`;

export interface ApplicationData {
  id: string;
  number: string;
  state: LoanApplicationState;
  version: number;
  productId: string;
  productName: string;
  institutionId: string;
  institutionName: string;
  enterpriseId: string;
  enterpriseName: string;
  uscc: string;
  applicantName: string;
  applicantResidentIdMasked: string | null;
  amountFen: number | null;
  termMonths: number | null;
  purpose: string | null;
  preferredRepaymentMethod: string | null;
  verificationPath: string | null;
  verifiedAt: string | null;
  consentId: string | null;
  decision: {
    approvedAmountFen: number | null;
    rateBp: number | null;
    termMonths: number | null;
    repaymentMethod: string | null;
    facilityType: string | null;
    rejectReasonCode: string | null;
    rejectReasonLabel: string | null;
    rejectReasonText: string | null;
    decidedAt: string | null;
  } | null;
  contract: { text: string; sha256: string; signedAt: string | null; signingVerificationPath: string | null } | null;
  allowedActions: string[];
  viewerSide: string;
  submittedAt: string | null;
  lastActionAt: string;
  expiresAt: string | null;
  createdAt: string;
}

export interface InstalmentData {
  period: number;
  dueOn: string;
  principalFen: number;
  interestFen: number;
  paymentFen: number;
  status: string;
}

export interface DrawdownData {
  id: string;
  seq: number;
  status: string;
  amountFen: number;
  termMonths: number;
  rateBp?: number;
  outstandingPrincipalFen: number;
  disbursedAt?: string | null;
  recordedVia?: string | null;
  schedule?: InstalmentData[];
}

export interface RepaymentData {
  id: string;
  drawdownId: string;
  kind: string;
  status: string;
  period: number;
  principalFen: number;
  interestFen: number;
  amountFen: number;
  confirmedAt?: string | null;
  recordedVia?: string | null;
}

export interface ApplicationDetail extends ApplicationData {
  timeline: Array<{ seq: number; action: string; fromState: string | null; toState: string; actorKind: string; note: string; createdAt: string }>;
  materials: Array<{ id: string; materialName: string; fileId: string | null; fileName: string | null; sha256: string | null; replacedBySource: string | null; downloadUrl: string | null }>;
  drawdowns: DrawdownData[];
  repayments: RepaymentData[];
}

/** A resident ID of the synthetic test identities (checksum-valid). */
export const APPLICANT_RESIDENT_ID = '34120219900307001X';

/** An enterprise user with a real-name identity (name and resident ID as the identity platform supplies them), signed in for its enterprise. */
export async function applicantActor(t: TestApp, options: { enterpriseId?: string; displayName?: string; residentId?: string } = {}): Promise<EnterpriseActor> {
  const actor = await enterpriseActor(t, { enterpriseId: options.enterpriseId, displayName: options.displayName ?? '王小明' });
  const residentId = options.residentId ?? APPLICANT_RESIDENT_ID;
  const cipher = t.app.get(FieldCipher);
  await t.dataSource.manager.update(
    UserAccountEntity,
    { id: actor.userId },
    {
      residentIdCipher: cipher.seal(USER_ACCOUNT_FIELDS.residentId, { id: actor.userId }, residentId),
      residentIdIndex: cipher.blindIndex(residentId, 'residentId'),
      residentIdMasked: `${residentId.slice(0, 6)}********${residentId.slice(14)}`,
    },
  );
  return actor;
}

/** A reviewer of the institution (the seeded bank unless given), signed in. */
export async function reviewerActor(t: TestApp, institutionId: string = BANK_ID): Promise<{ userId: string; token: string }> {
  const userId = await createUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['REVIEWER'], institutionId, displayName: '审批员' });
  return { userId, token: (await signIn(t, userId)).accessToken };
}

/** A consent for loan applications to the bank, covering market registration and tax unless other sources are given. */
export function loanConsent(t: TestApp, actor: Pick<EnterpriseActor, 'token'>, sources: string[] = [DataSource.MARKET_REGISTRATION, DataSource.TAX], institutionId = BANK_ID): Promise<ConsentData> {
  return granted(t, actor, { purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION, institutionId, sources });
}

export function data<T>(response: GraphqlResponse<Record<string, T>>, field: string): T {
  const value = response.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} refused: ${response.text}`);
  return value;
}

export interface DraftOptions {
  productId?: string;
  amountFen?: number | null;
  termMonths?: number | null;
  purpose?: string | null;
  verificationPath?: IdentityVerificationPath | null;
}

export async function createDraft(t: TestApp, actor: Pick<EnterpriseActor, 'token'>, options: DraftOptions = {}): Promise<ApplicationData> {
  const input = {
    productId: options.productId ?? BANK_PRODUCT_ID,
    amountFen: options.amountFen === undefined ? wan(50) : options.amountFen,
    termMonths: options.termMonths === undefined ? 12 : options.termMonths,
    purpose: options.purpose === undefined ? '采购原材料，补充日常经营流动资金' : options.purpose,
    verificationPath: options.verificationPath === undefined ? IdentityVerificationPath.COUNTER : options.verificationPath,
    idempotencyKey: idempotencyKey(),
  };
  return data(await gqlAs<{ createLoanApplication: ApplicationData }>(t, actor.token, CREATE, { input }), 'createLoanApplication');
}

/** Uploads a file as a loan material and attaches it to the draft. */
export async function attachMaterial(t: TestApp, actor: Pick<EnterpriseActor, 'token'>, applicationId: string, materialName: string, bytes: Buffer = pngBytes(), filename = 'id-card.png') {
  const uploaded = await upload(t, actor.token, bytes, filename, 'LOAN_MATERIAL');
  if (uploaded.status !== 201 || !uploaded.body.id) throw new Error(`upload refused: ${JSON.stringify(uploaded.body)}`);
  const response = await gqlAs<{ attachApplicationMaterial: { id: string; fileId: string; sha256: string } }>(t, actor.token, ATTACH, {
    input: { applicationId, materialName, fileId: uploaded.body.id },
  });
  return data(response, 'attachApplicationMaterial');
}

export async function counterVerify(t: TestApp, reviewer: { token: string }, number: string, purpose = CounterVerificationPurpose.SUBMISSION, residentId = APPLICANT_RESIDENT_ID) {
  return data(await gqlAs<{ recordCounterVerification: { id: string } }>(t, reviewer.token, COUNTER, { input: { applicationNumber: number, residentId, purpose } }), 'recordCounterVerification');
}

export function submit(t: TestApp, actor: Pick<EnterpriseActor, 'token'>, applicationId: string, key = idempotencyKey()): Promise<GraphqlResponse<{ submitLoanApplication: ApplicationData }>> {
  return gqlAs(t, actor.token, SUBMIT, { input: { applicationId, idempotencyKey: key } });
}

export interface Applicant extends EnterpriseActor {
  consent: ConsentData;
}

/** An applicant with a loan consent to the bank (market registration and tax). */
export async function consentedApplicant(t: TestApp, options: { enterpriseId?: string } = {}): Promise<Applicant> {
  const actor = await applicantActor(t, options);
  return { ...actor, consent: await loanConsent(t, actor) };
}

/** A draft ready to submit by the counter path: consent, the one material to upload, and the counter verification recorded. */
export async function readyDraft(t: TestApp, applicant: Applicant, reviewer: { token: string }, options: DraftOptions = {}): Promise<ApplicationData> {
  const draft = await createDraft(t, applicant, options);
  await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
  await counterVerify(t, reviewer, draft.number);
  return draft;
}

export async function submitted(t: TestApp, applicant: Applicant, reviewer: { token: string }, options: DraftOptions = {}): Promise<ApplicationData> {
  const draft = await readyDraft(t, applicant, reviewer, options);
  return data(await submit(t, applicant, draft.id), 'submitLoanApplication');
}

export const APPROVAL = {
  approvedAmountFen: wan(50),
  rateBp: 420,
  termMonths: 12,
  repaymentMethod: RepaymentMethod.EQUAL_INSTALLMENT,
  facilityType: LoanFacilityType.TERM_LOAN,
};

/** Through acceptance and approval to APPROVED. */
export async function approved(t: TestApp, applicant: Applicant, reviewer: { token: string }, approval: Partial<typeof APPROVAL> = {}): Promise<ApplicationData> {
  const application = await submitted(t, applicant, reviewer);
  data(await gqlAs<{ acceptLoanApplication: ApplicationData }>(t, reviewer.token, ACCEPT, { id: application.id }), 'acceptLoanApplication');
  return data(await gqlAs<{ approveLoanApplication: ApplicationData }>(t, reviewer.token, APPROVE, { id: application.id, input: { ...APPROVAL, ...approval } }), 'approveLoanApplication');
}

/** Through signing (counter verification for signing) to SIGNED. */
export async function signed(t: TestApp, applicant: Applicant, reviewer: { token: string }, approval: Partial<typeof APPROVAL> = {}): Promise<ApplicationData> {
  const application = await approved(t, applicant, reviewer, approval);
  await counterVerify(t, reviewer, application.number, CounterVerificationPurpose.SIGNING);
  const input = { applicationId: application.id, contractSha256: application.contract?.sha256, verificationPath: IdentityVerificationPath.COUNTER };
  return data(await gqlAs<{ signLoanContract: ApplicationData }>(t, applicant.token, SIGN, { input }), 'signLoanContract');
}

export async function detail(t: TestApp, token: string, id: string): Promise<ApplicationDetail> {
  return data(await gqlAs<{ loanApplication: ApplicationDetail }>(t, token, DETAIL, { id }), 'loanApplication');
}

const APPLICATION_TABLES = ['loan_applications', 'application_events', 'application_materials', 'application_counter_verifications', 'loan_drawdowns', 'loan_repayments', 'loan_schedule_rows', 'audit_logs', 'messages', 'data_use_records'] as const;

/** Row counts of everything an application step writes; a refused step must leave them as they were. */
export async function applicationCounts(t: TestApp): Promise<Record<(typeof APPLICATION_TABLES)[number], number>> {
  const counts = {} as Record<(typeof APPLICATION_TABLES)[number], number>;
  for (const table of APPLICATION_TABLES) {
    const rows = (await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number | string }>;
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

/** The state and version of an application as stored. */
export async function stored(t: TestApp, id: string): Promise<{ state: string; version: number }> {
  const row = await t.dataSource.manager.findOneByOrFail(LoanApplicationEntity, { id });
  return { state: row.state, version: row.version };
}

let numberCounter = 0;

/**
 * An application written directly in a given state (for fixtures that need one without walking the lifecycle): the
 * enterprise's, for the bank's product, with a consent row when past DRAFT.
 */
export async function insertApplication(
  t: TestApp,
  options: { enterpriseId: string; applicantUserId: string; state: LoanApplicationState; consentId?: string | null; facilityType?: LoanFacilityType | null },
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  const cipher = t.app.get(FieldCipher);
  const pastDraft = options.state !== LoanApplicationState.DRAFT;
  const approvedStates: string[] = [LoanApplicationState.APPROVED, LoanApplicationState.SIGNED, LoanApplicationState.DISBURSED, LoanApplicationState.REPAYING, LoanApplicationState.SETTLED];
  const isApproved = approvedStates.includes(options.state);
  numberCounter += 1;
  await t.dataSource.manager.insert(LoanApplicationEntity, {
    id,
    number: `RT2999${String(numberCounter).padStart(10, '0')}`,
    enterpriseId: options.enterpriseId,
    applicantUserId: options.applicantUserId,
    productId: BANK_PRODUCT_ID,
    institutionId: BANK_ID,
    state: options.state,
    version: 1,
    amountFen: wan(50),
    termMonths: 12,
    purpose: '补充流动资金',
    preferredRepaymentMethod: null,
    applicantNameCipher: cipher.seal(LOAN_APPLICATION_FIELDS.applicantName, { id }, '王小明'),
    applicantNameMasked: '王**',
    applicantResidentIdCipher: cipher.seal(LOAN_APPLICATION_FIELDS.applicantResidentId, { id }, APPLICANT_RESIDENT_ID),
    applicantResidentIdMasked: '341202********001X',
    enterpriseName: '矩阵测试企业有限公司',
    uscc: '91341200MA2TEST001',
    regionCode: null,
    industryCode: null,
    scale: null,
    establishedOn: null,
    registeredCapitalFen: null,
    registerAsOf: null,
    consentId: pastDraft ? (options.consentId ?? null) : null,
    verificationPath: IdentityVerificationPath.COUNTER,
    verificationReference: null,
    verifiedAt: null,
    creditScoreSnapshotId: null,
    approvedAmountFen: isApproved ? wan(50) : null,
    approvedRateBp: isApproved ? 420 : null,
    approvedTermMonths: isApproved ? 12 : null,
    approvedRepaymentMethod: isApproved ? RepaymentMethod.EQUAL_INSTALLMENT : null,
    facilityType: isApproved ? (options.facilityType ?? LoanFacilityType.TERM_LOAN) : null,
    rejectReasonCode: null,
    rejectReasonText: null,
    decidedAt: isApproved ? now : null,
    decidedByUserId: null,
    contractText: isApproved ? '借款合同' : null,
    contractSha256: isApproved ? '0'.repeat(64) : null,
    signedAt: null,
    signingVerificationPath: null,
    signingVerificationReference: null,
    submittedAt: pastDraft ? now : null,
    lastActionAt: now,
    idempotencyKey: idempotencyKey(),
    requestHash: '0'.repeat(64),
    submitIdempotencyKey: null,
    submitRequestHash: null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}


/** Every step of the timeline is an edge of the shared table, each starting where the last one ended, ending where the application is. */
export function expectLegalHistory(application: Pick<ApplicationDetail, 'state' | 'timeline'>): void {
  let state: LoanApplicationState | null = null;
  for (const event of application.timeline) {
    if (state !== null) expect(event.fromState).toBe(state);
    expect(isLegalLoanApplicationStep(event.action as LoanApplicationAction, event.fromState as LoanApplicationState, event.toState as LoanApplicationState)).toBe(true);
    state = event.toState as LoanApplicationState;
  }
  if (state !== null) expect(application.state).toBe(state);
}
