import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository, toPlatformEvent } from './outbox.repository';
import { checkedEvent, type NewEvent } from './platform-event';

export type { EventAudience, EventPayload, JsonValue, NewEvent } from './platform-event';

/**
 * The outbox: a module that changes something a live subscriber should hear about writes the event with
 * `add(event, manager)` in the very transaction of the change. The row commits or rolls back with the change; after
 * the commit the relay publishes it (outbox-relay.ts), and a crash in between loses nothing — a poller publishes
 * what is left behind. Delivery is at least once; clients de-duplicate by the event id.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /** Writes one event in the caller's transaction; answers its id. */
  async add(event: NewEvent, manager: EntityManager): Promise<string> {
    const [id] = await this.addMany([event], manager);
    return id as string;
  }

  /** Writes several events in the caller's transaction (one statement per 200); answers their ids in order. */
  async addMany(events: readonly NewEvent[], manager: EntityManager): Promise<string[]> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('OutboxService.add must run inside the transaction of the change it reports');
    const now = this.clock.now();
    const rows = events.map((event) => toRow(event, now));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await this.repository.insert(manager, rows.slice(start, start + INSERT_CHUNK));
    }
    this.relay.enqueue(runner, rows.map(toPlatformEvent));
    return rows.map((row) => row.id);
  }
}

const INSERT_CHUNK = 200;

function toRow(event: NewEvent, now: Date): OutboxEventEntity {
  const checked = checkedEvent(event);
  return Object.assign(new OutboxEventEntity(), {
    id: timeOrderedUuid(now.getTime()),
    topic: checked.topic,
    audienceUserIds: [...checked.audience.userIds],
    audienceEnterpriseId: checked.audience.enterpriseId,
    audienceInstitutionId: checked.audience.institutionId,
    payload: checked.payload,
    createdAt: now,
    publishedAt: null,
    claimedBy: null,
    claimedUntil: null,
  });
}
