import {
  buildSchedule,
  CounterVerificationPurpose,
  DataSource,
  IdentityVerificationPath,
  LoanApplicationAction,
  LoanApplicationState,
  LoanFacilityType,
  MaterialStatus,
  RepaymentKind,
  RepaymentMethod,
  SubmissionPrecondition,
} from '@rongtong/shared';
import { createHash } from 'node:crypto';
import { Clock } from '../src/infra/clock/clock';
import { ApplicationExpiry } from '../src/modules/applications/application-expiry';
import { IdentityVerificationCheck } from '../src/modules/applications/identity-verification';
import { MessageEntity } from '../src/modules/messages/message.entity';
import { DataUseRecordEntity } from '../src/modules/data-use/data-use-record.entity';
import { errorCode, gqlAs } from './support/auth';
import {
  ACCEPT,
  APPROVAL,
  APPROVE,
  approved,
  attachMaterial,
  BANK_ID,
  consentedApplicant,
  counterVerify,
  createDraft,
  data,
  detail,
  DISBURSE,
  expectLegalHistory,
  LEGAL_REP_ID,
  LICENCE,
  MINE,
  QUEUE,
  QUOTE,
  READINESS,
  RECORD_REPAYMENT,
  REJECT,
  REQUEST_DRAWDOWN,
  REQUEST_REPAYMENT,
  reviewerActor,
  SETTLE,
  SIGN,
  signed,
  submit,
  submitted,
  TAX_CERTIFICATE,
  UPDATE_DRAFT,
  wan,
  WITHDRAW,
  applicantActor,
  loanConsent,
  idempotencyKey,
  type ApplicationData,
  type DrawdownData,
  type RepaymentData,
} from './support/applications';
import { OTHER_BANK_ID } from './support/consents';
import { download } from './support/files';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

type Fields = Array<{ field: string; message: string }>;

