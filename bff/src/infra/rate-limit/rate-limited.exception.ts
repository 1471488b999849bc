import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../errors/domain.exception';
import type { RateLimitRule } from './rate-limit-quotas';

/** A request refused because one of its quotas is used up: HTTP 429, Retry-After, `RATE_LIMITED`. */
export class RateLimitedException extends DomainException {
  constructor(
    readonly retryAfterSeconds: number,
    /** Which quota refused (for the log; the client only learns when to retry). */
    readonly rule: RateLimitRule,
  ) {
    super(ErrorCode.RATE_LIMITED, `操作过于频繁，请 ${retryAfterSeconds} 秒后再试`, undefined, { retryAfterSeconds });
  }

  /** Whole seconds until the window that refused ends, at least 1. */
  static after(msBeforeNext: number, rule: RateLimitRule): RateLimitedException {
    return new RateLimitedException(Math.max(1, Math.ceil(msBeforeNext / 1000)), rule);
  }
}
