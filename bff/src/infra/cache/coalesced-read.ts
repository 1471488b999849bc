/**
 * Shares one read among the callers that ask for it at the same time, without ever handing a caller a value
 * read before it asked: a caller arriving while a read is in flight waits for the next read, which starts
 * as soon as the current one settles and serves everyone who queued behind it. At most one read is in
 * flight and one queued, however many callers there are.
 */
export class CoalescedRead<T> {
  private current: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly fetch: () => Promise<T>) {}

  read(): Promise<T> {
    if (!this.current) return this.start();
    if (!this.queued) {
      const afterCurrent = () => {
        this.queued = null;
        return this.start();
      };
      this.queued = this.current.then(afterCurrent, afterCurrent);
    }
    return this.queued;
  }

  private start(): Promise<T> {
    const read = this.fetch().finally(() => {
      if (this.current === read) this.current = null;
    });
    this.current = read;
    return read;
  }
}
