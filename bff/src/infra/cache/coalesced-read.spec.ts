import { CoalescedRead } from './coalesced-read';

/** A fetch whose reads the test answers one by one. */
function controlledFetch() {
  const pending: Array<{ resolve: (value: number) => void; reject: (error: Error) => void }> = [];
  let started = 0;
  const fetch = () =>
    new Promise<number>((resolve, reject) => {
      started += 1;
      pending.push({ resolve, reject });
    });
  return { fetch, pending, started: () => started };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedRead', () => {
  it('serves every caller that arrives during a read with one shared read started after they arrived', async () => {
    const source = controlledFetch();
    const read = new CoalescedRead(source.fetch);
    const first = read.read();
    const queued = [read.read(), read.read(), read.read()];
    expect(source.started()).toBe(1); // the queued callers do not get the read that began before them

    source.pending[0].resolve(1);
    await expect(first).resolves.toBe(1);
    await settle();
    expect(source.started()).toBe(2);
    source.pending[1].resolve(2);
    await expect(Promise.all(queued)).resolves.toEqual([2, 2, 2]);
  });

  it('starts afresh once nothing is in flight', async () => {
    const source = controlledFetch();
    const read = new CoalescedRead(source.fetch);
    const first = read.read();
    source.pending[0].resolve(7);
    await first;
    const second = read.read();
    expect(source.started()).toBe(2);
    source.pending[1].resolve(8);
    await expect(second).resolves.toBe(8);
  });

  it('hands a failure to the callers of that read only; the queued callers get their own read', async () => {
    const source = controlledFetch();
    const read = new CoalescedRead(source.fetch);
    const failing = read.read();
    const queued = read.read();
    source.pending[0].reject(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await settle();
    source.pending[1].resolve(3);
    await expect(queued).resolves.toBe(3);
  });
});
