import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current instant, injected wherever a rule depends on time (token expiry, idle timeout, lockout),
 * so tests can move time with `jest.spyOn(app.get(Clock), 'now')` instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
