import { Role } from '@rongtong/shared';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { RATE_LIMIT_QUOTAS, type RateLimitQuotas } from '../../src/infra/rate-limit/rate-limit-quotas';
import { AuditAction } from '../../src/modules/audit/audit-action';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { StoredFileEntity } from '../../src/modules/files/stored-file.entity';
import { DEMO_PASSWORD } from '../../src/seed/data/accounts';
import { signedInUser, signIn } from '../support/auth';
import { pngBytes } from '../support/files';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * Scripts that log in, refresh or upload far faster than a person are refused with 429 before anything
 * runs — counted per client IP and per account — while the staff member whose username they hammer still
 * signs in from her own address. Without rate limits every one of these requests reached the resolvers.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step auth { accessToken } } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }';
const VERIFY_TOTP = 'mutation($c: String!) { staffVerifyTotp(challengeToken: $c, code: "000000") { step } }';
const ADMIN = 'yinghuai-admin';

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

const uniquePrefix = () => `rongtong-test:${randomBytes(6).toString('hex')}`;

async function post(t: TestApp, body: object, options: { from?: string; token?: string } = {}): Promise<Answer> {
  let call = request(t.http).post('/graphql').set('Content-Type', 'application/json');
  if (options.from) call = call.set('X-Forwarded-For', options.from);
  if (options.token) call = call.set('Authorization', `Bearer ${options.token}`);
  const response = await call.send(body);
  return { status: response.status, headers: response.headers as Answer['headers'], body: response.body as Answer['body'] };
}

function gql(t: TestApp, query: string, variables: Record<string, unknown> = {}, options: { from?: string; token?: string } = {}) {
  return post(t, { query, variables }, options);
}

function login(t: TestApp, username: string, password: string, from?: string): Promise<Answer> {
  return gql(t, LOGIN, { u: username, p: password }, { from });
}

async function uploadPng(t: TestApp, token: string, from?: string): Promise<Answer> {
  let call = request(t.http).post('/api/files?purpose=BANNER_IMAGE').set('Authorization', `Bearer ${token}`);
  if (from) call = call.set('X-Forwarded-For', from);
  const response = await call.attach('file', pngBytes(), { filename: 'banner.png', contentType: 'image/png' });
  return { status: response.status, headers: response.headers as Answer['headers'], body: response.body as Answer['body'] };
}

/** 429, Retry-After in seconds within the window, and the error in GraphQL's shape with the same figure. */
function expectRateLimited(answer: Answer, windowSeconds = 60): void {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toEqual([
    { message: `操作过于频繁，请 ${retryAfter} 秒后再试`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } },
  ]);
}

function isRateLimited(answer: Answer): boolean {
  return answer.status === 429 && answer.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED';
}

