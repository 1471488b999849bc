import { ConsentGranteeKind, ConsentPurpose, DataSource, LoanApplicationState, LoanFacilityType } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { RATE_LIMIT_QUOTAS, type RateLimitQuotas } from '../../src/infra/rate-limit/rate-limit-quotas';
import { StoredFileEntity } from '../../src/modules/files/stored-file.entity';
import {
  ACCEPT,
  APPROVAL,
  APPROVE,
  applicantActor,
  applicationCounts,
  ATTACH,
  attachMaterial,
  BANK_PRODUCT_ID,
  consentedApplicant,
  COUNTER,
  counterVerify,
  CREATE,
  createDraft,
  data,
  DETAIL,
  DISBURSE,
  idempotencyKey,
  LEGAL_REP_ID,
  loanConsent,
  QUEUE,
  READINESS,
  RECORD_REPAYMENT,
  REJECT,
  REQUEST_DRAWDOWN,
  REQUEST_REPAYMENT,
  reviewerActor,
  SIGN,
  signed,
  stored,
  submit,
  submitted,
  UPDATE_DRAFT,
  wan,
  WITHDRAW,
  type ApplicationData,
  type Applicant,
} from '../support/applications';
import { errorCode, gqlAs } from '../support/auth';
import { granted, OTHER_BANK_ID } from '../support/consents';
import { download, exeBytes, pdfBytes, pngBytes, upload, uploadError } from '../support/files';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

type Fields = Array<{ field: string; message: string }>;
const fieldsOf = (response: GraphqlResponse<unknown>): string[] => ((response.errors?.[0]?.extensions?.fields ?? []) as Fields).map((entry) => entry.field);
const MB = 1024 * 1024;
const TEN_KB = '借'.repeat(10 * 1024);

/**
 * A client that does not play by the app's rules against loan applications: another institution's reviewer and
 * another enterprise acting on an application, a colleague submitting in the applicant's name, replayed submissions
 * with other parameters, amounts and terms outside the product, a submission without consent, verification or
 * materials, consents that do not cover it, an executable renamed .jpg, an 11 MB file, someone else's upload,
 * oversized and malformed input, and a flood of submissions. Every refusal is FORBIDDEN or names the field, and
 * nothing is written: no application row changes, no timeline event, no material, no audit entry, no message.
 */
