/**
 * Values computed from the catalogue at one revision, least recently used first out. A value stored or asked
 * for at a newer revision empties the cache: nothing computed from an older catalogue is ever served. A late
 * answer from an older revision is neither served nor stored.
 */
export class RevisionCache<V> {
  private revision = Number.NEGATIVE_INFINITY;
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(revision: number, key: string): V | undefined {
    if (!this.isCurrent(revision)) return undefined;
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key); // re-inserted at the end: Map keeps insertion order, so the first key is the coldest
      this.entries.set(key, value);
    }
    return value;
  }

  set(revision: number, key: string, value: V): void {
    if (!this.isCurrent(revision)) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
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
