import type { PlatformEvent } from './platform-event';

export type EventListener = (event: PlatformEvent) => void;

/**
 * The event bus port: `publish` hands committed events to the listeners of every BFF instance (the live
 * subscriptions each instance serves), `listen` registers this instance's listener. In memory by default; Redis
 * pub/sub when REDIS_URL is set (redis-event-publisher.ts), so several instances share events. A `publish` that
 * resolves has handed the events over; one that rejects has not, and the outbox keeps them for the poller.
 */
export abstract class EventPublisher {
  /** Whether other instances receive what this one publishes. */
  abstract readonly shared: boolean;

  abstract publish(events: readonly PlatformEvent[]): Promise<void>;

  /** Registers a listener for every event published (by any instance); answers the function that removes it. */
  abstract listen(listener: EventListener): () => void;
}

/** Calls each listener in turn; one that throws is reported and does not keep the event from the others. */
export function deliverToListeners(listeners: ReadonlySet<EventListener>, event: PlatformEvent, onError: (error: unknown) => void): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      onError(error);
    }
  }
}
