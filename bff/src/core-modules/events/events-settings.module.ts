import { Global, Module, type DynamicModule } from '@nestjs/common';
import { EVENTS_SETTINGS, eventsSettings, type SubscriptionLimits } from './events-settings';

/** Provides the live-update settings createApp was given (tests pass their own channel and limits). */
@Global()
@Module({})
export class EventsSettingsModule {
  static forRoot(overrides: { channel?: string; limits?: Partial<SubscriptionLimits> } = {}): DynamicModule {
    return { module: EventsSettingsModule, providers: [{ provide: EVENTS_SETTINGS, useValue: eventsSettings(overrides) }], exports: [EVENTS_SETTINGS] };
  }
}
