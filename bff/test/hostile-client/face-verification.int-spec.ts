import { ErrorCode, Role } from '@rongtong/shared';
import request from 'supertest';
import { multipliedQuotas, RATE_LIMIT_QUOTAS } from '../../src/infra/rate-limit/rate-limit-quotas';
import { gqlAs, signedInUser } from '../support/auth';
import { data } from '../support/applications';
import {
  acceptConsent,
  applicantWithDraft,
  CALLBACK_PATH,
  callbackPayload,
  createFaceTestApp,
  postCallback,
  READ,
  readFace,
  readyForFace,
  recognize,
  signedCallback,
  start,
  startFaceMock,
  uploadCard,
  ownSample,
  type FaceMock,
} from '../support/face-verification';
import { DIALECTS, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * Hostile clients of face verification: other people's applications and verifications, staff and anonymous callers,
 * malformed ids, a flood of starts (the tight per-user quota), and callbacks that are oversized, malformed, unsigned
 * or about orders that do not exist — each refused with nothing written and the process still answering.
 */
describe.each(DIALECTS)('hostile clients of face verification (%s)', (dialect) => {
  let mock: FaceMock;
  let t: TestApp;

  beforeAll(async () => {
    mock = await startFaceMock();
    // Production's per-user quota for starting verifications; everything else (the per-IP quotas included: the whole
    // suite comes from one address) far above what the suite sends.
    const many = multipliedQuotas(RATE_LIMIT_QUOTAS, 1000);
    const quotas = { ...many, faceVerificationStart: { ...many.faceVerificationStart, perUser: RATE_LIMIT_QUOTAS.faceVerificationStart.perUser } };
    t = await createFaceTestApp(mock, { dialect, rateLimit: { quotas } });
  });

  afterAll(async () => {
    await mock?.close();
    await t?.close();
  });

  async function orderCount(): Promise<number> {
    const [row] = await t.dataSource.query('SELECT COUNT(*) AS n FROM face_verifications');
    return Number((row as { n: number | string }).n);
  }

  it('another applicant cannot start, recognise or read for an application or verification that is not theirs', async () => {
    const owner = await readyForFace(t, mock);
    const order = data(await start(t, owner.applicant.token, owner.draft.id), 'startFaceVerification');
    const intruder = await applicantWithDraft(t);
    await acceptConsent(t, intruder.applicant.token);
    const before = await orderCount();

    const startOther = await start(t, intruder.applicant.token, owner.draft.id);
    expect(startOther.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const fileId = await uploadCard(t, mock, intruder.applicant.token, ownSample().identityId, 'front');
    const recogniseOther = await recognize(t, intruder.applicant.token, owner.draft.id, 'FRONT', fileId);
    expect(recogniseOther.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const readOther = await gqlAs(t, intruder.applicant.token, READ, { c: order.certifyId });
    expect(readOther.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    // The owner's upload is not the intruder's to send to the OCR either.
    const ownersFile = await uploadCard(t, mock, owner.applicant.token, ownSample().identityId, 'front');
    const borrowed = await recognize(t, intruder.applicant.token, intruder.draft.id, 'FRONT', ownersFile);
    expect(borrowed.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await orderCount()).toBe(before);
  });

  it('staff and anonymous callers are refused; malformed ids are field errors', async () => {
    const owner = await applicantWithDraft(t);
    const staff = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['REVIEWER'] });
    expect((await start(t, staff.tokens.accessToken, owner.draft.id)).errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await start(t, null, owner.draft.id)).errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const malformed = await start(t, owner.applicant.token, 'not-a-uuid');
    expect(malformed.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(malformed.errors?.[0]?.extensions?.fields?.[0]?.field).toContain('applicationId');
    const badCertify = await gqlAs(t, owner.applicant.token, READ, { c: "' OR 1=1 --" });
    expect(badCertify.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    const unknown = await gqlAs(t, owner.applicant.token, READ, { c: '0'.repeat(32) });
    expect(unknown.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('a flood of starts meets the per-user quota: only the quota reaches the provider', async () => {
    const owner = await readyForFace(t, mock); // two recognitions already count against the quota
    const before = await orderCount();
    const answers = await Promise.all(Array.from({ length: 10 }, () => start(t, owner.applicant.token, owner.draft.id)));
    const started = answers.filter((answer) => answer.data?.startFaceVerification);
    const limited = answers.filter((answer) => answer.errors?.[0]?.extensions?.code === ErrorCode.RATE_LIMITED);
    expect(started).toHaveLength(RATE_LIMIT_QUOTAS.faceVerificationStart.perUser!.points - 2);
    expect(limited).toHaveLength(10 - started.length);
    expect(await orderCount()).toBe(before + started.length);
  });

  it('callbacks that are oversized, malformed, unsigned, of another content type or about unknown orders change nothing', async () => {
    const other = await readyForFace(t, mock);
    const order = data(await start(t, other.applicant.token, other.draft.id), 'startFaceVerification');
    const payload = callbackPayload(order.certifyId, other.draft.id, 'PASSED');

    const oversized = signedCallback({ ...payload, padding: 'x'.repeat(8 * 1024) });
    expect((await postCallback(t, oversized)).status).toBe(413);
    const huge = signedCallback({ ...payload, padding: 'x'.repeat(2 * 1024 * 1024) });
    expect((await postCallback(t, huge)).status).toBe(413);
    const malformed = signedCallback('{"certifyId": "');
    expect((await postCallback(t, malformed)).status).toBe(400);
    const notAnObject = signedCallback('["certifyId"]');
    expect((await postCallback(t, notAnObject)).status).toBe(400);
    const unsigned = await request(t.http).post(CALLBACK_PATH).set('content-type', 'application/json').send(JSON.stringify(payload));
    expect(unsigned.status).toBe(401);
    const text = signedCallback(payload);
    const asText = await request(t.http).post(CALLBACK_PATH).set({ ...text.headers, 'content-type': 'text/plain' }).send(text.body);
    expect(asText.status).toBeGreaterThanOrEqual(400);
    expect(asText.status).toBeLessThan(500);
    const unknownOrder = signedCallback(callbackPayload('f'.repeat(32), other.draft.id, 'PASSED'));
    expect((await postCallback(t, unknownOrder)).status).toBe(404);
    // A genuine callback for an order the provider has not finished: the provider does not confirm it.
    const premature = signedCallback(payload);
    expect((await postCallback(t, premature)).status).toBe(409);

    expect((await readFace(t, other.applicant.token, order.certifyId)).state).toBe('INIT');
    expect((await request(t.http).get('/healthz')).status).toBe(200);
  });
});
