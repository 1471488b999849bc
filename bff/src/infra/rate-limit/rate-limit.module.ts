import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DEFAULT_RATE_LIMIT_SETTINGS, type RateLimitSettings } from './rate-limit-quotas';
import { RateLimitGuard } from './rate-limit.guard';
import { RATE_LIMIT_SETTINGS, RateLimiter } from './rate-limiter';

/**
 * The rate limiter (used by the GraphQL plugin, see graphql-options.ts) and the guard behind
 * `@RateLimited(rule)` on REST handlers. `settings` replace the production quotas and key prefix only where
 * code asks for it (tests, benchmarks).
 */
@Global()
@Module({})
export class RateLimitModule {
  static forRoot(settings: Partial<RateLimitSettings> = {}): DynamicModule {
    return {
      module: RateLimitModule,
      providers: [{ provide: RATE_LIMIT_SETTINGS, useValue: { ...DEFAULT_RATE_LIMIT_SETTINGS, ...settings } }, RateLimiter, RateLimitGuard],
      exports: [RateLimiter, RateLimitGuard],
    };
  }
}
