import { buildMockServer, EXPIRED_ID, listSampleCards, type SampleCard } from '@rongtong/mock-server';
import type { FastifyInstance } from 'fastify';
import { createHmac, randomBytes } from 'node:crypto';
import request from 'supertest';
import { gqlAs } from './auth';
import { applicantActor, createDraft, data, loanConsent, type Applicant, type ApplicationData } from './applications';
import { upload } from './files';
import { freePort } from './free-port';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app';

/** The development merchant both sides use outside production. */
export const MERCHANT = { merchantId: 'rongtong-bff', secret: 'rongtong-dev-face-secret' };
export const CALLBACK_PATH = '/api/callbacks/face-verification';

export interface FaceMock {
  server: FastifyInstance;
  url: string;
  /** Moves the provider's clock (expiry) by this many milliseconds. */
  offsetMs: number;
  close(): Promise<void>;
}

/** mock-server in-process with fast callback retries and a provider clock the test can move. */
export async function startFaceMock(): Promise<FaceMock> {
  const mock: Partial<FaceMock> = { offsetMs: 0 };
  const server = buildMockServer({
    logger: false,
    delivery: { retry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 8, attemptTimeoutMs: 10_000 } },
    face: { nowMs: () => Date.now() + (mock.offsetMs ?? 0) },
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return Object.assign(mock, { server, url, close: () => server.close() }) as FaceMock;
}

/** A BFF listening on a real port (the provider calls it back) whose provider is the given mock. */
export async function createFaceTestApp(mock: FaceMock, options: Omit<TestAppOptions, 'env'>): Promise<TestApp & { port: number }> {
  const port = await freePort();
  const t = await createTestApp({
    ...options,
    env: { MOCK_SERVER_URL: mock.url, FACE_PROVIDER_BASE_URL: mock.url, FACE_CALLBACK_URL: `http://127.0.0.1:${port}${CALLBACK_PATH}`, FACE_PROVIDER_TIMEOUT_MS: '10000' },
  });
  await t.app.listen(port, '127.0.0.1');
  return Object.assign(t, { port });
}

export const FACE_FIELDS = 'certifyId applicationId purpose state score createdAt expiresAt finishedAt';
export const CONSENT_AGREEMENT = 'query { biometricConsentAgreement { version title text sha256 acceptedAt } }';
export const ACCEPT_CONSENT = 'mutation($input: AcceptBiometricConsentInput!) { acceptBiometricConsent(input: $input) { version sha256 acceptedAt } }';
export const RECOGNIZE = 'mutation($input: RecognizeIdCardInput!) { recognizeIdCard(input: $input) { side nameMasked residentIdMasked validTo recognizedAt } }';
export const START = 'mutation($input: StartFaceVerificationInput!) { startFaceVerification(input: $input) { certifyId verifyUrl expiresAt } }';
export const READ = `query($c: String!) { faceVerification(certifyId: $c) { ${FACE_FIELDS} } }`;

export interface FaceData {
  certifyId: string;
  applicationId: string;
  purpose: string;
  state: string;
  score: number | null;
  finishedAt: string | null;
  expiresAt: string;
}

/** The first test identity's card: the applicant whose identity matches it. */
export function ownSample(): SampleCard {
  const sample = listSampleCards().find((card) => card.kind === 'TEST_IDENTITY');
  if (!sample) throw new Error('mock-server has no test identity card');
  return sample;
}

export function sample(identityId: string): SampleCard {
  const found = listSampleCards().find((card) => card.identityId === identityId);
  if (!found) throw new Error(`no sample card ${identityId}`);
  return found;
}

export async function samplePng(mock: FaceMock, identityId: string, side: 'front' | 'back'): Promise<Buffer> {
  const response = await fetch(`${mock.url}/ocr/v1/samples/${identityId}/${side}.png`);
  if (response.status !== 200) throw new Error(`sample ${identityId}/${side}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** An applicant whose real-name identity is the card's holder, with a loan consent, and a draft. */
export async function applicantWithDraft(t: TestApp, card: SampleCard = ownSample()): Promise<{ applicant: Applicant; draft: ApplicationData }> {
  const actor = await applicantActor(t, { displayName: card.card.front.name, residentId: card.card.front.residentId });
  const applicant: Applicant = { ...actor, consent: await loanConsent(t, actor) };
  return { applicant, draft: await createDraft(t, applicant) };
}

export async function uploadCard(t: TestApp, mock: FaceMock, token: string, identityId: string, side: 'front' | 'back'): Promise<string> {
  const answer = await upload(t, token, await samplePng(mock, identityId, side), `${side}.png`, 'LOAN_MATERIAL');
  if (answer.status !== 201 || !answer.body.id) throw new Error(`upload refused: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

export function recognize(t: TestApp, token: string, applicationId: string, side: 'FRONT' | 'BACK', fileId: string) {
  return gqlAs<{ recognizeIdCard: { side: string; nameMasked: string | null; validTo: string | null } }>(t, token, RECOGNIZE, { input: { applicationId, side, fileId } });
}

export async function acceptConsent(t: TestApp, token: string): Promise<void> {
  const agreement = data(await gqlAs<{ biometricConsentAgreement: { version: string; sha256: string } }>(t, token, CONSENT_AGREEMENT), 'biometricConsentAgreement');
  data(await gqlAs(t, token, ACCEPT_CONSENT, { input: { version: agreement.version, sha256: agreement.sha256 } }), 'acceptBiometricConsent');
}

/** ID card both sides recognised and the biometric consent given: ready to start a verification for APPLY. */
export async function readyForFace(t: TestApp, mock: FaceMock, card: SampleCard = ownSample()): Promise<{ applicant: Applicant; draft: ApplicationData }> {
  const ready = await applicantWithDraft(t, card);
  for (const side of ['front', 'back'] as const) {
    const fileId = await uploadCard(t, mock, ready.applicant.token, card.identityId, side);
    data(await recognize(t, ready.applicant.token, ready.draft.id, side === 'front' ? 'FRONT' : 'BACK', fileId), 'recognizeIdCard');
  }
  await acceptConsent(t, ready.applicant.token);
  return ready;
}

export function start(t: TestApp, token: string | null, applicationId: string, purpose = 'APPLY') {
  return gqlAs<{ startFaceVerification: { certifyId: string; verifyUrl: string; expiresAt: string } }>(t, token, START, { input: { applicationId, purpose } });
}

export async function readFace(t: TestApp, token: string, certifyId: string): Promise<FaceData> {
  return data(await gqlAs<{ faceVerification: FaceData }>(t, token, READ, { c: certifyId }), 'faceVerification');
}

/** The admin hook: the person "presses" a button on the verify page; the provider then calls back. */
export async function decide(mock: FaceMock, certifyId: string, result: 'PASSED' | 'FAILED' | 'LIVENESS_FAILED', score?: number): Promise<void> {
  const response = await fetch(`${mock.url}/_admin/face/orders/${certifyId}/result`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(score === undefined ? { result } : { result, score }),
  });
  if (response.status !== 200) throw new Error(`result refused: ${await response.text()}`);
}

/** Polls until the verification is final (the callback processed) or the time is up. */
export async function untilFinal(t: TestApp, token: string, certifyId: string, timeoutMs = 10_000): Promise<FaceData> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const face = await readFace(t, token, certifyId);
    if (['PASSED', 'FAILED', 'EXPIRED'].includes(face.state) || Date.now() > deadline) return face;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface SignedCallback {
  headers: Record<string, string>;
  body: string;
}

/** A callback signed as the provider signs it (or with another key / an old timestamp / a given nonce). */
export function signedCallback(payload: unknown, options: { secret?: string; timestampMs?: number; nonce?: string; merchantId?: string } = {}): SignedCallback {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const timestamp = String(options.timestampMs ?? Date.now());
  const nonce = options.nonce ?? randomBytes(16).toString('hex');
  const signature = createHmac('sha256', options.secret ?? MERCHANT.secret).update(`${timestamp}\n${nonce}\n${body}`).digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-face-merchant-id': options.merchantId ?? MERCHANT.merchantId,
      'x-face-timestamp': timestamp,
      'x-face-nonce': nonce,
      'x-face-signature': signature,
    },
  };
}

export function postCallback(t: TestApp, callback: SignedCallback) {
  return request(t.http).post(CALLBACK_PATH).set(callback.headers).send(callback.body);
}

export function callbackPayload(certifyId: string, applicationId: string, result: string, purpose = 'APPLY') {
  return { certifyId, businessReference: `${applicationId}:${purpose}`, result, score: result === 'PASSED' ? 92.5 : 41.2, finishedAt: new Date().toISOString() };
}

export { EXPIRED_ID };

/** Result events of one verification in the outbox. */
export async function resultEvents(t: TestApp, certifyId?: string): Promise<Array<{ certifyId: string; state: string }>> {
  const rows: Array<{ payload: string }> = await t.dataSource.query(`SELECT payload FROM outbox_events WHERE topic = 'face-verification.result'`);
  return rows
    .map((row) => JSON.parse(row.payload) as { certifyId: string; state: string })
    .filter((event) => certifyId === undefined || event.certifyId === certifyId);
}
