import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ServerResponse } from 'node:http';
import { clientIpOf, requestOf } from '../http/request-context';
import { ipSubject } from './rate-limit-keys';
import type { RateLimitRule } from './rate-limit-quotas';
import { RateLimitedException } from './rate-limited.exception';
import { RateLimiter, type RateLimitCheck } from './rate-limiter';

const RATE_LIMIT_RULE_METADATA = 'rongtong:rate-limit-rule';

/** The raw Node response under either platform (Express's response is one; Fastify's reply exposes `.raw`). */
function rawResponse(context: ExecutionContext): ServerResponse {
  const response = context.switchToHttp().getResponse<ServerResponse | { raw: ServerResponse }>();
  return 'raw' in response ? response.raw : response;
}

/**
 * Counts a REST request against its rule's quotas, per client IP and per signed-in user. Runs after the
 * global access guard (so the user is known) and before the handler reads the body. A refusal is answered by
 * the exception filter as 429, with Retry-After set here.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_RULE_METADATA, context.getHandler());
    if (!rule) return true;
    const request = requestOf(context);
    const checks: RateLimitCheck[] = [{ rule, scope: 'perIp', subject: ipSubject(clientIpOf(request)) }];
    if (request?.authUser) checks.push({ rule, scope: 'perUser', subject: request.authUser.userId });
    try {
      await this.limiter.consume(checks);
    } catch (error) {
      if (error instanceof RateLimitedException) rawResponse(context).setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    return true;
  }
}

/** A REST handler counted against `rule` of rate-limit-quotas.ts (e.g. `@RateLimited('upload')`). */
export function RateLimited(rule: RateLimitRule): MethodDecorator {
  return applyDecorators(SetMetadata(RATE_LIMIT_RULE_METADATA, rule), UseGuards(RateLimitGuard));
}
