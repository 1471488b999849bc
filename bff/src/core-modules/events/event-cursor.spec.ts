import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { cursorAt, CURSOR_PATTERN, replayStart, timeOfCursor } from './event-cursor';

describe('event cursors', () => {
  it('is the smallest id of its millisecond: every event id taken in or after that millisecond sorts after it', () => {
    const now = Date.UTC(2026, 11, 7, 12, 0, 0, 123);
    const cursor = cursorAt(now);
    expect(cursor).toMatch(CURSOR_PATTERN);
    expect(timeOfCursor(cursor)).toBe(now);
    for (let i = 0; i < 50; i += 1) expect(timeOrderedUuid(now + (i % 3)) > cursor).toBe(true);
    expect(cursorAt(now - 1) < cursor).toBe(true);
    expect(timeOfCursor(timeOrderedUuid(now + 7))).toBeGreaterThanOrEqual(now + 7);
  });

  it('replays from a margin before the cursor, but never from further back than the window', () => {
    const now = Date.UTC(2026, 11, 7, 12, 0, 0);
    const recent = cursorAt(now - 5_000);
    expect(replayStart(recent, now, 600_000, 30_000)).toBe(cursorAt(now - 35_000));
    const old = cursorAt(now - 3_600_000);
    expect(replayStart(old, now, 600_000, 30_000)).toBe(cursorAt(now - 600_000));
  });
});
