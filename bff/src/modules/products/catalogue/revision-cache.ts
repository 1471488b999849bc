import { LruMap } from '../../../infra/cache/lru-map';

/**
 * Values computed from the catalogue at one revision, least recently used first out. A value stored or asked
 * for at a newer revision empties the cache: nothing computed from an older catalogue is ever served. A late
 * answer from an older revision is neither served nor stored.
 */
export class RevisionCache<V> {
  private revision = Number.NEGATIVE_INFINITY;
  private readonly entries: LruMap<V>;

  constructor(readonly capacity: number) {
    this.entries = new LruMap(capacity);
  }

  get size(): number {
    return this.entries.size;
  }

  get(revision: number, key: string): V | undefined {
    return this.isCurrent(revision) ? this.entries.get(key) : undefined;
  }

  set(revision: number, key: string, value: V): void {
    if (this.isCurrent(revision)) this.entries.set(key, value);
  }

  /** Moves to `revision` when it is newer (dropping every entry); false when it is older than what is held. */
  private isCurrent(revision: number): boolean {
    if (revision > this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    return revision === this.revision;
  }
}
