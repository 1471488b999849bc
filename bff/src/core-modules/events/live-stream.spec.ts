import { LiveStream, type StreamSubscriber } from './live-stream';
import type { PlatformEvent } from './platform-event';

const ALICE = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';
const ACME = '00000000-0000-4000-8000-0000000000e1';
const OTHER_ENTERPRISE = '00000000-0000-4000-8000-0000000000e2';

let sequence = 0;
function event(overrides: Partial<PlatformEvent> = {}): PlatformEvent {
  sequence += 1;
  return {
    id: `0190a000-0000-7000-8000-${String(sequence).padStart(12, '0')}`,
    topic: 'message.received',
    audience: { userIds: [ALICE], enterpriseId: null, institutionId: null },
    payload: { n: sequence },
    occurredAt: new Date().toISOString(),
    ...overrides,
  };
}

type Identity = StreamSubscriber['identity'];

function subscriber(initial: Identity = { userId: ALICE, activeEnterpriseId: ACME, institutionId: null }) {
  const state = { identity: initial, verdicts: [] as Array<Identity | null>, rechecks: 0, overflows: 0 };
  const handle: StreamSubscriber = {
    get identity() {
      return state.identity;
    },
    recheck: async () => {
      state.rechecks += 1;
      const next = state.verdicts.length > 0 ? state.verdicts.shift()! : state.identity;
      if (next) state.identity = next;
      return next;
    },
    overflowed: () => {
      state.overflows += 1;
    },
  };
  return { state, handle };
}

function stream(options: Partial<ConstructorParameters<typeof LiveStream>[0]> & { subscriber: StreamSubscriber }) {
  const ended = { count: 0 };
  const live = new LiveStream({
    topics: new Set(['message.received']),
    replay: null,
    maxQueued: 10,
    onEnd: () => (ended.count += 1),
    ...options,
  });
  return { live, ended };
}

describe('LiveStream', () => {
  it('delivers offered events of its topics addressed to the subscriber, in order, looking at the session for each', async () => {
    const { state, handle } = subscriber();
    const { live } = stream({ subscriber: handle });
    const first = event();
    const second = event({ audience: { userIds: [], enterpriseId: ACME, institutionId: null } });
    live.offer(event({ topic: 'application.approved' }));
    live.offer(first);
    live.offer(event({ audience: { userIds: [BOB], enterpriseId: null, institutionId: null } }));
    live.offer(event({ audience: { userIds: [], enterpriseId: OTHER_ENTERPRISE, institutionId: null } }));
    live.offer(second);
    expect(await live.next()).toEqual({ value: first, done: false });
    expect(await live.next()).toEqual({ value: second, done: false });
    expect(state.rechecks).toBe(2);
  });

  it('waits for the next event, and ends at once when returned while waiting', async () => {
    const { handle } = subscriber();
    const { live, ended } = stream({ subscriber: handle });
    const pending = live.next();
    const later = event();
    setTimeout(() => live.offer(later), 5);
    expect(await pending).toEqual({ value: later, done: false });
    const waiting = live.next();
    await live.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(ended.count).toBe(1);
    expect(live.done).toBe(true);
    live.offer(event());
    expect(await live.next()).toEqual({ value: undefined, done: true });
  });

  it('drops an event it already delivered: a replay overlapping live delivery, or a relay publishing twice', async () => {
    const { handle } = subscriber();
    const missed = event();
    const both = event();
    let release!: () => void;
    const replayRead = new Promise<void>((resolve) => (release = resolve));
    const { live } = stream({
      subscriber: handle,
      replay: async () => {
        await replayRead;
        return [missed, both];
      },
    });
    const first = live.next();
    // Arrives live while the replay is still being read: it waits behind the replay and goes out once.
    live.offer(both);
    const fresh = event();
    live.offer(fresh);
    release();
    expect((await first).value).toBe(missed);
    expect((await live.next()).value).toBe(both);
    expect((await live.next()).value).toBe(fresh);
    live.offer(fresh);
    live.offer(both);
    const last = event();
    live.offer(last);
    expect((await live.next()).value).toBe(last);
  });

  it('judges the audience by the session as it is when the event goes out (a switched enterprise)', async () => {
    const { state, handle } = subscriber();
    const { live } = stream({ subscriber: handle });
    state.verdicts.push({ userId: ALICE, activeEnterpriseId: OTHER_ENTERPRISE, institutionId: null });
    live.offer(event({ audience: { userIds: [], enterpriseId: ACME, institutionId: null } }));
    const mine = event();
    live.offer(mine);
    expect((await live.next()).value).toBe(mine);
  });

  it('ends, delivering nothing more, once the session has ended', async () => {
    const { state, handle } = subscriber();
    const { live, ended } = stream({ subscriber: handle });
    state.verdicts.push(null);
    live.offer(event());
    live.offer(event());
    expect(await live.next()).toEqual({ value: undefined, done: true });
    expect(ended.count).toBe(1);
  });

  it('disconnects a subscriber that falls too far behind instead of queueing without bound', async () => {
    const { state, handle } = subscriber();
    const { live, ended } = stream({ subscriber: handle, maxQueued: 3 });
    for (let i = 0; i < 4; i += 1) live.offer(event());
    expect(state.overflows).toBe(1);
    expect(ended.count).toBe(1);
    expect(await live.next()).toEqual({ value: undefined, done: true });
  });

  it('remembers only so many delivered ids', async () => {
    const { handle } = subscriber();
    const { live } = stream({ subscriber: handle, seenCapacity: 2 });
    const [a, b, c] = [event(), event(), event()];
    for (const item of [a, b, c]) {
      live.offer(item);
      await live.next();
    }
    // a fell out of memory (capacity 2): offered again it goes out again; c is still remembered.
    live.offer(c);
    live.offer(a);
    expect((await live.next()).value).toBe(a);
  });
});
