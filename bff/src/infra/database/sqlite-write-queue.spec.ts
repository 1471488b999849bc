import { SqliteWriteQueue } from './sqlite-write-queue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SqliteWriteQueue', () => {
  it('runs work started inside the unit holding the queue at once, instead of waiting for itself', async () => {
    const queue = new SqliteWriteQueue();
    const events: string[] = [];
    const outer = queue.exclusive(async () => {
      events.push('outer start');
      const inner = await queue.exclusive(async () => {
        events.push('inner');
        return queue.isHeldHere();
      });
      await tick();
      events.push('outer end');
      return inner;
    });
    const next = queue.exclusive(async () => {
      events.push('next');
    });
    await expect(outer).resolves.toBe(true);
    await next;
    expect(events).toEqual(['outer start', 'inner', 'outer end', 'next']);
  });

  it('is not held outside a unit, nor by work a unit left running after it settled', async () => {
    const queue = new SqliteWriteQueue();
    expect(queue.isHeldHere()).toBe(false);
    let leftBehind: Promise<boolean> = Promise.resolve(true);
    const stop = new Promise<void>((resolve) => setTimeout(resolve, 0));
    await queue.exclusive(async () => {
      leftBehind = stop.then(() => queue.isHeldHere());
    });
    await expect(leftBehind).resolves.toBe(false);
  });

  it('makes work a settled unit left behind wait for the unit holding the queue now', async () => {
    const queue = new SqliteWriteQueue();
    const events: string[] = [];
    let releaseHolder: () => void = () => undefined;
    let startLeftBehind: () => void = () => undefined;
    const leftBehindStarts = new Promise<void>((resolve) => {
      startLeftBehind = resolve;
    });
    let leftBehind: Promise<void> = Promise.resolve();
    await queue.exclusive(async () => {
      leftBehind = leftBehindStarts.then(() => queue.exclusive(async () => void events.push('left behind')));
    });
    const holder = queue.exclusive(
      () =>
        new Promise<void>((resolve) => {
          releaseHolder = () => {
            events.push('holder end');
            resolve();
          };
        }),
    );
    await tick();
    startLeftBehind();
    await tick();
    expect(events).toEqual([]);
    releaseHolder();
    await Promise.all([holder, leftBehind]);
    expect(events).toEqual(['holder end', 'left behind']);
  });
});
