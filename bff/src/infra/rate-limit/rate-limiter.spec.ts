import { ErrorCode } from '@rongtong/shared';
import pino from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/app-config';
import { multipliedQuotas, RATE_LIMIT_QUOTAS, type RateLimitQuotas } from './rate-limit-quotas';
import { RateLimitedException } from './rate-limited.exception';
import { RateLimiter, type RateLimitCheck } from './rate-limiter';

const QUOTAS: RateLimitQuotas = {
  ...RATE_LIMIT_QUOTAS,
  staffLogin: { perIp: { points: 3, seconds: 60 }, perAccount: { points: 2, seconds: 60 } },
  graphql: { perIp: { points: 100, seconds: 60 }, perUser: { points: 2, seconds: 30 } },
};

function limiter(quotas: RateLimitQuotas = QUOTAS, logLines: string[] = []): RateLimiter {
  const config = { redisUrl: undefined } as AppConfig;
  const logger = pino({ level: 'error' }, { write: (line: string) => logLines.push(line) });
  return new RateLimiter({ quotas, keyPrefix: 'spec' }, config, logger);
}

const ip = (subject: string): RateLimitCheck => ({ rule: 'staffLogin', scope: 'perIp', subject });
const account = (subject: string): RateLimitCheck => ({ rule: 'staffLogin', scope: 'perAccount', subject });

async function refusal(promise: Promise<unknown>): Promise<RateLimitedException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RateLimitedException) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('RateLimiter', () => {
  it('counts in memory without REDIS_URL and refuses the request over the quota with the seconds left', async () => {
    const rateLimiter = limiter();
    expect(rateLimiter.shared).toBe(false);
    await rateLimiter.consume([ip('10.0.0.1'), account('a')]);
    await rateLimiter.consume([ip('10.0.0.1'), account('a')]);
    const refused = await refusal(rateLimiter.consume([ip('10.0.0.1'), account('a')]));
    expect(refused).toMatchObject({ code: ErrorCode.RATE_LIMITED, rule: 'staffLogin', retryAfterSeconds: 60 });
    expect(refused.message).toBe('操作过于频繁，请 60 秒后再试');
    expect(refused.extensions).toEqual({ retryAfterSeconds: 60 });
  });

  it('stops at the first used-up quota, so later counters are not touched', async () => {
    const rateLimiter = limiter();
    for (let attempt = 0; attempt < 3; attempt += 1) await rateLimiter.consume([ip('10.0.0.2'), account(`user-${attempt}`)]);
    await refusal(rateLimiter.consume([ip('10.0.0.2'), account('fresh')]));
    // "fresh" was never counted: from another IP it still has both of its attempts.
    await rateLimiter.consume([ip('10.0.0.3'), account('fresh')]);
    await rateLimiter.consume([ip('10.0.0.3'), account('fresh')]);
    await refusal(rateLimiter.consume([ip('10.0.0.3'), account('fresh')]));
  });

  it('records answered requests without refusing, and refuses later ones once the quota is used up', async () => {
    const rateLimiter = limiter();
    const user: RateLimitCheck = { rule: 'graphql', scope: 'perUser', subject: 'user-1' };
    await rateLimiter.refuseIfUsedUp(user);
    await rateLimiter.record(user);
    await rateLimiter.refuseIfUsedUp(user);
    await rateLimiter.record(user);
    await rateLimiter.record(user);
    expect(await refusal(rateLimiter.refuseIfUsedUp(user))).toMatchObject({ retryAfterSeconds: 30 });
  });

  it('ignores checks of a scope its rule has no quota for', async () => {
    const rateLimiter = limiter();
    const unlimited: RateLimitCheck = { rule: 'hostLogin', scope: 'perAccount', subject: 'x' };
    for (let attempt = 0; attempt < 50; attempt += 1) await rateLimiter.consume([unlimited]);
    await expect(rateLimiter.consume([unlimited])).resolves.toBeUndefined();
    await expect(rateLimiter.refuseIfUsedUp(unlimited)).resolves.toBeUndefined();
  });

  it('lets the request through and logs when a counter fails', async () => {
    const logLines: string[] = [];
    const rateLimiter = limiter(QUOTAS, logLines);
    const consume = jest.spyOn(RateLimiterMemory.prototype, 'consume').mockRejectedValue(new Error('store broken'));
    try {
      await expect(rateLimiter.consume([ip('10.0.0.4')])).resolves.toBeUndefined();
    } finally {
      consume.mockRestore();
    }
    expect(logLines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ msg: 'rate-limit counter failed: request let through', rule: 'staffLogin', scope: 'perIp' }),
    ]);
  });

  it('rounds the wait up to whole seconds, at least one', () => {
    expect(RateLimitedException.after(1, 'upload').retryAfterSeconds).toBe(1);
    expect(RateLimitedException.after(0, 'upload').retryAfterSeconds).toBe(1);
    expect(RateLimitedException.after(59_001, 'upload').retryAfterSeconds).toBe(60);
  });
});

describe('multipliedQuotas', () => {
  it('multiplies the points of every quota and keeps the windows', () => {
    const generous = multipliedQuotas(RATE_LIMIT_QUOTAS, 1000);
    expect(generous.staffLogin).toEqual({ perIp: { points: 30_000, seconds: 60 }, perAccount: { points: 10_000, seconds: 60 } });
    expect(generous.graphql).toEqual({ perIp: { points: 600_000, seconds: 60 }, perUser: { points: 600_000, seconds: 60 } });
    expect(Object.keys(generous)).toEqual(Object.keys(RATE_LIMIT_QUOTAS));
  });
});
