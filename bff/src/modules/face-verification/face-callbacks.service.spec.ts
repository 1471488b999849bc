import { createHmac } from 'node:crypto';
import type { AppConfig } from '../../infra/config/app-config';
import type { Clock } from '../../infra/clock/clock';
import { DomainException } from '../../infra/errors/domain.exception';
import type { FaceOutcomes } from './face-outcomes';
import type { FaceProviderClient, ProviderOrderView } from './face-provider.client';
import { FaceCallbacksService, certifyIdOf } from './face-callbacks.service';
import { FaceVerificationPurpose, FaceVerificationState, type FaceVerificationEntity } from './face-verification.entity';
import type { FaceVerificationsRepository } from './face-verifications.repository';

const SECRET = 'rongtong-dev-face-secret';
const NOW = new Date('2026-12-07T12:00:00.000Z');
const CERTIFY_ID = '0123456789abcdef0123456789abcdef';
const APPLICATION_ID = '0190c6f2-0000-7000-8000-000000000001';

function row(): FaceVerificationEntity {
  return {
    id: 'r1',
    certifyId: CERTIFY_ID,
    userId: '0190c6f2-0000-7000-8000-0000000000aa',
    applicationId: APPLICATION_ID,
    purpose: FaceVerificationPurpose.APPLY,
    state: FaceVerificationState.INIT,
    providerResult: null,
    scoreTenths: null,
    createdAt: NOW,
    expiresAt: new Date(NOW.getTime() + 600_000),
    finishedAt: null,
    updatedAt: NOW,
    version: 1,
  };
}

function callback(body: string, nonce: string, timestampMs = NOW.getTime()) {
  const timestamp = String(timestampMs);
  const signature = createHmac('sha256', SECRET).update(`${timestamp}\n${nonce}\n${body}`).digest('hex');
  return {
    headers: { 'x-face-merchant-id': 'rongtong-bff', 'x-face-timestamp': timestamp, 'x-face-nonce': nonce, 'x-face-signature': signature },
    raw: Buffer.from(body),
  };
}

function setup(view: ProviderOrderView | null) {
  const seen = new Set<string>();
  const stored = row();
  const applied: unknown[] = [];
  const repository = {
    useNonce: jest.fn(async (nonce: string) => (seen.has(nonce) ? false : (seen.add(nonce), true))),
    pruneNonces: jest.fn(async () => undefined),
    findByCertifyId: jest.fn(async () => stored),
  };
  const provider = { queryOrder: jest.fn(async () => view) };
  const outcomes = {
    apply: jest.fn(async (target: FaceVerificationEntity, changes: Partial<FaceVerificationEntity>) => {
      applied.push(changes);
      return Object.assign(target, changes);
    }),
  };
  const config = { faceVerification: { merchantId: 'rongtong-bff', secret: SECRET } } as unknown as AppConfig;
  const clock = { now: () => NOW } as Clock;
  const service = new FaceCallbacksService(
    config,
    repository as unknown as FaceVerificationsRepository,
    outcomes as unknown as FaceOutcomes,
    provider as unknown as FaceProviderClient,
    clock,
  );
  return { service, repository, provider, applied, stored };
}

const BODY = JSON.stringify({ certifyId: CERTIFY_ID, businessReference: `${APPLICATION_ID}:APPLY`, result: 'PASSED', score: 95 });
const FAILED_VIEW: ProviderOrderView = {
  certifyId: CERTIFY_ID,
  businessReference: `${APPLICATION_ID}:APPLY`,
  state: 'FAILED',
  result: 'FAILED',
  score: 41.5,
  finishedAt: '2026-12-07T11:59:00.000Z',
  expiresAt: '2026-12-07T12:10:00.000Z',
};

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof DomainException ? error.code : 'UNEXPECTED';
  }
}

describe('FaceCallbacksService', () => {
  it('records what the provider says, not what the callback claims', async () => {
    const { service, applied } = setup(FAILED_VIEW);
    const { headers, raw } = callback(BODY, 'n'.repeat(32));
    await expect(service.receive(headers, raw)).resolves.toEqual({ status: 200, outcome: 'APPLIED' });
    expect(applied).toEqual([{ state: FaceVerificationState.FAILED, providerResult: 'FAILED', scoreTenths: 415, finishedAt: new Date(FAILED_VIEW.finishedAt!) }]);
  });

  it('refuses a reused nonce before asking the provider or changing anything', async () => {
    const { service, provider, applied } = setup(FAILED_VIEW);
    const { headers, raw } = callback(BODY, 'r'.repeat(32));
    await service.receive(headers, raw);
    provider.queryOrder.mockClear();
    applied.length = 0;
    expect(await codeOf(service.receive(headers, raw))).toBe('CONFLICT');
    expect(provider.queryOrder).not.toHaveBeenCalled();
    expect(applied).toEqual([]);
  });

  it('records no nonce for a forged or stale callback', async () => {
    const { service, repository } = setup(FAILED_VIEW);
    const forged = callback(BODY, 'f'.repeat(32));
    expect(await codeOf(service.receive({ ...forged.headers, 'x-face-signature': '0'.repeat(64) }, forged.raw))).toBe('UNAUTHENTICATED');
    const stale = callback(BODY, 's'.repeat(32), NOW.getTime() - 5 * 60_000 - 1);
    expect(await codeOf(service.receive(stale.headers, stale.raw))).toBe('UNAUTHENTICATED');
    expect(repository.useNonce).not.toHaveBeenCalled();
  });

  it('answers 409 without a change while the provider has no result, and refuses an order it does not confirm', async () => {
    const open = setup({ ...FAILED_VIEW, state: 'INIT', result: null, score: null, finishedAt: null });
    const first = callback(BODY, 'o'.repeat(32));
    expect(await codeOf(open.service.receive(first.headers, first.raw))).toBe('CONFLICT');
    expect(open.applied).toEqual([]);
    const unknown = setup({ ...FAILED_VIEW, businessReference: 'someone-else:APPLY' });
    const second = callback(BODY, 'u'.repeat(32));
    expect(await codeOf(unknown.service.receive(second.headers, second.raw))).toBe('CONFLICT');
    expect(unknown.applied).toEqual([]);
  });

  it('reads the certify id only from a JSON object', () => {
    expect(certifyIdOf(Buffer.from(BODY))).toBe(CERTIFY_ID);
    expect(certifyIdOf(Buffer.from('[1]'))).toBeNull();
    expect(certifyIdOf(Buffer.from('{"certifyId":"../../etc"}'))).toBeNull();
    expect(certifyIdOf(Buffer.from('{'))).toBeNull();
  });
});
