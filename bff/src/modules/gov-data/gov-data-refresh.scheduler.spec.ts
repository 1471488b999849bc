import type { Logger } from 'pino';
import type { AppConfig } from '../../infra/config/app-config';
import { GovDataRefreshScheduler } from './gov-data-refresh.scheduler';
import type { GovernmentDataRefreshService } from './government-data-refresh.service';

function scheduler(minutes: number, runScheduled: () => Promise<{ fetched: number; refused: number }>) {
  const errors: unknown[] = [];
  const logger = { error: (details: unknown) => errors.push(details) } as unknown as Logger;
  const config = { govExchange: { refreshIntervalMinutes: minutes } } as AppConfig;
  const subject = new GovDataRefreshScheduler({ runScheduled } as unknown as GovernmentDataRefreshService, config, logger);
  return { subject, errors };
}

describe('GovDataRefreshScheduler', () => {
  afterEach(() => jest.useRealTimers());

  it('runs a round every interval, and none once the app shuts down', async () => {
    jest.useFakeTimers();
    const run = jest.fn(async () => ({ fetched: 0, refused: 0 }));
    const { subject } = scheduler(60, run);
    subject.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(59 * 60_000);
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(1);
    await subject.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(120 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the interval is 0 (the tests\' default)', async () => {
    jest.useFakeTimers();
    const run = jest.fn(async () => ({ fetched: 0, refused: 0 }));
    scheduler(0, run).subject.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(7 * 24 * 60 * 60_000);
    expect(run).not.toHaveBeenCalled();
  });

  it('never overlaps two rounds and logs a failed round instead of throwing', async () => {
    let finish: (value: { fetched: number; refused: number }) => void = () => undefined;
    const run = jest.fn(() => new Promise<{ fetched: number; refused: number }>((resolve) => (finish = resolve)));
    const { subject } = scheduler(1, run);
    const first = subject.tick();
    const second = subject.tick();
    expect(run).toHaveBeenCalledTimes(1);
    finish({ fetched: 1, refused: 0 });
    await Promise.all([first, second]);

    const failing = scheduler(1, async () => {
      throw new Error('database gone');
    });
    await expect(failing.subject.tick()).resolves.toBeUndefined();
    expect(failing.errors).toHaveLength(1);
  });
});
