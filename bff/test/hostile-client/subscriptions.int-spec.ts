import { ErrorCode, Role } from '@rongtong/shared';
import { cursorAt } from '../../src/core-modules/events/event-cursor';
import { OutboxEventEntity } from '../../src/core-modules/events/outbox-event.entity';
import { ONLY_SUBSCRIPTIONS_MESSAGE } from '../../src/core-modules/events/subscriptions/subscription-documents';
import { SubscriptionServer } from '../../src/core-modules/events/subscriptions/subscription-server';
import { Clock } from '../../src/infra/clock/clock';
import { FREE_FORM_REFUSED_MESSAGE } from '../../src/infra/graphql/persisted-operations.plugin';
import { MessageKind } from '../../src/modules/messages/message-kind';
import { MessagesService } from '../../src/modules/messages/messages.service';
import { gqlAs, signedInUser } from '../support/auth';
import { liveUrl, MESSAGE_RECEIVED, rawSocket, sleep, UNREAD_COUNT, UpgradeRefused, type RawSocket } from '../support/live';
import { listedOperation } from '../support/persisted-operations';
import { productionSecrets } from '../support/production-env';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

const LIMITS = {
  maxConnectionsPerIp: 6,
  maxConnectionsPerUser: 3,
  maxSubscriptionsPerConnection: 4,
  maxMessagesPerWindow: 20,
  messageWindowMs: 10_000,
  maxMessageBytes: 16 * 1024,
  connectionInitTimeoutMs: 1000,
};

type Message = Record<string, unknown>;

const isAck = (message: Message) => message.type === 'connection_ack';
const forId = (id: string, type: string) => (message: Message) => message.id === id && message.type === type;
const errorsOf = (message: Message) => message.payload as Array<{ message: string; extensions: { code: string; fields?: Array<{ field: string }> } }>;

/**
 * Issue 13 item 3 and DESIGN §9 on the subscription socket: what a hostile client sends (no, forged or expired
 * tokens, floods, oversized messages, other users' events asked for through arguments and variables, queries and
 * mutations smuggled over the socket, documents beyond the limits) is refused, and nothing of another user leaks.
 */