describe.each(DIALECTS)('loan applications (%s)', (dialect) => {
  let t: TestApp;
  let reviewer: { userId: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    reviewer = await reviewerActor(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  describe('the draft', () => {
    it('is pre-filled from the enterprise and the applicant’s identity, and numbered RT + day + sequence', async () => {
      const applicant = await applicantActor(t);
      const draft = await createDraft(t, applicant);
      expect(draft).toMatchObject({
        state: LoanApplicationState.DRAFT,
        version: 1,
        enterpriseId: applicant.enterpriseId,
        enterpriseName: '测试数据授权企业有限公司',
        applicantName: '王小明',
        applicantResidentIdMasked: '341202********001X',
        institutionId: BANK_ID,
        productName: '颍淮税易贷',
        amountFen: wan(50),
        termMonths: 12,
        viewerSide: 'APPLICANT',
      });
      expect(draft.uscc).toMatch(/^[0-9A-Z]{18}$/);
      expect(draft.number).toMatch(/^RT\d{14}$/);
      expect(draft.allowedActions).toEqual([LoanApplicationAction.UPDATE_DRAFT, LoanApplicationAction.SUBMIT, LoanApplicationAction.WITHDRAW]);
      const next = await createDraft(t, applicant);
      expect(Number(next.number.slice(-6))).toBe(Number(draft.number.slice(-6)) + 1);
    });

    it('saves a wizard step at a time and checks amounts and terms against the product', async () => {
      const applicant = await applicantActor(t);
      const draft = await createDraft(t, applicant, { amountFen: null, termMonths: null, purpose: null, verificationPath: null });
      const saved = data(await gqlAs<{ updateLoanApplicationDraft: ApplicationData }>(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: wan(80) } }), 'updateLoanApplicationDraft');
      expect(saved).toMatchObject({ amountFen: wan(80), termMonths: null, version: 2 });
      const next = data(await gqlAs<{ updateLoanApplicationDraft: ApplicationData }>(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { termMonths: 24, purpose: '  购置设备  ' } }), 'updateLoanApplicationDraft');
      expect(next).toMatchObject({ amountFen: wan(80), termMonths: 24, purpose: '购置设备' });

      const outside = await gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: wan(301), termMonths: 48, preferredRepaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL } });
      expect(errorCode(outside)).toBe('BAD_USER_INPUT');
      const fields = (outside.errors?.[0]?.extensions?.fields ?? []) as Fields;
      expect(fields.map((field) => field.field).sort()).toEqual(['input.amountFen', 'input.preferredRepaymentMethod', 'input.termMonths']);
      expect(fields.find((field) => field.field === 'input.amountFen')?.message).toContain('1万元至300万元');
    });
  });

  describe('submission', () => {
    it('lists each unmet precondition with what to do, and submits once all are met', async () => {
      const applicant = await applicantActor(t);
      const draft = await createDraft(t, applicant, { purpose: null });
      type Readiness = { ready: boolean; preconditions: Array<{ precondition: string; met: boolean; message: string }>; materials: Array<{ materialName: string; status: string; governmentSource: string | null }> };
      const before = data(await gqlAs<{ submissionReadiness: Readiness }>(t, applicant.token, READINESS, { id: draft.id }), 'submissionReadiness');
      expect(before.ready).toBe(false);
      const unmet = Object.fromEntries(before.preconditions.filter((check) => !check.met).map((check) => [check.precondition, check.message]));
      expect(Object.keys(unmet).sort()).toEqual([SubmissionPrecondition.CONSENT, SubmissionPrecondition.FORM_COMPLETE, SubmissionPrecondition.IDENTITY_VERIFICATION, SubmissionPrecondition.MATERIALS].sort());
      expect(unmet[SubmissionPrecondition.FORM_COMPLETE]).toContain('借款用途');
      expect(unmet[SubmissionPrecondition.CONSENT]).toContain('市场主体登记信息');
      expect(unmet[SubmissionPrecondition.IDENTITY_VERIFICATION]).toContain('柜台');
      expect(unmet[SubmissionPrecondition.MATERIALS]).toContain(LEGAL_REP_ID);

      const refused = await submit(t, applicant, draft.id);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(((refused.errors?.[0]?.extensions?.fields ?? []) as Fields).map((field) => field.field).sort()).toEqual(['consent', 'materials', 'purpose', 'verification']);

      await gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { purpose: '支付货款' } });
      await loanConsent(t, applicant);
      await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
      await counterVerify(t, reviewer, draft.number);
      const after = data(await gqlAs<{ submissionReadiness: Readiness }>(t, applicant.token, READINESS, { id: draft.id }), 'submissionReadiness');
      expect(after.ready).toBe(true);
      expect(after.materials).toEqual([
        { materialName: LICENCE, status: MaterialStatus.REPLACED_BY_GOVERNMENT_DATA, governmentSource: DataSource.MARKET_REGISTRATION, fileCount: 0 },
        { materialName: LEGAL_REP_ID, status: MaterialStatus.UPLOADED, governmentSource: null, fileCount: 1 },
        { materialName: TAX_CERTIFICATE, status: MaterialStatus.REPLACED_BY_GOVERNMENT_DATA, governmentSource: DataSource.TAX, fileCount: 0 },
      ]);

      const messagesBefore = await t.dataSource.manager.countBy(MessageEntity, { userId: reviewer.userId });
      const done = data(await submit(t, applicant, draft.id), 'submitLoanApplication');
      expect(done).toMatchObject({ state: LoanApplicationState.SUBMITTED, verificationPath: IdentityVerificationPath.COUNTER });
      expect(done.consentId).toBeTruthy();
      expect(done.expiresAt).toBeTruthy();
      expect(await t.dataSource.manager.countBy(MessageEntity, { userId: reviewer.userId })).toBe(messagesBefore + 1);
      const full = await detail(t, applicant.token, draft.id);
      expect(full.materials.filter((material) => material.replacedBySource).map((material) => [material.materialName, material.replacedBySource])).toEqual([
        [LICENCE, DataSource.MARKET_REGISTRATION],
        [TAX_CERTIFICATE, DataSource.TAX],
      ]);
      expect(full.timeline.map((event) => event.action)).toEqual([LoanApplicationAction.RECORD_COUNTER_VERIFICATION, LoanApplicationAction.SUBMIT]);
      expectLegalHistory(full);
    });

    it('without a consent covering the tax data, asks for the tax certificate to be uploaded', async () => {
      const applicant = await applicantActor(t);
      await loanConsent(t, applicant, [DataSource.MARKET_REGISTRATION]);
      const draft = await createDraft(t, applicant);
      const readiness = data(await gqlAs<{ submissionReadiness: { materials: Array<{ materialName: string; status: string }> } }>(t, applicant.token, READINESS, { id: draft.id }), 'submissionReadiness');
      expect(readiness.materials.find((material) => material.materialName === TAX_CERTIFICATE)?.status).toBe(MaterialStatus.MISSING);
      expect(readiness.materials.find((material) => material.materialName === LICENCE)?.status).toBe(MaterialStatus.REPLACED_BY_GOVERNMENT_DATA);
    });

    it('accepts a face verification passed within 30 minutes through the port, and not an older one', async () => {
      const applicant = await consentedApplicant(t);
      const draft = await createDraft(t, applicant, { verificationPath: IdentityVerificationPath.FACE });
      await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
      const check = t.app.get(IdentityVerificationCheck);
      const passedAt = new Date(Date.now() - 31 * 60_000);
      const spy = jest.spyOn(check, 'passedWithin').mockImplementation(async (subject, minutes, now) =>
        subject.userId === applicant.userId && now.getTime() - passedAt.getTime() <= minutes * 60_000 ? { path: IdentityVerificationPath.FACE, reference: 'certify-001', verifiedAt: passedAt } : null,
      );
      expect(errorCode(await submit(t, applicant, draft.id))).toBe('BAD_USER_INPUT');
      expect(spy).toHaveBeenCalledWith({ userId: applicant.userId, applicationId: draft.id }, 30, expect.any(Date));
      passedAt.setTime(Date.now() - 5 * 60_000);
      const done = data(await submit(t, applicant, draft.id), 'submitLoanApplication');
      expect(done).toMatchObject({ state: LoanApplicationState.SUBMITTED, verificationPath: IdentityVerificationPath.FACE });
    });

    it('answers a retried submission with its first result, and refuses the key for another application', async () => {
      const applicant = await consentedApplicant(t);
      const first = await createDraft(t, applicant);
      const key = idempotencyKey();
      await attachMaterial(t, applicant, first.id, LEGAL_REP_ID);
      await counterVerify(t, reviewer, first.number);
      const once = data(await submit(t, applicant, first.id, key), 'submitLoanApplication');
      const again = data(await submit(t, applicant, first.id, key), 'submitLoanApplication');
      expect(again).toEqual(once);
      expect((await detail(t, applicant.token, first.id)).timeline.filter((event) => event.action === LoanApplicationAction.SUBMIT)).toHaveLength(1);
      const second = await createDraft(t, applicant);
      const reused = await submit(t, applicant, second.id, key);
      expect(errorCode(reused)).toBe('CONFLICT');
      expect(reused.errors?.[0]?.message).toContain('请求编号');
    });
  });

  describe('the institution’s decision', () => {
    it('queues submitted applications only, filtered, for its own reviewers', async () => {
      const applicant = await consentedApplicant(t);
      const application = await submitted(t, applicant, reviewer, { amountFen: wan(123) });
      await createDraft(t, applicant);
      type Queue = { totalCount: number; edges: Array<{ node: { id: string; state: string } }> };
      const queue = data(await gqlAs<{ institutionLoanApplications: Queue }>(t, reviewer.token, QUEUE, { filter: { minAmountFen: wan(123), maxAmountFen: wan(123) } }), 'institutionLoanApplications');
      expect(queue.edges.map((edge) => edge.node.id)).toContain(application.id);
      expect(queue.edges.every((edge) => edge.node.state !== LoanApplicationState.DRAFT)).toBe(true);
      const accepted = data(await gqlAs<{ institutionLoanApplications: Queue }>(t, reviewer.token, QUEUE, { filter: { states: ['ACCEPTED'], minAmountFen: wan(123) } }), 'institutionLoanApplications');
      expect(accepted.edges.map((edge) => edge.node.id)).not.toContain(application.id);
      const other = await reviewerActor(t, OTHER_BANK_ID);
      const theirs = data(await gqlAs<{ institutionLoanApplications: Queue }>(t, other.token, QUEUE, {}), 'institutionLoanApplications');
      expect(theirs.edges.map((edge) => edge.node.id)).not.toContain(application.id);
      const mine = data(await gqlAs<{ myLoanApplications: Queue }>(t, applicant.token, MINE, { states: ['SUBMITTED'] }), 'myLoanApplications');
      expect(mine.edges.map((edge) => edge.node.id)).toEqual([application.id]);
    });

    it('approves within the product’s ranges, renders the contract and stores its SHA-256', async () => {
      const applicant = await consentedApplicant(t);
      const application = await submitted(t, applicant, reviewer);
      data(await gqlAs<{ acceptLoanApplication: ApplicationData }>(t, reviewer.token, ACCEPT, { id: application.id }), 'acceptLoanApplication');
      const outside = await gqlAs(t, reviewer.token, APPROVE, { id: application.id, input: { ...APPROVAL, approvedAmountFen: wan(60), rateBp: 700, termMonths: 40, repaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL } });
      expect(errorCode(outside)).toBe('BAD_USER_INPUT');
      expect(((outside.errors?.[0]?.extensions?.fields ?? []) as Fields).map((field) => field.field).sort()).toEqual([
        'input.approvedAmountFen',
        'input.rateBp',
        'input.repaymentMethod',
        'input.termMonths',
      ]);
      expect((await detail(t, reviewer.token, application.id)).state).toBe(LoanApplicationState.ACCEPTED);
      const done = data(await gqlAs<{ approveLoanApplication: ApplicationData }>(t, reviewer.token, APPROVE, { id: application.id, input: APPROVAL }), 'approveLoanApplication');
      expect(done.state).toBe(LoanApplicationState.APPROVED);
      expect(done.decision).toMatchObject({ approvedAmountFen: wan(50), rateBp: 420, termMonths: 12, facilityType: LoanFacilityType.TERM_LOAN });
      const contract = done.contract;
      expect(contract?.sha256).toBe(createHash('sha256').update(contract?.text ?? '', 'utf8').digest('hex'));
      expect(contract?.text).toContain('¥500,000.00');
      expect(contract?.text).toContain('4.20%');
      expect(contract?.text).toContain(application.number);
      const seen = await detail(t, applicant.token, application.id);
      expect(seen.allowedActions).toEqual([LoanApplicationAction.SIGN]);
    });

    it('rejects with a reason from the list and a text, and tells the applicant', async () => {
      const applicant = await consentedApplicant(t);
      const application = await submitted(t, applicant, reviewer);
      const noText = await gqlAs(t, reviewer.token, REJECT, { id: application.id, input: { reasonCode: 'CREDIT_INSUFFICIENT', reasonText: ' ' } });
      expect(((noText.errors?.[0]?.extensions?.fields ?? []) as Fields).map((field) => field.field)).toEqual(['input.reasonText']);
      const done = data(await gqlAs<{ rejectLoanApplication: ApplicationData }>(t, reviewer.token, REJECT, { id: application.id, input: { reasonCode: 'CREDIT_INSUFFICIENT', reasonText: '近一年纳税信用等级为 C' } }), 'rejectLoanApplication');
      expect(done.state).toBe(LoanApplicationState.REJECTED);
      expect(done.decision).toMatchObject({ rejectReasonCode: 'CREDIT_INSUFFICIENT', rejectReasonLabel: '信用状况未达到要求', rejectReasonText: '近一年纳税信用等级为 C' });
      const message = await t.dataSource.manager.findOneByOrFail(MessageEntity, { userId: applicant.userId, title: '贷款申请未获批准' });
      expect(message.body).toContain('近一年纳税信用等级为 C');
    });
  });

  describe('contract, disbursement and repayment', () => {
    it('signs only the contract shown, with a fresh verification', async () => {
      const applicant = await consentedApplicant(t);
      const application = await approved(t, applicant, reviewer);
      const wrongHash = await gqlAs(t, applicant.token, SIGN, { input: { applicationId: application.id, contractSha256: 'f'.repeat(64), verificationPath: 'COUNTER' } });
      expect(((wrongHash.errors?.[0]?.extensions?.fields ?? []) as Fields)[0]?.field).toBe('input.contractSha256');
      const unverified = await gqlAs(t, applicant.token, SIGN, { input: { applicationId: application.id, contractSha256: application.contract?.sha256, verificationPath: 'COUNTER' } });
      expect(((unverified.errors?.[0]?.extensions?.fields ?? []) as Fields)[0]?.field).toBe('input.verificationPath');
      const noFace = await gqlAs(t, applicant.token, SIGN, { input: { applicationId: application.id, contractSha256: application.contract?.sha256, verificationPath: 'FACE' } });
      expect(errorCode(noFace)).toBe('BAD_USER_INPUT');
      await counterVerify(t, reviewer, application.number, CounterVerificationPurpose.SIGNING);
      const done = data(await gqlAs<{ signLoanContract: ApplicationData }>(t, applicant.token, SIGN, { input: { applicationId: application.id, contractSha256: application.contract?.sha256, verificationPath: 'COUNTER' } }), 'signLoanContract');
      expect(done.state).toBe(LoanApplicationState.SIGNED);
      expect(done.contract).toMatchObject({ signingVerificationPath: 'COUNTER' });
      expect(done.contract?.signedAt).toBeTruthy();
    });

    it('disburses a term loan with the money library’s schedule, repays on schedule and early, and settles with the last principal', async () => {
      const applicant = await consentedApplicant(t);
      const application = await signed(t, applicant, reviewer);
      const drawdown = data(await gqlAs<{ recordLoanDisbursement: DrawdownData }>(t, reviewer.token, DISBURSE, { input: { applicationId: application.id, bankReference: 'YH20261207001' } }), 'recordLoanDisbursement');
      const expected = buildSchedule({ principalFen: wan(50), annualRateBp: 420, termMonths: 12, method: RepaymentMethod.EQUAL_INSTALLMENT });
      expect(drawdown.schedule?.map((row) => [row.period, row.principalFen, row.interestFen])).toEqual(expected.instalments.map((row) => [row.period, row.principalFen, row.interestFen]));
      expect(drawdown).toMatchObject({ status: 'DISBURSED', amountFen: wan(50), outstandingPrincipalFen: wan(50) });
      const again = await gqlAs(t, reviewer.token, DISBURSE, { input: { applicationId: application.id, bankReference: 'YH20261207002' } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      const drawdownAsked = await gqlAs(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: application.id, amountFen: wan(1), termMonths: 3, idempotencyKey: idempotencyKey() } });
      expect(errorCode(drawdownAsked)).toBe('BAD_USER_INPUT');

      // 按期: the first instalment, requested from the app and confirmed by the institution.
      const first = data(await gqlAs<{ requestLoanRepayment: RepaymentData }>(t, applicant.token, REQUEST_REPAYMENT, { input: { applicationId: application.id, drawdownId: drawdown.id, kind: 'INSTALMENT', idempotencyKey: idempotencyKey() } }), 'requestLoanRepayment');
      expect(first).toMatchObject({ status: 'REQUESTED', period: 1, principalFen: expected.instalments[0]?.principalFen, interestFen: expected.instalments[0]?.interestFen });
      const pending = await gqlAs(t, applicant.token, REQUEST_REPAYMENT, { input: { applicationId: application.id, drawdownId: drawdown.id, kind: 'INSTALMENT', idempotencyKey: idempotencyKey() } });
      expect(errorCode(pending)).toBe('BAD_USER_INPUT');
      const confirmed = data(await gqlAs<{ recordLoanRepayment: RepaymentData }>(t, reviewer.token, RECORD_REPAYMENT, { input: { applicationId: application.id, repaymentId: first.id, bankReference: 'YH20270107001' } }), 'recordLoanRepayment');
      expect(confirmed).toMatchObject({ status: 'CONFIRMED', recordedVia: 'INSTITUTION' });
      expect((await detail(t, applicant.token, application.id)).state).toBe(LoanApplicationState.REPAYING);

      // 提前部分还款: the later instalments are recomputed by the money library on the remaining principal.
      const remaining = wan(50) - (expected.instalments[0]?.principalFen ?? 0);
      type Quote = { principalFen: number; interestFen: number; remainingPrincipalFen: number; rebuiltSchedule: Array<{ period: number; principalFen: number; interestFen: number }> };
      const quote = data(await gqlAs<{ loanRepaymentQuote: Quote }>(t, applicant.token, QUOTE, { a: application.id, d: drawdown.id, k: 'EARLY_PARTIAL', p: wan(20) }), 'loanRepaymentQuote');
      const rebuilt = buildSchedule({ principalFen: remaining - wan(20), annualRateBp: 420, termMonths: 10, method: RepaymentMethod.EQUAL_INSTALLMENT });
      expect(quote.interestFen).toBe(expected.instalments[1]?.interestFen);
      expect(quote.remainingPrincipalFen).toBe(remaining - wan(20));
      expect(quote.rebuiltSchedule.map((row) => [row.period, row.principalFen, row.interestFen])).toEqual(rebuilt.instalments.map((row) => [row.period + 2, row.principalFen, row.interestFen]));
      const partial = data(await gqlAs<{ requestLoanRepayment: RepaymentData }>(t, applicant.token, REQUEST_REPAYMENT, { input: { applicationId: application.id, drawdownId: drawdown.id, kind: 'EARLY_PARTIAL', principalFen: wan(20), idempotencyKey: idempotencyKey() } }), 'requestLoanRepayment');
      data(await gqlAs(t, reviewer.token, RECORD_REPAYMENT, { input: { applicationId: application.id, repaymentId: partial.id, bankReference: 'YH20270207001' } }), 'recordLoanRepayment');
      const afterPartial = await detail(t, applicant.token, application.id);
      const schedule = afterPartial.drawdowns[0]?.schedule ?? [];
      expect(schedule.filter((row) => row.status === 'DUE').map((row) => row.principalFen)).toEqual(rebuilt.instalments.map((row) => row.principalFen));
      expect(afterPartial.drawdowns[0]?.outstandingPrincipalFen).toBe(remaining - wan(20));

      // 提前结清 entered by the institution: the last principal settles the loan.
      const full = data(await gqlAs<{ recordLoanRepayment: RepaymentData }>(t, reviewer.token, RECORD_REPAYMENT, { input: { applicationId: application.id, drawdownId: drawdown.id, kind: 'EARLY_FULL', bankReference: 'YH20270307001' } }), 'recordLoanRepayment');
      expect(full.principalFen).toBe(remaining - wan(20));
      const settled = await detail(t, applicant.token, application.id);
      expect(settled.state).toBe(LoanApplicationState.SETTLED);
      expect(settled.drawdowns[0]).toMatchObject({ status: 'REPAID', outstandingPrincipalFen: 0 });
      expect(settled.repayments.map((repayment) => repayment.kind)).toEqual([RepaymentKind.INSTALMENT, RepaymentKind.EARLY_PARTIAL, RepaymentKind.EARLY_FULL]);
      expect(settled.timeline.map((event) => event.action)).toEqual([
        'RECORD_COUNTER_VERIFICATION',
        'SUBMIT',
        'ACCEPT',
        'APPROVE',
        'RECORD_COUNTER_VERIFICATION',
        'SIGN',
        'DISBURSE',
        'REQUEST_REPAYMENT',
        'REPAY',
        'REQUEST_REPAYMENT',
        'REPAY',
        'REPAY',
        'SETTLE',
      ]);
      expectLegalHistory(settled);
    });

    it('lets the enterprise draw down a credit line within its amount and term, and the institution close it once repaid', async () => {
      const applicant = await consentedApplicant(t);
      const application = await signed(t, applicant, reviewer, { facilityType: LoanFacilityType.CREDIT_LINE, repaymentMethod: RepaymentMethod.INTEREST_FIRST });
      const tooMuch = await gqlAs(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: application.id, amountFen: wan(51), termMonths: 6, idempotencyKey: idempotencyKey() } });
      expect(((tooMuch.errors?.[0]?.extensions?.fields ?? []) as Fields)[0]).toMatchObject({ field: 'input.amountFen' });
      const tooLong = await gqlAs(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: application.id, amountFen: wan(10), termMonths: 13, idempotencyKey: idempotencyKey() } });
      expect(((tooLong.errors?.[0]?.extensions?.fields ?? []) as Fields)[0]).toMatchObject({ field: 'input.termMonths' });
      const key = idempotencyKey();
      const asked = data(await gqlAs<{ requestLoanDrawdown: DrawdownData }>(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: application.id, amountFen: wan(30), termMonths: 6, idempotencyKey: key } }), 'requestLoanDrawdown');
      const retried = data(await gqlAs<{ requestLoanDrawdown: DrawdownData }>(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: application.id, amountFen: wan(30), termMonths: 6, idempotencyKey: key } }), 'requestLoanDrawdown');
      expect(retried.id).toBe(asked.id);
      const overLine = await gqlAs(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: application.id, amountFen: wan(21), termMonths: 6, idempotencyKey: idempotencyKey() } });
      expect(overLine.errors?.[0]?.message).toContain('可用额度 20万元');
      const disbursed = data(await gqlAs<{ recordLoanDisbursement: DrawdownData }>(t, reviewer.token, DISBURSE, { input: { applicationId: application.id, drawdownId: asked.id, bankReference: 'YH-LINE-0001' } }), 'recordLoanDisbursement');
      expect(disbursed.schedule?.map((row) => row.principalFen)).toEqual([0, 0, 0, 0, 0, wan(30)]);
      const second = data(await gqlAs<{ recordLoanDisbursement: DrawdownData }>(t, reviewer.token, DISBURSE, { input: { applicationId: application.id, amountFen: wan(20), termMonths: 3, bankReference: 'YH-LINE-0002' } }), 'recordLoanDisbursement');
      expect(second.seq).toBe(2);
      const notYet = await gqlAs(t, reviewer.token, SETTLE, { id: application.id });
      expect(errorCode(notYet)).toBe('CONFLICT');
      for (const id of [asked.id, second.id]) {
        data(await gqlAs(t, reviewer.token, RECORD_REPAYMENT, { input: { applicationId: application.id, drawdownId: id, kind: 'EARLY_FULL', bankReference: `YH-FULL-${id.slice(0, 8)}` } }), 'recordLoanRepayment');
      }
      expect((await detail(t, applicant.token, application.id)).state).toBe(LoanApplicationState.REPAYING);
      const closed = data(await gqlAs<{ settleLoanApplication: ApplicationData }>(t, reviewer.token, SETTLE, { id: application.id }), 'settleLoanApplication');
      expect(closed.state).toBe(LoanApplicationState.SETTLED);
      expectLegalHistory(await detail(t, applicant.token, application.id));
    });
  });

  describe('withdrawal and expiry', () => {
    it('withdraws a submitted application and tells the reviewers', async () => {
      const applicant = await consentedApplicant(t);
      const application = await submitted(t, applicant, reviewer);
      const done = data(await gqlAs<{ withdrawLoanApplication: ApplicationData }>(t, applicant.token, WITHDRAW, { id: application.id }), 'withdrawLoanApplication');
      expect(done.state).toBe(LoanApplicationState.WITHDRAWN);
      expect(done.allowedActions).toEqual([]);
      expect(errorCode(await gqlAs(t, reviewer.token, ACCEPT, { id: application.id }))).toBe('CONFLICT');
    });

    it('expires submitted and accepted applications nobody acted on for N days, and nothing younger', async () => {
      const applicant = await consentedApplicant(t);
      const stale = await submitted(t, applicant, reviewer);
      const clock = t.app.get(Clock);
      const real = clock.now();
      const fresh = await submitted(t, applicant, reviewer);
      jest.spyOn(clock, 'now').mockReturnValue(new Date(real.getTime() + 30 * 86_400_000 + 1000));
      // 30 days and a second after `real`: the stale one last moved a second before it, the fresh one a minute after.
      await t.dataSource.query(`UPDATE loan_applications SET last_action_at = ? WHERE id = ?`, [new Date(real.getTime() - 1000).toISOString().replace('T', ' ').replace('Z', ''), stale.id]);
      await t.dataSource.query(`UPDATE loan_applications SET last_action_at = ? WHERE id = ?`, [new Date(real.getTime() + 60_000).toISOString().replace('T', ' ').replace('Z', ''), fresh.id]);
      const expired = await t.app.get(ApplicationExpiry).expireDue();
      expect(expired).toBeGreaterThanOrEqual(1);
      jest.restoreAllMocks();
      const staleNow = await detail(t, applicant.token, stale.id);
      expect(staleNow.state).toBe(LoanApplicationState.EXPIRED);
      expect(staleNow.timeline.at(-1)).toMatchObject({ action: 'EXPIRE', actorKind: 'SYSTEM' });
      expect((await detail(t, applicant.token, fresh.id)).state).toBe(LoanApplicationState.SUBMITTED);
    });
  });

  describe('materials', () => {
    it('are downloaded by the applicant’s enterprise and the deciding institution, each institution download in the data use log', async () => {
      const applicant = await consentedApplicant(t);
      const application = await submitted(t, applicant, reviewer);
      const full = await detail(t, applicant.token, application.id);
      const material = full.materials.find((entry) => entry.fileId !== null);
      const url = material?.downloadUrl ?? '';
      expect(url).toMatch(/^\/api\/loan-applications\/materials\//);
      const views = () => t.dataSource.manager.countBy(DataUseRecordEntity, { enterpriseId: applicant.enterpriseId, kind: 'VIEW' });
      const before = await views();
      const own = await download(t, url, applicant.token);
      expect(own.status).toBe(200);
      expect(createHash('sha256').update(own.body as Buffer).digest('hex')).toBe(material?.sha256);
      expect(await views()).toBe(before);
      expect((await download(t, url, reviewer.token)).status).toBe(200);
      expect(await views()).toBe(before + 1);
      const record = await t.dataSource.manager.findOneByOrFail(DataUseRecordEntity, { enterpriseId: applicant.enterpriseId, kind: 'VIEW' });
      expect(record).toMatchObject({ institutionId: BANK_ID, actorUserId: reviewer.userId, consentId: application.consentId, purpose: 'LOAN_APPLICATION' });
      const stranger = await applicantActor(t);
      const otherBank = await reviewerActor(t, OTHER_BANK_ID);
      expect((await download(t, url, stranger.token)).status).toBe(403);
      expect((await download(t, url, otherBank.token)).status).toBe(403);
      expect((await download(t, url)).status).toBe(401);
      expect((await download(t, `/api/files/${material?.fileId ?? ''}`, reviewer.token)).status).toBe(403);
      expect(await views()).toBe(before + 1);
    });
  });
});
