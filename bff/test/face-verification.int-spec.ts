import { ErrorCode } from '@rongtong/shared';
import { Clock } from '../src/infra/clock/clock';
import { FaceCallbacksService } from '../src/modules/face-verification/face-callbacks.service';
import { FaceVerificationService } from '../src/modules/face-verification/face-verification.service';
import { FileSweeper } from '../src/modules/files/file-sweeper';
import { gqlAs } from './support/auth';
import { data, READINESS, UPDATE_DRAFT } from './support/applications';
import {
  callbackPayload,
  createFaceTestApp,
  decide,
  EXPIRED_ID,
  ownSample,
  postCallback,
  readFace,
  readyForFace,
  recognize,
  resultEvents,
  sample,
  signedCallback,
  start,
  startFaceMock,
  untilFinal,
  uploadCard,
  applicantWithDraft,
  acceptConsent,
  type FaceMock,
} from './support/face-verification';
import { liveClient, liveUrl, sleep, type LiveClient } from './support/live';
import { DIALECTS, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

async function settle(mock: FaceMock): Promise<void> {
  await mock.server.mock.callbacks.drain();
}

describe.each(DIALECTS)('face verification and ID-card recognition (%s)', (dialect) => {
  let mock: FaceMock;
  let t: TestApp;

  beforeAll(async () => {
    mock = await startFaceMock();
    t = await createFaceTestApp(mock, { dialect });
  });

  afterAll(async () => {
    await mock?.close();
    await t?.close();
  });

  afterEach(() => {
    mock.offsetMs = 0;
    mock.server.mock.deliveryFaults.clear();
    jest.restoreAllMocks();
  });

  it('start → the person passes → signed callback → confirmed with the provider → PASSED, and submission readiness sees it', async () => {
    const { applicant, draft } = await readyForFace(t, mock);
    data(await gqlAs(t, applicant.token, UPDATE_DRAFT, { id: draft.id, input: { verificationPath: 'FACE' } }), 'updateLoanApplicationDraft');
    const before = data(await gqlAs<{ submissionReadiness: { faceVerificationAvailable: boolean; preconditions: Array<{ precondition: string; met: boolean }> } }>(t, applicant.token, READINESS, { id: draft.id }), 'submissionReadiness');
    expect(before.faceVerificationAvailable).toBe(true);
    expect(before.preconditions.find((p) => p.precondition === 'IDENTITY_VERIFICATION')?.met).toBe(false);

    const order = data(await start(t, applicant.token, draft.id), 'startFaceVerification');
    expect(order.certifyId).toMatch(/^[0-9a-f]{32}$/);
    expect(order.verifyUrl).toContain('/face/h5/');
    expect((await readFace(t, applicant.token, order.certifyId)).state).toBe('INIT');

    await decide(mock, order.certifyId, 'PASSED', 93.4);
    const face = await untilFinal(t, applicant.token, order.certifyId);
    expect(face).toMatchObject({ state: 'PASSED', score: 93.4, applicationId: draft.id, purpose: 'APPLY' });
    await settle(mock);
    expect(await resultEvents(t, order.certifyId)).toEqual([expect.objectContaining({ certifyId: order.certifyId, state: 'PASSED' })]);

    const after = data(await gqlAs<{ submissionReadiness: { preconditions: Array<{ precondition: string; met: boolean }> } }>(t, applicant.token, READINESS, { id: draft.id }), 'submissionReadiness');
    expect(after.preconditions.find((p) => p.precondition === 'IDENTITY_VERIFICATION')?.met).toBe(true);

    const audited: Array<{ action: string; result: string }> = await t.dataSource.query(
      'SELECT action, result FROM audit_logs WHERE actor_id = ? ORDER BY seq',
      [applicant.userId],
    );
    expect(audited.map((entry) => entry.action).filter((action) => action !== 'DATA_CONSENT_GRANTED' && !action.startsWith('LOAN_') && action !== 'FILE_UPLOADED')).toEqual([
      'ID_CARD_RECOGNIZED',
      'ID_CARD_RECOGNIZED',
      'BIOMETRIC_CONSENT_ACCEPTED',
      'FACE_VERIFICATION_STARTED',
    ]);
  });

  it('delivers the confirmed result live to the applicant only, once', async () => {
    const owner = await readyForFace(t, mock);
    const intruder = await readyForFace(t, mock);
    const order = data(await start(t, owner.applicant.token, owner.draft.id), 'startFaceVerification');
    const url = await liveUrl(t.http);
    const clients: LiveClient[] = [liveClient(url, { accessToken: owner.applicant.token }), liveClient(url, { accessToken: intruder.applicant.token })];
    try {
      await Promise.all(clients.map((client) => client.acknowledged));
      const query = 'subscription($c: String!) { faceVerificationResult(certifyId: $c) { eventId topic verification { certifyId state score purpose } } }';
      type Result = { faceVerificationResult: { topic: string; verification: { certifyId: string; state: string; score: number | null; purpose: string } } };
      const mine = clients[0]!.subscribe<Result>(query, { c: order.certifyId }).received;
      const theirs = clients[1]!.subscribe<Result>(query, { c: order.certifyId }).received;
      await sleep(200);
      mock.server.mock.deliveryFaults.set({ duplicate: 2, times: 1 });
      await decide(mock, order.certifyId, 'PASSED', 90.1);
      await mine.untilData(1);
      await settle(mock);
      await sleep(300);
      expect(mine.data.map((d) => d.faceVerificationResult)).toEqual([
        expect.objectContaining({ topic: 'face-verification.result', verification: { certifyId: order.certifyId, state: 'PASSED', score: 90.1, purpose: 'APPLY' } }),
      ]);
      expect(theirs.data).toEqual([]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('refuses to start without the biometric consent, and APPLY without a recognised ID card', async () => {
    const { applicant, draft } = await applicantWithDraft(t);
    const noConsent = await start(t, applicant.token, draft.id);
    expect(noConsent.errors?.[0]?.extensions?.code).toBe(ErrorCode.BIOMETRIC_CONSENT_REQUIRED);
    await acceptConsent(t, applicant.token);
    const noCard = await start(t, applicant.token, draft.id);
    expect(noCard.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect(noCard.errors?.[0]?.message).toContain('身份证');
    const stale = await gqlAs(t, applicant.token, 'mutation($input: AcceptBiometricConsentInput!) { acceptBiometricConsent(input: $input) { version } }', {
      input: { version: '2020-01-01', sha256: '0'.repeat(64) },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('a callback saying PASSED while the provider says FAILED records FAILED', async () => {
    const { applicant, draft } = await readyForFace(t, mock);
    const order = data(await start(t, applicant.token, draft.id), 'startFaceVerification');
    mock.server.mock.deliveryFaults.set({ drop: true, times: 1 });
    await decide(mock, order.certifyId, 'FAILED', 35.5);
    await settle(mock);
    expect((await readFace(t, applicant.token, order.certifyId)).state).toBe('INIT');
    const lie = await postCallback(t, signedCallback(callbackPayload(order.certifyId, draft.id, 'PASSED')));
    expect(lie.status).toBe(200);
    const face = await readFace(t, applicant.token, order.certifyId);
    expect(face).toMatchObject({ state: 'FAILED', score: 35.5 });
    expect(await resultEvents(t, order.certifyId)).toHaveLength(1);
  });

  it('forged, stale and replayed callbacks are refused with no change', async () => {
    const { applicant, draft } = await readyForFace(t, mock);
    const order = data(await start(t, applicant.token, draft.id), 'startFaceVerification');
    mock.server.mock.deliveryFaults.set({ drop: true, times: 1 });
    await decide(mock, order.certifyId, 'PASSED');
    await settle(mock);
    const payload = callbackPayload(order.certifyId, draft.id, 'PASSED');

    const forged = await postCallback(t, signedCallback(payload, { secret: 'not-the-merchant-secret' }));
    expect(forged.status).toBe(401);
    const otherMerchant = await postCallback(t, signedCallback(payload, { merchantId: 'someone-else' }));
    expect(otherMerchant.status).toBe(401);
    const stale = await postCallback(t, signedCallback(payload, { timestampMs: Date.now() - 6 * 60_000 }));
    expect(stale.status).toBe(401);
    const future = await postCallback(t, signedCallback(payload, { timestampMs: Date.now() + 6 * 60_000 }));
    expect(future.status).toBe(401);
    const tampered = signedCallback(payload);
    const altered = await postCallback(t, { ...tampered, body: tampered.body.replace('PASSED', 'FAILED') });
    expect(altered.status).toBe(401);
    expect((await readFace(t, applicant.token, order.certifyId)).state).toBe('INIT');
    expect(await resultEvents(t, order.certifyId)).toHaveLength(0);

    const genuine = signedCallback(payload);
    expect((await postCallback(t, genuine)).status).toBe(200);
    const replay = await postCallback(t, genuine);
    expect(replay.status).toBe(409);
    expect((await readFace(t, applicant.token, order.certifyId)).state).toBe('PASSED');
    expect(await resultEvents(t, order.certifyId)).toHaveLength(1);
  });

  it('while the provider cannot be queried the callback is answered 503 with no change, and its retry is applied', async () => {
    const { applicant, draft } = await readyForFace(t, mock);
    const order = data(await start(t, applicant.token, draft.id), 'startFaceVerification');
    const setRules = (rules: unknown[]) => fetch(`${mock.url}/_admin/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules) });
    expect((await setRules([{ route: '/face/v1/orders/*', errorRate: 1, times: 2 }])).status).toBe(200);
    try {
      const seen: number[] = [];
      const callbacks = t.app.get(FaceCallbacksService);
      const receive = callbacks.receive.bind(callbacks);
      jest.spyOn(callbacks, 'receive').mockImplementation(async (headers, rawBody) => {
        try {
          const answer = await receive(headers, rawBody);
          seen.push(200);
          return answer;
        } catch (error) {
          seen.push((error as { code?: string }).code === 'SERVICE_UNAVAILABLE' ? 503 : 0);
          throw error;
        }
      });
      await decide(mock, order.certifyId, 'PASSED');
      await settle(mock);
      expect(seen).toEqual([503, 503, 200]);
      expect((await readFace(t, applicant.token, order.certifyId)).state).toBe('PASSED');
      expect(await resultEvents(t, order.certifyId)).toHaveLength(1);
    } finally {
      await setRules([]);
    }
  });

  it('duplicate and replayed deliveries of one outcome raise exactly one event', async () => {
    const { applicant, draft } = await readyForFace(t, mock);
    const order = data(await start(t, applicant.token, draft.id), 'startFaceVerification');
    mock.server.mock.deliveryFaults.set({ duplicate: 3, replay: 2, times: 1 });
    await decide(mock, order.certifyId, 'LIVENESS_FAILED');
    await settle(mock);
    expect(await readFace(t, applicant.token, order.certifyId)).toMatchObject({ state: 'FAILED', score: 0 });
    expect(await resultEvents(t, order.certifyId)).toEqual([expect.objectContaining({ state: 'FAILED' })]);
  });

  it('an order not finished in 10 minutes becomes EXPIRED on read and by the sweep, once', async () => {
    const first = await readyForFace(t, mock);
    const second = await readyForFace(t, mock);
    const a = data(await start(t, first.applicant.token, first.draft.id), 'startFaceVerification');
    const b = data(await start(t, second.applicant.token, second.draft.id), 'startFaceVerification');
    const later = new Date(Date.now() + 11 * 60_000);
    mock.offsetMs = 11 * 60_000;
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(later));
    expect((await readFace(t, first.applicant.token, a.certifyId)).state).toBe('EXPIRED');
    expect(await t.app.get(FaceVerificationService).expireOverdue()).toBe(1);
    expect((await readFace(t, second.applicant.token, b.certifyId)).state).toBe('EXPIRED');
    expect(await t.app.get(FaceVerificationService).expireOverdue()).toBe(0);
    expect(await resultEvents(t, a.certifyId)).toHaveLength(1);
    expect(await resultEvents(t, b.certifyId)).toHaveLength(1);
    const tooLate = await fetch(`${mock.url}/_admin/face/orders/${a.certifyId}/result`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"result":"PASSED"}' });
    expect(tooLate.status).toBe(409);
  });

  it('ID card: the applicant\'s own card is recognised; another person\'s card and an expired card are refused and recorded', async () => {
    const own = ownSample();
    const { applicant, draft } = await applicantWithDraft(t, own);
    const front = data(await recognize(t, applicant.token, draft.id, 'FRONT', await uploadCard(t, mock, applicant.token, own.identityId, 'front')), 'recognizeIdCard');
    expect(front.nameMasked).toMatch(/^.\*+$/);
    const back = data(await recognize(t, applicant.token, draft.id, 'BACK', await uploadCard(t, mock, applicant.token, own.identityId, 'back')), 'recognizeIdCard');
    expect(back.side).toBe('BACK');

    const other = await recognize(t, applicant.token, draft.id, 'FRONT', await uploadCard(t, mock, applicant.token, 'other-person', 'front'));
    expect(other.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(other.errors?.[0]?.message).toContain('不一致');
    // The latest front is now another person's: face verification for APPLY is refused until the own card is read again.
    await acceptConsent(t, applicant.token);
    expect((await start(t, applicant.token, draft.id)).errors?.[0]?.message).toContain('身份证');

    const wrongSide = await recognize(t, applicant.token, draft.id, 'FRONT', await uploadCard(t, mock, applicant.token, own.identityId, 'back'));
    expect(wrongSide.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);

    const holder = sample(EXPIRED_ID);
    const expiredOwner = await applicantWithDraft(t, holder);
    const expired = await recognize(t, expiredOwner.applicant.token, expiredOwner.draft.id, 'BACK', await uploadCard(t, mock, expiredOwner.applicant.token, EXPIRED_ID, 'back'));
    expect(expired.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(expired.errors?.[0]?.message).toContain('过期');
    const rows: Array<{ outcome: string }> = await t.dataSource.query('SELECT outcome FROM face_id_card_checks WHERE user_id IN (?, ?) ORDER BY created_at, id', [applicant.userId, expiredOwner.applicant.userId]);
    expect(rows.map((row) => row.outcome)).toEqual(['MATCHED', 'MATCHED', 'MISMATCH', 'UNREADABLE', 'EXPIRED']);

    // The recognised photos are referenced: the abandoned-upload sweep keeps them, and removes a photo never recognised.
    const neverRecognised = await uploadCard(t, mock, applicant.token, own.identityId, 'front');
    const later = new Date(Date.now() + 100 * 3_600_000);
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(later));
    const swept = await t.app.get(FileSweeper).sweep(1000);
    expect(swept).toContain(neverRecognised);
    const recognised: Array<{ file_id: string }> = await t.dataSource.query('SELECT file_id FROM face_id_card_checks WHERE user_id = ?', [applicant.userId]);
    expect(recognised).toHaveLength(4);
    for (const { file_id: fileId } of recognised) expect(swept).not.toContain(fileId);
  });
});

describe('the callback on the Express platform (rawBody through its JSON parser)', () => {
  let mock: FaceMock;
  let t: TestApp;

  beforeAll(async () => {
    mock = await startFaceMock();
    t = await createFaceTestApp(mock, { dialect: 'sqlite', platform: 'express' });
  });

  afterAll(async () => {
    await mock?.close();
    await t?.close();
  });

  it('checks the signature over the bytes as sent and confirms with the provider', async () => {
    const { applicant, draft } = await readyForFace(t, mock);
    const order = data(await start(t, applicant.token, draft.id), 'startFaceVerification');
    mock.server.mock.deliveryFaults.set({ drop: true, times: 1 });
    await decide(mock, order.certifyId, 'PASSED', 88.8);
    await settle(mock);
    // Spaced JSON: re-serialising the parsed body would not give these bytes back.
    const spaced = JSON.stringify(callbackPayload(order.certifyId, draft.id, 'PASSED'), null, 2);
    expect((await postCallback(t, signedCallback(spaced, { secret: 'forged-secret' }))).status).toBe(401);
    expect((await postCallback(t, signedCallback(spaced))).status).toBe(200);
    expect(await readFace(t, applicant.token, order.certifyId)).toMatchObject({ state: 'PASSED', score: 88.8 });
  });
});