describe.each(DIALECTS)('hostile client: loan applications (%s)', (dialect) => {
  let t: TestApp;
  let reviewer: { userId: string; token: string };
  let otherBank: { userId: string; token: string };

  beforeAll(async () => {
    // The production submit quotas per IP and user, on top of generous general quotas for the rest of the suite.
    const quotas: RateLimitQuotas = { ...RATE_LIMIT_QUOTAS, graphql: { perIp: { points: 100_000, seconds: 60 }, perUser: { points: 100_000, seconds: 60 } }, applicationSubmit: { perIp: { points: 1_000, seconds: 60 }, perUser: { points: 10, seconds: 60 } }, upload: { perIp: { points: 1_000, seconds: 60 }, perUser: { points: 1_000, seconds: 60 } } };
    t = await createTestApp({ dialect, rateLimit: { quotas } });
    reviewer = await reviewerActor(t);
    otherBank = await reviewerActor(t, OTHER_BANK_ID);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Runs the request and expects it refused with `code` (and these fields), the application unchanged and nothing written. */
  async function expectRefused(request: () => Promise<GraphqlResponse<unknown>>, code: string, fields?: string[], applicationId?: string): Promise<GraphqlResponse<unknown>> {
    const before = await applicationCounts(t);
    const state = applicationId ? await stored(t, applicationId) : null;
    const response = await request();
    expect(errorCode(response)).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    if (fields) expect(fieldsOf(response).sort()).toEqual([...fields].sort());
    expect(await applicationCounts(t)).toEqual(before);
    if (applicationId) expect(await stored(t, applicationId)).toEqual(state);
    return response;
  }

  describe('another institution’s reviewer', () => {
    let applicant: Applicant;
    let application: ApplicationData;

    beforeAll(async () => {
      applicant = await consentedApplicant(t);
      application = await submitted(t, applicant, reviewer);
    });

    it('can neither see nor decide the application, nor find it in its queue', async () => {
      await expectRefused(() => gqlAs(t, otherBank.token, DETAIL, { id: application.id }), 'FORBIDDEN', undefined, application.id);
      await expectRefused(() => gqlAs(t, otherBank.token, ACCEPT, { id: application.id }), 'FORBIDDEN', undefined, application.id);
      await expectRefused(() => gqlAs(t, otherBank.token, REJECT, { id: application.id, input: { reasonCode: 'OTHER', reasonText: '越权拒绝' } }), 'FORBIDDEN', undefined, application.id);
      await expectRefused(() => gqlAs(t, otherBank.token, APPROVE, { id: application.id, input: APPROVAL }), 'FORBIDDEN', undefined, application.id);
      const queue = data(await gqlAs<{ institutionLoanApplications: { edges: Array<{ node: { id: string } }> } }>(t, otherBank.token, QUEUE, {}), 'institutionLoanApplications');
      expect(queue.edges.map((edge) => edge.node.id)).not.toContain(application.id);
    });

    it('cannot record a counter verification or ledger entries for another institution’s application', async () => {
      const draft = await createDraft(t, applicant);
      await expectRefused(
        () => gqlAs(t, otherBank.token, COUNTER, { input: { applicationNumber: draft.number, residentId: '34120219900307001X', purpose: 'SUBMISSION' } }),
        'FORBIDDEN',
        undefined,
        draft.id,
      );
      const line = await signed(t, await consentedApplicant(t), reviewer);
      await expectRefused(() => gqlAs(t, otherBank.token, DISBURSE, { input: { applicationId: line.id, bankReference: 'OTHER0001' } }), 'FORBIDDEN', undefined, line.id);
      await expectRefused(
        () => gqlAs(t, otherBank.token, RECORD_REPAYMENT, { input: { applicationId: line.id, repaymentId: randomUUID(), bankReference: 'OTHER0002' } }),
        'FORBIDDEN',
        undefined,
        line.id,
      );
    });

    it('cannot download its materials', async () => {
      const detail = data(await gqlAs<{ loanApplication: { materials: Array<{ downloadUrl: string | null }> } }>(t, reviewer.token, DETAIL, { id: application.id }), 'loanApplication');
      const url = detail.materials.find((material) => material.downloadUrl)?.downloadUrl ?? '';
      const before = await applicationCounts(t);
      expect((await download(t, url, otherBank.token)).status).toBe(403);
      expect(await applicationCounts(t)).toEqual(before);
    });
  });

  describe('another enterprise, and a colleague of the applicant', () => {
    let applicant: Applicant;
    let draft: ApplicationData;
    let stranger: Awaited<ReturnType<typeof applicantActor>>;
    let colleague: Awaited<ReturnType<typeof applicantActor>>;

    beforeAll(async () => {
      applicant = await consentedApplicant(t);
      draft = await createDraft(t, applicant);
      await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
      await counterVerify(t, reviewer, draft.number);
      stranger = await applicantActor(t);
      colleague = await applicantActor(t, { enterpriseId: applicant.enterpriseId, displayName: '李经办' });
    });

    it('another enterprise can neither read, edit, submit, nor withdraw it', async () => {
      await expectRefused(() => gqlAs(t, stranger.token, DETAIL, { id: draft.id }), 'FORBIDDEN', undefined, draft.id);
      await expectRefused(() => gqlAs(t, stranger.token, READINESS, { id: draft.id }), 'FORBIDDEN', undefined, draft.id);
      await expectRefused(() => gqlAs(t, stranger.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: wan(10) } }), 'FORBIDDEN', undefined, draft.id);
      await expectRefused(() => submit(t, stranger, draft.id), 'FORBIDDEN', undefined, draft.id);
      await expectRefused(() => gqlAs(t, stranger.token, WITHDRAW, { id: draft.id }), 'FORBIDDEN', undefined, draft.id);
      const upload1 = await upload(t, stranger.token, pngBytes(), 'a.png', 'LOAN_MATERIAL');
      await expectRefused(() => gqlAs(t, stranger.token, ATTACH, { input: { applicationId: draft.id, materialName: LEGAL_REP_ID, fileId: upload1.body.id } }), 'FORBIDDEN', undefined, draft.id);
    });

    it('a colleague of the same enterprise sees it but cannot submit or edit in the applicant’s name', async () => {
      expect(data(await gqlAs<{ loanApplication: { id: string } }>(t, colleague.token, DETAIL, { id: draft.id }), 'loanApplication').id).toBe(draft.id);
      const refused = await expectRefused(() => submit(t, colleague, draft.id), 'FORBIDDEN', undefined, draft.id);
      expect(refused.errors?.[0]?.message).toBe('只有申请人本人可以提交申请和签署合同');
      await expectRefused(() => gqlAs(t, colleague.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: wan(10) } }), 'FORBIDDEN', undefined, draft.id);
    });

    it('nobody attaches someone else’s upload, a file of another purpose, or a material the product does not ask for', async () => {
      const theirs = await upload(t, stranger.token, pngBytes(), 'theirs.png', 'LOAN_MATERIAL');
      await expectRefused(() => gqlAs(t, applicant.token, ATTACH, { input: { applicationId: draft.id, materialName: LEGAL_REP_ID, fileId: theirs.body.id } }), 'BAD_USER_INPUT', ['input.fileId'], draft.id);
      await expectRefused(() => gqlAs(t, applicant.token, ATTACH, { input: { applicationId: draft.id, materialName: LEGAL_REP_ID, fileId: randomUUID() } }), 'BAD_USER_INPUT', ['input.fileId'], draft.id);
      const mine = await upload(t, applicant.token, pngBytes(), 'mine.png', 'LOAN_MATERIAL');
      await expectRefused(() => gqlAs(t, applicant.token, ATTACH, { input: { applicationId: draft.id, materialName: '房产证', fileId: mine.body.id } }), 'BAD_USER_INPUT', ['input.materialName'], draft.id);
      expect((await upload(t, applicant.token, pdfBytes(), 'a.pdf', 'CONTENT_ATTACHMENT')).status).toBe(403);
    });
  });

  describe('uploads', () => {
    it('refuses an executable renamed .jpg and an 11 MB file, storing nothing', async () => {
      const applicant = await applicantActor(t);
      const files = () => t.dataSource.manager.count(StoredFileEntity);
      const before = await files();
      const exe = await upload(t, applicant.token, exeBytes(), '营业执照.jpg', 'LOAN_MATERIAL');
      expect(exe.status).toBe(400);
      expect(uploadError(exe)).toMatchObject({ code: 'BAD_USER_INPUT', field: { field: 'file' } });
      expect(uploadError(exe).field?.message).toContain('PDF 或图片');
      const huge = await upload(t, applicant.token, Buffer.concat([pdfBytes(), Buffer.alloc(11 * MB)]), '流水.pdf', 'LOAN_MATERIAL');
      expect(uploadError(huge)).toMatchObject({ code: 'BAD_USER_INPUT', field: { field: 'file', message: '文件不能超过 10 MB' } });
      const pdfAsPng = await upload(t, applicant.token, pdfBytes(), '身份证.png', 'LOAN_MATERIAL');
      expect(uploadError(pdfAsPng).field?.field).toBe('file');
      expect(await files()).toBe(before);
    });
  });

  describe('submission', () => {
    it('is refused without a consent, a verification or the materials, one field each', async () => {
      const applicant = await applicantActor(t);
      const draft = await createDraft(t, applicant);
      await expectRefused(() => submit(t, applicant, draft.id), 'BAD_USER_INPUT', ['consent', 'materials', 'verification'], draft.id);
      await loanConsent(t, applicant);
      await expectRefused(() => submit(t, applicant, draft.id), 'BAD_USER_INPUT', ['materials', 'verification'], draft.id);
      await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
      await expectRefused(() => submit(t, applicant, draft.id), 'BAD_USER_INPUT', ['verification'], draft.id);
    });

    it('does not count a consent to another institution, for another product, for another purpose, or a revoked one', async () => {
      const applicant = await applicantActor(t);
      const draft = await createDraft(t, applicant);
      await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
      await counterVerify(t, reviewer, draft.number);
      await loanConsent(t, applicant, [DataSource.MARKET_REGISTRATION, DataSource.TAX], OTHER_BANK_ID);
      await granted(t, applicant, { purpose: ConsentPurpose.CREDIT_ASSESSMENT, granteeKind: ConsentGranteeKind.INSTITUTION, institutionId: OTHER_BANK_ID, sources: [DataSource.MARKET_REGISTRATION] });
      const otherProduct = (await t.dataSource.query('SELECT id FROM products WHERE institution_id = ? AND id <> ? AND status = ? LIMIT 1', [draft.institutionId, BANK_PRODUCT_ID, 'PUBLISHED'])) as Array<{ id: string }>;
      await granted(t, applicant, { purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION, institutionId: draft.institutionId, productId: otherProduct[0]?.id, sources: [DataSource.MARKET_REGISTRATION] });
      await expectRefused(() => submit(t, applicant, draft.id), 'BAD_USER_INPUT', ['consent', 'materials'], draft.id);
      const consent = await loanConsent(t, applicant);
      await gqlAs(t, applicant.token, 'mutation($id: ID!) { revokeDataConsent(id: $id) { id } }', { id: consent.id });
      await expectRefused(() => submit(t, applicant, draft.id), 'BAD_USER_INPUT', ['consent', 'materials'], draft.id);
    });

    it('refuses a replayed key with another application, and a second submission with a new key', async () => {
      const applicant = await consentedApplicant(t);
      const first = await submitted(t, applicant, reviewer);
      const key = idempotencyKey();
      const second = await createDraft(t, applicant);
      await attachMaterial(t, applicant, second.id, LEGAL_REP_ID);
      await counterVerify(t, reviewer, second.number);
      data(await submit(t, applicant, second.id, key), 'submitLoanApplication');
      const third = await createDraft(t, applicant);
      await expectRefused(() => submit(t, applicant, third.id, key), 'CONFLICT', undefined, third.id);
      await expectRefused(() => submit(t, applicant, first.id), 'CONFLICT', undefined, first.id);
    });

    it('refuses a replayed draft creation with other parameters', async () => {
      const applicant = await applicantActor(t);
      const key = idempotencyKey();
      const input = { productId: BANK_PRODUCT_ID, amountFen: wan(20), termMonths: 12, idempotencyKey: key };
      const first = data(await gqlAs<{ createLoanApplication: ApplicationData }>(t, applicant.token, CREATE, { input }), 'createLoanApplication');
      const again = data(await gqlAs<{ createLoanApplication: ApplicationData }>(t, applicant.token, CREATE, { input }), 'createLoanApplication');
      expect(again.id).toBe(first.id);
      await expectRefused(() => gqlAs(t, applicant.token, CREATE, { input: { ...input, amountFen: wan(30) } }), 'CONFLICT');
    });
  });

  describe('amounts, terms and malformed input', () => {
    it('refuses amounts and terms outside the product on creation and approval', async () => {
      const applicant = await consentedApplicant(t);
      await expectRefused(
        () => gqlAs(t, applicant.token, CREATE, { input: { productId: BANK_PRODUCT_ID, amountFen: wan(1) - 1, termMonths: 2, idempotencyKey: idempotencyKey() } }),
        'BAD_USER_INPUT',
        ['input.amountFen', 'input.termMonths'],
      );
      await expectRefused(
        () => gqlAs(t, applicant.token, CREATE, { input: { productId: BANK_PRODUCT_ID, amountFen: wan(301), termMonths: 37, idempotencyKey: idempotencyKey() } }),
        'BAD_USER_INPUT',
        ['input.amountFen', 'input.termMonths'],
      );
      const application = await submitted(t, applicant, reviewer);
      await gqlAs(t, reviewer.token, ACCEPT, { id: application.id });
      await expectRefused(() => gqlAs(t, reviewer.token, APPROVE, { id: application.id, input: { ...APPROVAL, approvedAmountFen: wan(51) } }), 'BAD_USER_INPUT', ['input.approvedAmountFen'], application.id);
      await expectRefused(() => gqlAs(t, reviewer.token, APPROVE, { id: application.id, input: { ...APPROVAL, rateBp: 364 } }), 'BAD_USER_INPUT', ['input.rateBp'], application.id);
    });

    it('refuses fractional, string and negative amounts, bad ids, 10 KB texts and huge pages before any resolver', async () => {
      const applicant = await applicantActor(t);
      const draft = await createDraft(t, applicant);
      await expectRefused(() => gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: 100.5 } }), 'BAD_USER_INPUT', undefined, draft.id);
      await expectRefused(() => gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: '1000000' } }), 'BAD_USER_INPUT', undefined, draft.id);
      await expectRefused(() => gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { amountFen: -1 } }), 'BAD_USER_INPUT', ['input.amountFen'], draft.id);
      await expectRefused(() => gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { purpose: TEN_KB } }), 'BAD_USER_INPUT', ['input.purpose'], draft.id);
      await expectRefused(() => gqlAs(t, applicant.token, UPDATE_DRAFT, { id: 'not-a-uuid', input: {} }), 'BAD_USER_INPUT', ['id']);
      await expectRefused(() => gqlAs(t, applicant.token, CREATE, { input: { productId: BANK_PRODUCT_ID, idempotencyKey: 'short' } }), 'BAD_USER_INPUT', ['input.idempotencyKey']);
      await expectRefused(() => gqlAs(t, applicant.token, CREATE, { input: { productId: BANK_PRODUCT_ID, idempotencyKey: 'k'.repeat(10_000) } }), 'BAD_USER_INPUT', ['input.idempotencyKey']);
      await expectRefused(() => gqlAs(t, reviewer.token, REJECT, { id: draft.id, input: { reasonCode: 'OTHER', reasonText: TEN_KB } }), 'BAD_USER_INPUT', ['input.reasonText'], draft.id);
      await expectRefused(() => gqlAs(t, reviewer.token, QUEUE, { first: 1000 }), 'BAD_USER_INPUT', ['first']);
      await expectRefused(() => gqlAs(t, reviewer.token, QUEUE, { after: 'garbage' }), 'BAD_USER_INPUT', ['after']);
      await expectRefused(() => gqlAs(t, reviewer.token, QUEUE, { filter: { submittedFrom: 'yesterday' } }), 'BAD_USER_INPUT', ['filter.submittedFrom']);
      await expectRefused(() => gqlAs(t, reviewer.token, COUNTER, { input: { applicationNumber: draft.number, residentId: '110101199003070011', purpose: 'SUBMISSION' } }), 'BAD_USER_INPUT', ['input.residentId'], draft.id);
    });

    it('refuses ledger abuse: drawing down a term loan, over the line, repaying someone else’s drawdown, replaying a request with other parameters', async () => {
      const applicant = await consentedApplicant(t);
      const line = await signed(t, applicant, reviewer, { facilityType: LoanFacilityType.CREDIT_LINE });
      const key = idempotencyKey();
      const asked = data(await gqlAs<{ requestLoanDrawdown: { id: string } }>(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: line.id, amountFen: wan(10), termMonths: 6, idempotencyKey: key } }), 'requestLoanDrawdown');
      data(await gqlAs(t, reviewer.token, DISBURSE, { input: { applicationId: line.id, drawdownId: asked.id, bankReference: 'LINE0001' } }), 'recordLoanDisbursement');
      await expectRefused(() => gqlAs(t, reviewer.token, DISBURSE, { input: { applicationId: line.id, drawdownId: asked.id, bankReference: 'LINE0002' } }), 'BAD_USER_INPUT', ['input.drawdownId'], line.id);
      await expectRefused(() => gqlAs(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: line.id, amountFen: wan(11), termMonths: 6, idempotencyKey: key } }), 'CONFLICT', undefined, line.id);
      await expectRefused(() => gqlAs(t, applicant.token, REQUEST_DRAWDOWN, { input: { applicationId: line.id, amountFen: wan(41), termMonths: 6, idempotencyKey: idempotencyKey() } }), 'BAD_USER_INPUT', ['input.amountFen'], line.id);
      const other = await consentedApplicant(t);
      const term = await signed(t, other, reviewer);
      await expectRefused(() => gqlAs(t, other.token, REQUEST_DRAWDOWN, { input: { applicationId: term.id, amountFen: wan(10), termMonths: 6, idempotencyKey: idempotencyKey() } }), 'BAD_USER_INPUT', ['input.applicationId'], term.id);
      const drawdown = data(await gqlAs<{ recordLoanDisbursement: { id: string } }>(t, reviewer.token, DISBURSE, { input: { applicationId: term.id, bankReference: 'TERM0001' } }), 'recordLoanDisbursement');
      await expectRefused(() => gqlAs(t, applicant.token, REQUEST_REPAYMENT, { input: { applicationId: term.id, drawdownId: drawdown.id, kind: 'INSTALMENT', idempotencyKey: idempotencyKey() } }), 'FORBIDDEN', undefined, term.id);
      await expectRefused(() => gqlAs(t, applicant.token, REQUEST_REPAYMENT, { input: { applicationId: line.id, drawdownId: drawdown.id, kind: 'INSTALMENT', idempotencyKey: idempotencyKey() } }), 'NOT_FOUND', undefined, line.id);
      await expectRefused(() => gqlAs(t, other.token, REQUEST_REPAYMENT, { input: { applicationId: term.id, drawdownId: drawdown.id, kind: 'EARLY_PARTIAL', principalFen: wan(50), idempotencyKey: idempotencyKey() } }), 'BAD_USER_INPUT', ['input.principalFen'], term.id);
      await expectRefused(() => gqlAs(t, other.token, SIGN, { input: { applicationId: term.id, contractSha256: term.contract?.sha256, verificationPath: 'COUNTER' } }), 'CONFLICT', undefined, term.id);
    });
  });

  describe('a flood', () => {
    it('of submissions meets the per-user quota, and the refused ones change nothing', async () => {
      const applicant = await consentedApplicant(t);
      const draft = await createDraft(t, applicant);
      const answers = await Promise.all(Array.from({ length: 25 }, () => submit(t, applicant, draft.id)));
      const limited = answers.filter((answer) => errorCode(answer) === 'RATE_LIMITED');
      expect(limited.length).toBeGreaterThanOrEqual(15);
      expect(limited[0]?.errors?.[0]?.message).toMatch(/操作过于频繁/);
      expect(answers.every((answer) => ['RATE_LIMITED', 'BAD_USER_INPUT'].includes(errorCode(answer) ?? ''))).toBe(true);
      expect(await stored(t, draft.id)).toEqual({ state: LoanApplicationState.DRAFT, version: 1 });
    });

    it('of concurrent approvals and rejections of one application leaves one decision', async () => {
      const applicant = await consentedApplicant(t);
      const application = await submitted(t, applicant, reviewer);
      await gqlAs(t, reviewer.token, ACCEPT, { id: application.id });
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          index % 2 === 0
            ? gqlAs(t, reviewer.token, APPROVE, { id: application.id, input: APPROVAL })
            : gqlAs(t, reviewer.token, REJECT, { id: application.id, input: { reasonCode: 'OTHER', reasonText: '并发拒绝' } }),
        ),
      );
      expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
      expect(answers.filter((answer) => errorCode(answer) === 'CONFLICT')).toHaveLength(9);
      const detail = data(await gqlAs<{ loanApplication: { timeline: Array<{ action: string }> } }>(t, reviewer.token, DETAIL, { id: application.id }), 'loanApplication');
      expect(detail.timeline.filter((event) => event.action === 'APPROVE' || event.action === 'REJECT')).toHaveLength(1);
    });
  });

  it('a legal representative’s binding ended: the former representative can no longer act', async () => {
    const applicant = await consentedApplicant(t);
    const application = await submitted(t, applicant, reviewer);
    await t.dataSource.query('UPDATE enterprise_bindings SET deactivated_at = ? WHERE user_id = ?', [new Date().toISOString().replace('T', ' ').replace('Z', ''), applicant.userId]);
    await expectRefused(() => gqlAs(t, applicant.token, WITHDRAW, { id: application.id }), 'FORBIDDEN', undefined, application.id);
  });
});
