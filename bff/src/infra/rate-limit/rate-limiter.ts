import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logging.module';
import type { Quota, RateLimitRule, RateLimitSettings, RuleQuotas } from './rate-limit-quotas';
import { RateLimitedException } from './rate-limited.exception';

export const RATE_LIMIT_SETTINGS = Symbol('RATE_LIMIT_SETTINGS');

export type QuotaScope = keyof RuleQuotas;
const SCOPES: readonly QuotaScope[] = ['perIp', 'perAccount', 'perUser'];

/** One counter a request is counted against: a rule's quota of one scope, for one subject (IP, account, user). */
export interface RateLimitCheck {
  rule: RateLimitRule;
  scope: QuotaScope;
  subject: string;
}

/** How long start-up waits for Redis before counting in memory (the counters move to Redis once it answers). */
const REDIS_READY_TIMEOUT_MS = 3000;

/**
 * The counters behind every quota of rate-limit-quotas.ts: in this process's memory, or in Redis when
 * REDIS_URL is set so several BFF instances share them. While Redis cannot be reached each instance counts
 * in its own memory (the same quotas) instead of refusing or waiting; a counter that fails outright lets the
 * request through and logs an error — a broken limiter must not lock everyone out.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnApplicationShutdown {
  private readonly limiters = new Map<string, { limiter: RateLimiterAbstract; quota: Quota }>();
  private readonly redis: Redis | undefined;
  private readonly logger: Logger;
  private redisDown = false;

  constructor(@Inject(RATE_LIMIT_SETTINGS) settings: RateLimitSettings, config: AppConfig, @Inject(LOGGER) logger: Logger) {
    this.logger = logger.child({ component: 'rate-limit' });
    this.redis = config.redisUrl ? this.connect(config.redisUrl, settings.keyPrefix) : undefined;
    for (const [rule, quotas] of Object.entries(settings.quotas) as Array<[RateLimitRule, RuleQuotas]>) {
      for (const scope of SCOPES) {
        const quota = quotas[scope];
        if (quota) this.limiters.set(`${rule}.${scope}`, { limiter: this.limiter(`${settings.keyPrefix}:${rule}:${scope}`, quota), quota });
      }
    }
  }

  /** Whether the counters live in Redis (shared) rather than in this process. */
  get shared(): boolean {
    return this.redis !== undefined;
  }

  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), REDIS_READY_TIMEOUT_MS);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!(await ready)) this.logger.warn('Redis for the rate limits did not answer at start: counting in memory until it does');
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }

  /**
   * Counts the request against each check in turn; the first quota found used up refuses it with
   * RateLimitedException (later checks are not counted, so a refused flood does not fill the store with keys).
   */
  async consume(checks: readonly RateLimitCheck[]): Promise<void> {
    for (const check of checks) {
      const limiter = this.limiters.get(`${check.rule}.${check.scope}`)?.limiter;
      if (!limiter) continue;
      try {
        await limiter.consume(check.subject);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) throw RateLimitedException.after(outcome.msBeforeNext, check.rule);
        this.logger.error({ err: outcome, rule: check.rule, scope: check.scope }, 'rate-limit counter failed: request let through');
      }
    }
  }

  /** Refuses when the counter has no requests left in its window, without counting this one. */
  async refuseIfUsedUp(check: RateLimitCheck): Promise<void> {
    const counter = this.limiters.get(`${check.rule}.${check.scope}`);
    if (!counter) return;
    let state: RateLimiterRes | null;
    try {
      state = await counter.limiter.get(check.subject);
    } catch (error) {
      this.logger.error({ err: error, rule: check.rule, scope: check.scope }, 'rate-limit counter failed: request let through');
      return;
    }
    if (state && state.consumedPoints >= counter.quota.points) throw RateLimitedException.after(state.msBeforeNext, check.rule);
  }

  /** Counts a request that has already been answered (its caller became known only while it ran); never refuses. */
  async record(check: RateLimitCheck): Promise<void> {
    const limiter = this.limiters.get(`${check.rule}.${check.scope}`)?.limiter;
    try {
      await limiter?.penalty(check.subject);
    } catch (error) {
      this.logger.error({ err: error, rule: check.rule, scope: check.scope }, 'rate-limit counter failed');
    }
  }

  private limiter(keyPrefix: string, quota: Quota): RateLimiterAbstract {
    const options = { keyPrefix, points: quota.points, duration: quota.seconds };
    if (!this.redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({
      ...options,
      storeClient: this.redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  private connect(url: string, keyPrefix: string): Redis {
    // No offline queue: while Redis is away a count fails at once and the in-memory insurance takes it.
    const redis = new Redis(url, {
      connectionName: `rate-limit:${keyPrefix}`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: REDIS_READY_TIMEOUT_MS,
    });
    redis.on('error', (error: Error) => {
      if (this.redisDown) return;
      this.redisDown = true;
      this.logger.warn({ err: error }, 'Redis for the rate limits unreachable: counting in memory until it is back');
    });
    redis.on('ready', () => {
      if (!this.redisDown) return;
      this.redisDown = false;
      this.logger.info('Redis for the rate limits reachable again: counters shared');
    });
    return redis;
  }
}
