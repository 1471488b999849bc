import { Role } from '@rongtong/shared';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { LiveEventsService } from '../src/core-modules/events/live-events.service';
import { multipliedQuotas, RATE_LIMIT_QUOTAS } from '../src/infra/rate-limit/rate-limit-quotas';
import { MessageKind } from '../src/modules/messages/message-kind';
import { MessagesService } from '../src/modules/messages/messages.service';
import { signedInUser } from './support/auth';
import { liveClient, liveUrl, MESSAGE_RECEIVED, sleep, UNREAD_COUNT, type LiveClient, type ReceivedMessage } from './support/live';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * DESIGN §3 (production): several BFF instances share events through Redis pub/sub (REDIS_URL). An event written
 * and committed through one instance reaches a subscriber connected to the other — once — and the two instances
 * (Fastify and Express, on one database) keep each run's traffic on a channel and key prefix of its own.
 */
describe.each(DIALECTS)('live updates across two instances sharing Redis (%s)', (dialect) => {
  const run = randomBytes(6).toString('hex');
  const channel = `rongtong-test:events:${run}`;
  const keyPrefix = `rongtong-test:rl:${run}`;
  let first: TestApp | undefined;
  let second: TestApp | undefined;
  let redis: Redis;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    const options = {
      dialect,
      seed: false,
      env: { REDIS_URL },
      events: { channel },
      rateLimit: { quotas: multipliedQuotas(RATE_LIMIT_QUOTAS, 1000), keyPrefix },
    };
    first = await createTestApp({ ...options, platform: 'fastify' });
    second = await createTestApp({ ...options, platform: 'express', shareDatabaseOf: first });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  async function connect(t: TestApp, token: string): Promise<LiveClient> {
    const client = liveClient(await liveUrl(t.http), { accessToken: token });
    clients.push(client);
    await client.acknowledged;
    return client;
  }

  async function sendThrough(t: TestApp, userId: string, title: string): Promise<void> {
    await t.dataSource.transaction((manager) => t.app.get(MessagesService).send(manager, [{ userId, kind: MessageKind.POLICY_PUSH, title, body: title, link: null }]));
  }

  it('delivers an event committed through one instance to a subscriber of the other, once, both ways', async () => {
    const [one, two] = [first as TestApp, second as TestApp];
    const { userId, tokens } = await signedInUser(one, { role: Role.ENTERPRISE });
    const onSecond = await connect(two, tokens.accessToken);
    const onFirst = await connect(one, tokens.accessToken);
    const viaSecond = onSecond.subscribe<ReceivedMessage>(MESSAGE_RECEIVED).received;
    const viaFirst = onFirst.subscribe<ReceivedMessage>(MESSAGE_RECEIVED).received;
    const unreadOnSecond = onSecond.subscribe<{ unreadMessageCount: number }>(UNREAD_COUNT).received;
    await unreadOnSecond.untilData(1);
    for (let i = 0; i < 50 && (two.app.get(LiveEventsService).streamCount < 2 || one.app.get(LiveEventsService).streamCount < 1); i += 1) await sleep(20);

    await sendThrough(one, userId, '经第一个实例写入');
    await viaSecond.untilData(1);
    await viaFirst.untilData(1);
    await unreadOnSecond.untilData(2);
    expect(unreadOnSecond.data[1]).toEqual({ unreadMessageCount: 1 });

    await sendThrough(two, userId, '经第二个实例写入');
    await viaFirst.untilData(2);
    await viaSecond.untilData(2);
    await sleep(300);
    for (const received of [viaFirst, viaSecond]) {
      expect(received.data.map((data) => data.messageReceived.message.title)).toEqual(['经第一个实例写入', '经第二个实例写入']);
    }
    expect(viaFirst.data.map((data) => data.messageReceived.eventId)).toEqual(viaSecond.data.map((data) => data.messageReceived.eventId));
  });

  it('uses the channel of its run, and closes its Redis connections when the app closes', async () => {
    const connections = async () =>
      String(await redis.client('LIST'))
        .split('\n')
        .filter((line) => line.includes(`:${channel} `));
    const names = (await connections()).map((line) => /name=(\S+)/.exec(line)?.[1]);
    expect(names.sort()).toEqual([`events-pub:${channel}`, `events-pub:${channel}`, `events-sub:${channel}`, `events-sub:${channel}`]);
    const subscribers = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    expect(subscribers[1]).toBe(2);
    await second?.close();
    await first?.close();
    second = undefined;
    first = undefined;
    expect(await connections()).toHaveLength(0);
  });
});
