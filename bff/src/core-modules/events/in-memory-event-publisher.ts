import type { Logger } from 'pino';
import { deliverToListeners, EventPublisher, type EventListener } from './event-publisher';
import type { PlatformEvent } from './platform-event';

/** The embedded default: one process, its own listeners. */
export class InMemoryEventPublisher extends EventPublisher {
  readonly shared = false;
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly logger: Logger) {
    super();
  }

  async publish(events: readonly PlatformEvent[]): Promise<void> {
    for (const event of events) {
      deliverToListeners(this.listeners, event, (error) => this.logger.error({ err: error, eventId: event.id }, 'event listener failed'));
    }
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
