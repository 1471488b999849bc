import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '../../infra/config/app-config';
import { LOGGER } from '../../infra/logging/logging.module';
import { SessionsModule } from '../auth/sessions/sessions.module';
import { EventPublisher } from './event-publisher';
import { EVENTS_SETTINGS, type EventsSettings } from './events-settings';
import { InMemoryEventPublisher } from './in-memory-event-publisher';
import { LiveEventsService } from './live-events.service';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { RedisEventPublisher } from './redis-event-publisher';
import { SubscriptionServer } from './subscriptions/subscription-server';

function createPublisher(config: AppConfig, settings: EventsSettings, logger: Logger): EventPublisher {
  const child = logger.child({ component: 'events' });
  return config.redisUrl ? new RedisEventPublisher(config.redisUrl, settings.channel, child) : new InMemoryEventPublisher(child);
}

/**
 * The platform's event backbone (core-modules/events): the outbox other modules write events to inside their
 * transactions (OutboxService), the relay that publishes them after commit and recovers what a crash left behind,
 * the bus between instances (EventPublisher: in memory, or Redis pub/sub with REDIS_URL), and their delivery over
 * GraphQL subscriptions on the graphql-ws socket (SubscriptionServer, LiveEventsService for the resolvers).
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity]), SessionsModule],
  providers: [
    OutboxRepository,
    OutboxRelay,
    OutboxService,
    LiveEventsService,
    SubscriptionServer,
    { provide: EventPublisher, inject: [AppConfig, EVENTS_SETTINGS, LOGGER], useFactory: createPublisher },
  ],
  exports: [OutboxService, LiveEventsService],
})
export class EventsModule {}
