import { BatchLoader, RequestLoaders } from './batch-loader';

describe('BatchLoader', () => {
  it('fetches the keys asked for in one tick with one call', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.map((key) => [key, key.length]));
    });
    const results = await Promise.all([loader.load('a'), loader.load('bb'), loader.load('a'), loader.load('ccc')]);
    expect(results).toEqual([1, 2, 1, 3]);
    expect(calls).toEqual([['a', 'bb', 'ccc']]);
  });

  it('batches keys requested after awaits in the same tick', async () => {
    const calls: number[][] = [];
    const loader = new BatchLoader<number, number>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.map((key) => [key, key * 2]));
    });
    const later = async (key: number) => {
      await Promise.resolve();
      await Promise.resolve();
      return loader.load(key);
    };
    expect(await Promise.all([loader.load(1), later(2), later(3)])).toEqual([2, 4, 6]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('resolves missing keys to undefined and rejects the whole batch on failure', async () => {
    const partial = new BatchLoader<string, number>(async () => new Map([['a', 1]]));
    expect(await Promise.all([partial.load('a'), partial.load('b')])).toEqual([1, undefined]);
    const failing = new BatchLoader<string, number>(async () => {
      throw new Error('db down');
    });
    await expect(failing.load('a')).rejects.toThrow('db down');
  });
});

describe('RequestLoaders', () => {
  it('keeps one loader per name', () => {
    const loaders = new RequestLoaders();
    const create = () => new BatchLoader<string, string>(async () => new Map());
    expect(loaders.get('x', create)).toBe(loaders.get('x', create));
  });
});