async function auditCount(t: TestApp, action: AuditAction): Promise<number> {
  return t.dataSource.getRepository(AuditLogEntity).countBy({ action });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Quotas small enough to reach in a few requests (windows long enough not to end during a test, except one). */
const SMALL_QUOTAS: RateLimitQuotas = {
  ...RATE_LIMIT_QUOTAS,
  graphql: { perIp: { points: 1000, seconds: 60 }, perUser: { points: 5, seconds: 60 } },
  staffLogin: { perIp: { points: 5, seconds: 60 }, perAccount: { points: 3, seconds: 60 } },
  staffChallenge: { perIp: { points: 2, seconds: 1 }, perAccount: { points: 2, seconds: 1 } },
  refreshSession: { perIp: { points: 5, seconds: 60 }, perAccount: { points: 2, seconds: 60 } },
  upload: { perIp: { points: 10, seconds: 60 }, perUser: { points: 2, seconds: 60 } },
};

describe.each(DIALECTS)('hostile client: rate limits (%s)', (dialect) => {
  describe('production quotas, clients told apart by a trusted proxy (Fastify)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        dialect,
        platform: 'fastify',
        env: { TRUSTED_PROXIES: '127.0.0.1' },
        rateLimit: { quotas: RATE_LIMIT_QUOTAS, keyPrefix: uniquePrefix() },
      });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers 100 wrong passwords from one IP with 429 after 10, while the staff member signs in from hers', async () => {
      const attacker = '203.0.113.7';
      const answers: Answer[] = [];
      for (let attempt = 0; attempt < 100; attempt += 1) answers.push(await login(t, ADMIN, `wrong-${attempt}`, attacker));
      const perAccount = RATE_LIMIT_QUOTAS.staffLogin.perAccount?.points ?? 0;
      expect(answers.slice(0, perAccount).every((answer) => answer.status === 200 && answer.body.errors?.[0])).toBe(true);
      for (const answer of answers.slice(perAccount)) expectRateLimited(answer);
      // Only the first ten reached the login: the staff lockout saw ten failures, not a hundred.
      expect(await auditCount(t, AuditAction.LOGIN_FAILED)).toBe(perAccount);

      const hammering = Array.from({ length: 20 }, (_, attempt) => login(t, ADMIN, `again-${attempt}`, attacker));
      const staffMember = login(t, ADMIN, DEMO_PASSWORD, '198.51.100.20');
      const [own, ...refused] = await Promise.all([staffMember, ...hammering]);
      expect(own.status).toBe(200);
      expect(own.body.data?.staffLogin).toMatchObject({ step: 'DONE', auth: { accessToken: expect.any(String) } });
      expect(refused.every(isRateLimited)).toBe(true);
    });

    it('stops one IP trying many usernames at 30 a minute, and eleven aliased guesses in one request', async () => {
      const sprayer = '203.0.113.8';
      const answers: Answer[] = [];
      for (let attempt = 0; attempt < 35; attempt += 1) answers.push(await login(t, `nobody-${attempt}`, 'wrong-password', sprayer));
      const perIp = RATE_LIMIT_QUOTAS.staffLogin.perIp.points;
      expect(answers.slice(0, perIp).some(isRateLimited)).toBe(false);
      for (const answer of answers.slice(perIp)) expectRateLimited(answer);

      // Eleven guesses in one request, through a fragment and an inline fragment: each alias counts.
      const failedBefore = await auditCount(t, AuditAction.LOGIN_FAILED);
      const guess = (index: number) => `a${index}: staffLogin(username: "${ADMIN}", password: "guess-${index}") { step }`;
      const inFragment = [0, 1, 2, 3, 4, 5].map(guess).join(' ');
      const inline = [6, 7, 8, 9, 10].map(guess).join(' ');
      const query = `mutation { ...Guesses ... on Mutation { ${inline} } } fragment Guesses on Mutation { ${inFragment} }`;
      expectRateLimited(await post(t, { query }, { from: '203.0.113.9' }));
      expect(await auditCount(t, AuditAction.LOGIN_FAILED)).toBe(failedBefore);
    });

    it('answers GraphQL requests beyond 600 a minute from one IP with 429; other IPs go on', async () => {
      const busy = '203.0.113.10';
      const perIp = RATE_LIMIT_QUOTAS.graphql.perIp.points;
      const statuses: number[] = [];
      for (let batch = 0; batch < perIp / 50; batch += 1) {
        const answers = await Promise.all(Array.from({ length: 50 }, () => post(t, { query: '{ __typename }' }, { from: busy })));
        statuses.push(...answers.map((answer) => answer.status));
      }
      expect(statuses.every((status) => status === 200)).toBe(true);
      expectRateLimited(await post(t, { query: '{ __typename }' }, { from: busy }));
      expect((await post(t, { query: '{ __typename }' }, { from: '203.0.113.11' })).status).toBe(200);
    });
  });

  describe.each(['fastify', 'express'] as const)('small quotas, no trusted proxy (%s)', (platform) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ dialect, platform, seed: false, rateLimit: { quotas: SMALL_QUOTAS, keyPrefix: uniquePrefix() } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('does not let a forged X-Forwarded-For pass for another client', async () => {
      const answers: Answer[] = [];
      for (let attempt = 0; attempt < 8; attempt += 1) answers.push(await login(t, `user-${attempt}`, 'wrong-password', `198.51.100.${attempt + 1}`));
      expect(answers.slice(0, 5).some(isRateLimited)).toBe(false);
      for (const answer of answers.slice(5)) expectRateLimited(answer);
    });

    it('limits refreshSession per refresh token and per IP', async () => {
      const sameToken = [await gql(t, REFRESH, { r: 'stolen-token' }), await gql(t, REFRESH, { r: 'stolen-token' })];
      expect(sameToken.some(isRateLimited)).toBe(false);
      expectRateLimited(await gql(t, REFRESH, { r: 'stolen-token' }));
      const others = [await gql(t, REFRESH, { r: 'guess-1' }), await gql(t, REFRESH, { r: 'guess-2' })];
      expect(others.some(isRateLimited)).toBe(false);
      expectRateLimited(await gql(t, REFRESH, { r: 'guess-3' }));
    });

    it('limits uploads per operator before the body is read, storing nothing refused', async () => {
      const operator = await signedInUser(t, { role: Role.OPERATOR });
      const stored = [await uploadPng(t, operator.tokens.accessToken), await uploadPng(t, operator.tokens.accessToken)];
      expect(stored.map((answer) => answer.status)).toEqual([201, 201]);
      const refused = await uploadPng(t, operator.tokens.accessToken);
      expectRateLimited(refused);
      expect(await t.dataSource.getRepository(StoredFileEntity).count()).toBe(2);
      expect(await auditCount(t, AuditAction.FILE_UPLOADED)).toBe(2);
    });

    it('limits a signed-in user, in every session of hers, and not the anonymous caller beside her', async () => {
      const user = await signedInUser(t, { role: Role.GOV_OFFICER });
      const me = '{ me { id } }';
      const answers: Answer[] = [];
      for (let call = 0; call < 5; call += 1) answers.push(await gql(t, me, {}, { token: user.tokens.accessToken }));
      expect(answers.every((answer) => answer.status === 200 && !answer.body.errors)).toBe(true);
      expectRateLimited(await gql(t, me, {}, { token: user.tokens.accessToken }));
      // A second session: its first request tells whose token it is (and is counted), the next is refused.
      const otherSession = await signIn(t, user.userId);
      expect((await gql(t, me, {}, { token: otherSession.accessToken })).status).toBe(200);
      expectRateLimited(await gql(t, me, {}, { token: otherSession.accessToken }));
      expect((await gql(t, '{ __typename }')).status).toBe(200);
    });

    it('forgets the counters when their window ends', async () => {
      const challenge = { c: 'no-such-challenge' };
      const answers = [await gql(t, VERIFY_TOTP, challenge), await gql(t, VERIFY_TOTP, challenge)];
      expect(answers.some(isRateLimited)).toBe(false);
      expectRateLimited(await gql(t, VERIFY_TOTP, challenge), 1);
      await sleep(1100);
      expect(isRateLimited(await gql(t, VERIFY_TOTP, challenge))).toBe(false);
    });
  });

  describe('counters in Redis, shared by two instances (Fastify and Express)', () => {
    const keyPrefix = uniquePrefix();
    const quotas: RateLimitQuotas = { ...RATE_LIMIT_QUOTAS, graphql: { perIp: { points: 4, seconds: 3 } } };
    let first: TestApp | undefined;
    let second: TestApp | undefined;
    let redis: Redis;
    beforeAll(async () => {
      redis = new Redis(REDIS_URL);
      const options = { dialect, seed: false, env: { REDIS_URL }, rateLimit: { quotas, keyPrefix } };
      first = await createTestApp({ ...options, platform: 'fastify' });
      second = await createTestApp({ ...options, platform: 'express' });
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      const keys = await redis.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    });

    it('refuses on one instance what the other already counted, until the window ends', async () => {
      const [one, two] = [first as TestApp, second as TestApp];
      const typename = { query: '{ __typename }' };
      const statuses = [await post(one, typename), await post(two, typename), await post(one, typename), await post(two, typename)];
      expect(statuses.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
      expectRateLimited(await post(one, typename), 3);
      expectRateLimited(await post(two, typename), 3);
      expect(await redis.keys(`${keyPrefix}:graphql:perIp:*`)).toEqual([`${keyPrefix}:graphql:perIp:127.0.0.1`]);
      await sleep(3100);
      expect((await post(two, typename)).status).toBe(200);
    });

    it('closes its Redis connection when the app closes', async () => {
      const connections = async () =>
        String(await redis.client('LIST'))
          .split('\n')
          .filter((line) => line.includes(`name=rate-limit:${keyPrefix} `));
      expect(await connections()).toHaveLength(2);
      await first?.close();
      await second?.close();
      first = undefined;
      second = undefined;
      expect(await connections()).toHaveLength(0);
    });
  });
});
