/**
 * Collects the keys requested while one GraphQL response is being resolved and fetches them with one call
 * (the same idea as DataLoader, in the few lines we need). Lives for one request, so nothing is cached
 * across users. Dispatch waits for `setImmediate`, after every resolver of the current tick has asked.
 */
export class BatchLoader<K, V> {
  private queue: Array<{ key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }> = [];
  private readonly cache = new Map<K, Promise<V | undefined>>();

  constructor(private readonly fetchMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>) {}

  load(key: K): Promise<V | undefined> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.dispatch());
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const values = await this.fetchMany(batch.map((entry) => entry.key));
      for (const entry of batch) entry.resolve(values.get(entry.key));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}

/** Per-request home of the loaders; resolvers get or create theirs by name. */
export class RequestLoaders {
  private readonly loaders = new Map<string, BatchLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => BatchLoader<K, V>): BatchLoader<K, V> {
    let loader = this.loaders.get(name) as BatchLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader as BatchLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** The GraphQL context of one request. */
export interface GraphqlContext {
  loaders: RequestLoaders;
}

export function createGraphqlContext(): GraphqlContext {
  return { loaders: new RequestLoaders() };
}
