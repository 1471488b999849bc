import { isAddressedTo, type PlatformEvent } from './platform-event';

/** The signed-in caller as a stream needs it: who they are, and whether they still are. */
export interface StreamSubscriber {
  /** As of the last look at the session (cheap pre-filter). */
  readonly identity: { userId: string; activeEnterpriseId: string | null; institutionId: string | null };
  /** Looks at the session again; null once it has ended (the socket is then closed). */
  recheck(): Promise<StreamSubscriber['identity'] | null>;
  /** The subscriber fell too far behind: it is disconnected and resumes by replay. */
  overflowed(): void;
}

export interface LiveStreamOptions {
  topics: ReadonlySet<string>;
  subscriber: StreamSubscriber;
  /** Committed events the subscriber missed (resume after a cursor), fetched before the first live event goes out. */
  replay: (() => Promise<readonly PlatformEvent[]>) | null;
  maxQueued: number;
  /** How many delivered ids the stream remembers to drop duplicates (replay overlapping live, a relay publishing twice). */
  seenCapacity?: number;
  /** Called once when the stream ends, however it ends. */
  onEnd: () => void;
}

const DEFAULT_SEEN_CAPACITY = 1000;

/**
 * One subscription's events, as an async iterator a GraphQL subscription resolver returns. Live events are offered
 * by the bus listener (`offer`) and queued; `next` hands out the next one that is of the subscription's topics, not
 * delivered before, and addressed to the subscriber *as the session says now* — the session is looked at again for
 * every event before it goes out (an ended session ends the stream and closes the socket). A replay asked for with a
 * cursor goes out first; live events arriving meanwhile wait behind it. `return()` ends the stream at once, also
 * while `next` waits (graphql-ws calls it when the client completes or the socket closes).
 */
export class LiveStream implements AsyncIterableIterator<PlatformEvent> {
  private queue: PlatformEvent[] = [];
  private wake: (() => void) | null = null;
  private replayPending: boolean;
  private readonly seen = new Set<string>();
  private readonly seenCapacity: number;
  private ended = false;

  constructor(private readonly options: LiveStreamOptions) {
    this.replayPending = options.replay !== null;
    this.seenCapacity = options.seenCapacity ?? DEFAULT_SEEN_CAPACITY;
  }

  get done(): boolean {
    return this.ended;
  }

  /** From the bus: queues an event of the stream's topics (the audience is judged when it goes out). */
  offer(event: PlatformEvent): void {
    if (this.ended || !this.options.topics.has(event.topic)) return;
    if (!isAddressedTo(event.audience, this.options.subscriber.identity)) return;
    if (this.queue.length >= this.options.maxQueued) {
      this.finish();
      this.options.subscriber.overflowed();
      return;
    }
    this.queue.push(event);
    this.wakeUp();
  }

  async next(): Promise<IteratorResult<PlatformEvent>> {
    while (!this.ended) {
      if (this.replayPending) await this.runReplay();
      const event = this.queue.shift() ?? (await this.nextOffered());
      if (!event) break;
      if (this.seen.has(event.id)) continue;
      const identity = await this.options.subscriber.recheck();
      if (!identity) {
        this.finish();
        break;
      }
      if (this.ended) break;
      if (!isAddressedTo(event.audience, identity)) continue;
      this.remember(event.id);
      return { value: event, done: false };
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<PlatformEvent>> {
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<PlatformEvent>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<PlatformEvent> {
    return this;
  }

  private async runReplay(): Promise<void> {
    this.replayPending = false;
    const replayed = (await this.options.replay?.()) ?? [];
    // Replayed events first, then whatever arrived live while the replay was read (duplicates are dropped by id).
    this.queue = [...replayed, ...this.queue];
  }

  private nextOffered(): Promise<PlatformEvent | undefined> {
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        resolve(this.queue.shift());
      };
    });
  }

  private wakeUp(): void {
    this.wake?.();
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size > this.seenCapacity) this.seen.delete(this.seen.values().next().value as string);
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = [];
    this.wakeUp();
    this.options.onEnd();
  }
}