describe.each(DIALECTS)('hostile subscription clients (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  const sockets: RawSocket[] = [];

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false, events: { limits: LIMITS } });
    url = await liveUrl(t.http);
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.ws.terminate();
    const server = t.app.get(SubscriptionServer);
    for (let i = 0; i < 100 && server.openConnections > 0; i += 1) await sleep(20);
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t?.close();
  });

  function open(protocols?: string[], path = '/graphql'): RawSocket {
    const socket = rawSocket(url.replace('/graphql', path), protocols);
    sockets.push(socket);
    return socket;
  }

  async function connected(token: string): Promise<RawSocket> {
    const socket = open();
    await socket.opened;
    socket.send({ type: 'connection_init', payload: { accessToken: token } });
    await socket.next(isAck);
    return socket;
  }

  async function refusedInit(payload: unknown): Promise<{ code: number; reason: string }> {
    const socket = open();
    await socket.opened;
    socket.send({ type: 'connection_init', payload });
    return socket.closed;
  }

  async function user(role: Role = Role.ENTERPRISE): Promise<{ userId: string; token: string }> {
    const { userId, tokens } = await signedInUser(t, { role });
    return { userId, token: tokens.accessToken };
  }

  async function sendMessage(userId: string, title: string): Promise<void> {
    await t.dataSource.transaction((manager) => t.app.get(MessagesService).send(manager, [{ userId, kind: MessageKind.POLICY_PUSH, title, body: title, link: null }]));
  }

  it('refuses connection_init without a token, with a malformed, forged or expired one, and for an ended session', async () => {
    expect(await refusedInit(undefined)).toEqual({ code: 4401, reason: '请先登录' });
    expect(await refusedInit({ accessToken: { $ne: null } })).toEqual({ code: 4401, reason: '请先登录' });
    expect(await refusedInit({ accessToken: 'x'.repeat(300) })).toEqual({ code: 4401, reason: '请先登录' });
    expect(await refusedInit({ authorization: 'Basic YWRtaW46YWRtaW4=' })).toEqual({ code: 4401, reason: '请先登录' });
    expect(await refusedInit({ accessToken: 'Zm9yZ2VkLXRva2VuLXRoYXQtc2lnbnMtbm9ib2R5LWlu' })).toEqual({ code: 4401, reason: '登录凭证无效或已过期，请重新登录' });

    const expired = await user();
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 16 * 60 * 1000));
    expect(await refusedInit({ accessToken: expired.token })).toEqual({ code: 4401, reason: '登录凭证无效或已过期，请重新登录' });
    jest.restoreAllMocks();

    const loggedOut = await user();
    expect((await gqlAs(t, loggedOut.token, 'mutation { logout }')).errors).toBeUndefined();
    expect(await refusedInit({ accessToken: loggedOut.token })).toEqual({ code: 4403, reason: '登录已结束，请重新登录' });
  });

  it('closes a socket that subscribes before connection_init (4401) or never sends it (4408)', async () => {
    const early = open();
    await early.opened;
    early.send({ id: '1', type: 'subscribe', payload: { query: UNREAD_COUNT } });
    expect((await early.closed).code).toBe(4401);
    const silent = open();
    await silent.opened;
    expect((await silent.closed).code).toBe(4408);
  });

  it('refuses the subscriptions of a flood beyond the per-socket limit and keeps serving the others', async () => {
    const alice = await user();
    const socket = await connected(alice.token);
    for (let id = 1; id <= LIMITS.maxSubscriptionsPerConnection + 2; id += 1) socket.send({ id: String(id), type: 'subscribe', payload: { query: UNREAD_COUNT } });
    for (let id = 1; id <= LIMITS.maxSubscriptionsPerConnection; id += 1) {
      expect(await socket.next(forId(String(id), 'next'))).toMatchObject({ payload: { data: { unreadMessageCount: 0 } } });
    }
    for (const id of ['5', '6']) {
      const refusal = errorsOf(await socket.next(forId(id, 'error')));
      expect(refusal).toEqual([{ message: '每个实时连接最多同时订阅 4 项', extensions: { code: ErrorCode.RATE_LIMITED } }]);
    }
    // A completed subscription gives its place back.
    socket.send({ id: '1', type: 'complete' });
    await sleep(100);
    socket.send({ id: '7', type: 'subscribe', payload: { query: UNREAD_COUNT } });
    expect(await socket.next(forId('7', 'next'))).toMatchObject({ payload: { data: { unreadMessageCount: 0 } } });
  });

  it('closes a socket that floods messages (1008) or sends one beyond the size limit (1009)', async () => {
    const alice = await user();
    const flooding = await connected(alice.token);
    for (let i = 0; i < LIMITS.maxMessagesPerWindow + 5; i += 1) flooding.send({ type: 'ping' });
    expect(await flooding.closed).toEqual({ code: 1008, reason: '消息过于频繁' });

    const oversized = await connected(alice.token);
    oversized.send({ id: '1', type: 'subscribe', payload: { query: `subscription { unreadMessageCount } # ${'x'.repeat(LIMITS.maxMessageBytes)}` } });
    expect((await oversized.closed).code).toBe(1009);

    const garbage = await connected(alice.token);
    garbage.send('{"type":');
    expect((await garbage.closed).code).toBe(4400);
  });

  it("cannot reach another user's events through arguments or variables", async () => {
    const alice = await user();
    const bob = await user();
    await sendMessage(bob.userId, '鲍勃的私人消息');
    const bobsEvent = await t.dataSource
      .getRepository(OutboxEventEntity)
      .createQueryBuilder('e')
      .where('e.audience_user_ids = :ids', { ids: `,${bob.userId},` })
      .getOneOrFail();
    const socket = await connected(alice.token);

    socket.send({ id: 'arg', type: 'subscribe', payload: { query: `subscription { messageReceived(userId: "${bob.userId}") { eventId } }` } });
    expect(errorsOf(await socket.next(forId('arg', 'error')))[0]?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);

    socket.send({ id: 'bad', type: 'subscribe', payload: { query: MESSAGE_RECEIVED, variables: { after: "' OR 1=1 --" } } });
    const malformed = await socket.next((message) => message.id === 'bad' && (message.type === 'error' || message.type === 'next'));
    const malformedErrors = (message: Message) => (message.type === 'error' ? errorsOf(message) : (message.payload as { errors: ReturnType<typeof errorsOf> }).errors);
    expect(malformedErrors(malformed)[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'after' }] });

    // Resuming from before Bob's event, or from Bob's event id itself, replays only what is Alice's.
    socket.send({ id: 'early', type: 'subscribe', payload: { query: MESSAGE_RECEIVED, variables: { after: cursorAt(Date.now() - 60_000) } } });
    socket.send({ id: 'his', type: 'subscribe', payload: { query: MESSAGE_RECEIVED, variables: { after: bobsEvent.id } } });
    await sleep(300);
    await sendMessage(alice.userId, '爱丽丝的消息');
    for (const id of ['early', 'his']) {
      const next = await socket.next(forId(id, 'next'));
      expect((next.payload as { data: { messageReceived: { message: { title: string } } } }).data.messageReceived.message.title).toBe('爱丽丝的消息');
    }
    await sleep(200);
    const delivered = socket.messages.filter((message) => message.type === 'next');
    expect(JSON.stringify(delivered)).not.toContain('鲍勃');
    expect(JSON.stringify(delivered)).not.toContain(bobsEvent.id);
  });

  it('runs no query or mutation over the socket, and judges documents by the limits HTTP applies', async () => {
    const alice = await user();
    const socket = await connected(alice.token);
    socket.send({ id: 'q', type: 'subscribe', payload: { query: '{ me { id } }' } });
    socket.send({ id: 'm', type: 'subscribe', payload: { query: 'mutation { logout }' } });
    for (const id of ['q', 'm']) expect(errorsOf(await socket.next(forId(id, 'error')))).toEqual([{ message: ONLY_SUBSCRIPTIONS_MESSAGE, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [] } }]);
    expect((await gqlAs(t, alice.token, '{ me { id } }')).errors).toBeUndefined();

    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: unreadMessageCount`).join(' ');
    socket.send({ id: 'alias', type: 'subscribe', payload: { query: `subscription { ${aliases} }` } });
    expect(errorsOf(await socket.next(forId('alias', 'error')))[0]).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
    const deep = `subscription { messageReceived { message { ${'id '.repeat(850)}} } }`;
    socket.send({ id: 'tokens', type: 'subscribe', payload: { query: deep } });
    expect(errorsOf(await socket.next(forId('tokens', 'error')))[0]).toMatchObject({ message: '查询语句过长：最多 800 个词法单元', extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [] } });
    socket.send({ id: 'hash', type: 'subscribe', payload: { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } } });
    expect(errorsOf(await socket.next(forId('hash', 'error')))[0]?.extensions.code).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
  });

  it('limits the sockets per user (4429) and per client IP (429 before the handshake)', async () => {
    const alice = await user();
    for (let i = 0; i < LIMITS.maxConnectionsPerUser; i += 1) await connected(alice.token);
    expect(await refusedInit({ accessToken: alice.token })).toEqual({ code: 4429, reason: '同时打开的实时连接过多' });
    const bob = await user();
    for (let i = 0; i < LIMITS.maxConnectionsPerIp - LIMITS.maxConnectionsPerUser; i += 1) await connected(bob.token);
    const refused = await open().opened.catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpgradeRefused);
    expect((refused as UpgradeRefused).status).toBe(429);
    expect((refused as UpgradeRefused).headers['retry-after']).toBe('60');
    expect(JSON.parse((refused as UpgradeRefused).body)).toEqual({ errors: [{ message: '同时打开的实时连接过多', extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 60 } }] });
  });

  it('upgrades only /graphql, and only for the graphql-transport-ws protocol', async () => {
    const elsewhere = await open(['graphql-transport-ws'], '/api/files').opened.catch((error: unknown) => error);
    expect((elsewhere as UpgradeRefused).status).toBe(404);
    const legacy = await open(['graphql-ws']).opened.catch((error: unknown) => error);
    expect((legacy as UpgradeRefused).status).toBe(400);
    expect(JSON.parse((legacy as UpgradeRefused).body).errors[0].message).toBe('实时连接需使用 graphql-transport-ws 协议');
  });
});

/** In production the socket, like HTTP, runs only the app's safelisted operations, sent by hash. */
describe.each(DIALECTS)('subscriptions in production (%s)', (dialect) => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false, env: { ...productionSecrets(), NODE_ENV: 'production', MIGRATE_ON_START: 'true' } });
    url = await liveUrl(t.http);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('runs a listed subscription by hash and refuses operation text', async () => {
    const { tokens } = await signedInUser(t, { role: Role.ENTERPRISE });
    const socket = rawSocket(url);
    await socket.opened;
    socket.send({ type: 'connection_init', payload: { accessToken: tokens.accessToken } });
    await socket.next(isAck);
    const listed = listedOperation('UnreadMessageCountLive');
    socket.send({ id: 'hash', type: 'subscribe', payload: { query: '', operationName: listed.operationName, extensions: { persistedQuery: { version: 1, sha256Hash: listed.hash } } } });
    expect(await socket.next(forId('hash', 'next'))).toMatchObject({ payload: { data: { unreadMessageCount: 0 } } });
    socket.send({ id: 'text', type: 'subscribe', payload: { query: 'subscription { unreadMessageCount }' } });
    expect(errorsOf(await socket.next(forId('text', 'error')))).toEqual([{ message: FREE_FORM_REFUSED_MESSAGE, extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } }]);
    // Text identical to a listed operation is that operation, as over HTTP.
    socket.send({ id: 'same', type: 'subscribe', payload: { query: listed.document } });
    expect(await socket.next(forId('same', 'next'))).toMatchObject({ payload: { data: { unreadMessageCount: 0 } } });
    socket.ws.terminate();
  });
});
