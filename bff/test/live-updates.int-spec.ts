import { Role } from '@rongtong/shared';
import { OutboxEventEntity } from '../src/core-modules/events/outbox-event.entity';
import { OutboxRelay } from '../src/core-modules/events/outbox-relay';
import { MessageKind } from '../src/modules/messages/message-kind';
import { MessagesService } from '../src/modules/messages/messages.service';
import { gqlAs, signedInUser } from './support/auth';
import { liveClient, liveUrl, MESSAGE_RECEIVED, sleep, UNREAD_COUNT, type LiveClient, type ReceivedMessage } from './support/live';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const MARK_READ = 'mutation ($ids: [ID!]!) { markMessagesRead(ids: $ids) }';
const LOGOUT = 'mutation { logout }';

describe.each(DIALECTS)('live updates over graphql-ws (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
    url = await liveUrl(t.http);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await t?.close();
  });

  function connect(token: string | null): LiveClient {
    const client = liveClient(url, token === null ? undefined : { accessToken: token });
    clients.push(client);
    return client;
  }

  async function enterpriseUser(): Promise<{ userId: string; token: string }> {
    const { userId, tokens } = await signedInUser(t, { role: Role.ENTERPRISE });
    return { userId, token: tokens.accessToken };
  }

  /** A message written as a business transaction writes it: MessagesService.send inside a transaction. */
  async function sendMessage(userId: string, title: string): Promise<void> {
    await t.dataSource.transaction((manager) =>
      t.app.get(MessagesService).send(manager, [{ userId, kind: MessageKind.POLICY_PUSH, title, body: `${title}的正文`, link: null }]),
    );
  }

  it('delivers a new message and the unread count to the signed-in user, live, and follows reads', async () => {
    const alice = await enterpriseUser();
    const client = connect(alice.token);
    const ack = await client.acknowledged;
    expect(ack.cursor).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7000-8000-0{12}$/);
    const messages = client.subscribe<ReceivedMessage>(MESSAGE_RECEIVED).received;
    const unread = client.subscribe<{ unreadMessageCount: number }>(UNREAD_COUNT).received;
    await unread.untilData(1);
    expect(unread.data[0]).toEqual({ unreadMessageCount: 0 });

    await sendMessage(alice.userId, '贷款申请已受理');
    await messages.untilData(1);
    const event = messages.data[0]!.messageReceived;
    expect(event.topic).toBe('message.received');
    expect(event.message).toMatchObject({ kind: 'POLICY_PUSH', title: '贷款申请已受理', body: '贷款申请已受理的正文', link: null });
    expect(event.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await unread.untilData(2);
    expect(unread.data[1]).toEqual({ unreadMessageCount: 1 });

    const read = await gqlAs<{ markMessagesRead: number }>(t, alice.token, MARK_READ, { ids: [event.message.id] });
    expect(read.data?.markMessagesRead).toBe(1);
    await unread.untilData(3);
    expect(unread.data[2]).toEqual({ unreadMessageCount: 0 });
    expect(messages.errors).toEqual([]);
  });

  it('refuses a socket without an access token, or with a token that signs nobody in, with 4401 and a message', async () => {
    const anonymous = connect(null);
    await expect(anonymous.closed).resolves.toEqual({ code: 4401, reason: '请先登录' });
    const forged = connect('Zm9yZ2VkLXRva2VuLXRoYXQtc2lnbnMtbm9ib2R5LWlu');
    await expect(forged.closed).resolves.toEqual({ code: 4401, reason: '登录凭证无效或已过期，请重新登录' });
  });

  it("never delivers another user's events", async () => {
    const alice = await enterpriseUser();
    const bob = await enterpriseUser();
    const bobClient = connect(bob.token);
    const bobMessages = bobClient.subscribe<ReceivedMessage>(MESSAGE_RECEIVED).received;
    const bobUnread = bobClient.subscribe<{ unreadMessageCount: number }>(UNREAD_COUNT).received;
    await bobUnread.untilData(1);

    await sendMessage(alice.userId, '只给爱丽丝的消息');
    await sendMessage(bob.userId, '给鲍勃的消息');
    await bobMessages.untilData(1);
    await sleep(300);
    expect(bobMessages.data.map((data) => data.messageReceived.message.title)).toEqual(['给鲍勃的消息']);
    expect(bobUnread.data.map((data) => data.unreadMessageCount)).toEqual([0, 1]);
  });

  it('stops delivering and closes the socket once the session is logged out (4403)', async () => {
    const alice = await enterpriseUser();
    const client = connect(alice.token);
    const messages = client.subscribe<ReceivedMessage>(MESSAGE_RECEIVED).received;
    const unread = client.subscribe<{ unreadMessageCount: number }>(UNREAD_COUNT).received;
    await unread.untilData(1);

    const logout = await gqlAs(t, alice.token, LOGOUT);
    expect(logout.errors).toBeUndefined();
    await sendMessage(alice.userId, '退出登录后的消息');
    await expect(client.closed).resolves.toEqual({ code: 4403, reason: '登录已结束，请重新登录' });
    expect(messages.data).toEqual([]);
    expect(unread.data).toEqual([{ unreadMessageCount: 0 }]);
  });

  it('replays what a client missed while away when it resumes after its cursor, each event once', async () => {
    const alice = await enterpriseUser();
    const first = connect(alice.token);
    const cursor = (await first.acknowledged).cursor as string;
    // From the ack's cursor: nothing sent between the ack and the subscription taking effect is missed.
    const live = first.subscribe<ReceivedMessage>(MESSAGE_RECEIVED, { after: cursor }).received;
    await sendMessage(alice.userId, '在线时收到');
    await live.untilData(1);
    const lastSeen = live.data[0]!.messageReceived.eventId;
    await first.dispose();

    await sendMessage(alice.userId, '离线时错过的第一条');
    await sendMessage(alice.userId, '离线时错过的第二条');
    const second = connect(alice.token);
    const resumed = second.subscribe<ReceivedMessage>(MESSAGE_RECEIVED, { after: lastSeen }).received;
    // The replay starts a margin before the cursor (commit order), so the one already seen comes again: the client drops it by id.
    await resumed.untilData(3);
    const titles = resumed.data.map((data) => data.messageReceived.message.title);
    expect(titles).toEqual(['在线时收到', '离线时错过的第一条', '离线时错过的第二条']);
    await sendMessage(alice.userId, '重连后实时收到');
    await resumed.untilData(4);
    expect(resumed.data[3]!.messageReceived.message.title).toBe('重连后实时收到');
    expect(new Set(resumed.data.map((data) => data.messageReceived.eventId)).size).toBe(4);

    // From the ack cursor of the first connection: everything since it.
    const third = connect(alice.token);
    const fromAck = third.subscribe<ReceivedMessage>(MESSAGE_RECEIVED, { after: cursor }).received;
    await fromAck.untilData(4);
    expect(fromAck.data.map((data) => data.messageReceived.message.title)).toEqual(['在线时收到', '离线时错过的第一条', '离线时错过的第二条', '重连后实时收到']);
  });

  it('marks published the events the relay handed to the bus, and publishes what was left unpublished', async () => {
    const alice = await enterpriseUser();
    await sendMessage(alice.userId, '发布标记');
    const outbox = t.dataSource.getRepository(OutboxEventEntity);
    const deadline = Date.now() + 5000;
    let row = await outbox.createQueryBuilder('e').where('e.audience_user_ids = :ids', { ids: `,${alice.userId},` }).getOneOrFail();
    while (row.publishedAt === null && Date.now() < deadline) {
      await sleep(50);
      row = await outbox.findOneByOrFail({ id: row.id });
    }
    expect(row.publishedAt).not.toBeNull();

    // A row a crashed instance left behind (written, never published) goes out with the next poll.
    const client = connect(alice.token);
    const messages = client.subscribe<ReceivedMessage>(MESSAGE_RECEIVED).received;
    await client.acknowledged;
    await sleep(100);
    await outbox.update({ id: row.id }, { publishedAt: null, createdAt: new Date(Date.now() - 60_000) });
    expect(await t.app.get(OutboxRelay).pollOnce()).toBeGreaterThanOrEqual(1);
    await messages.untilData(1);
    expect(messages.data[0]!.messageReceived).toMatchObject({ eventId: row.id, message: { title: '发布标记' } });
    expect((await outbox.findOneByOrFail({ id: row.id })).publishedAt).not.toBeNull();
  });
});
