import { Role } from '@rongtong/shared';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { OutboxEventEntity } from '../src/core-modules/events/outbox-event.entity';
import { gqlAs, signedInUser } from './support/auth';
import { enterpriseActor } from './support/consents';
import { liveClient, MESSAGE_RECEIVED, sleep, type LiveClient, type ReceivedMessage } from './support/live';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';
import { freePort } from './support/free-port';
import { startBff, stopBff, transpiledBff } from './support/transpiled-bff';

const CREATE_POLICY = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const PUBLISH_POLICY = 'mutation ($id: ID!) { publishPolicy(id: $id) { notifiedUserCount } }';
const TITLE = '阜阳市小微企业首贷续贷贴息办法';

/** `node main.js` (the sources transpiled) on the test's database, listening on a free port. */
async function start(main: string, env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const bff = await startBff(main, { ...env, PORT: String(port), HOST: '127.0.0.1' }, port);
  return { process: bff.child, http: bff.url, ws: `ws://127.0.0.1:${port}/graphql` };
}

interface Child {
  process: ChildProcessWithoutNullStreams;
  http: string;
  ws: string;
}

/**
 * Issue 13 "Crash test" and issue 16 item 4: a BFF that committed a change (a policy published, its 政策推送 message
 * and the message's event written in that transaction) is killed with SIGKILL before it published the event
 * (OUTBOX_TEST_SKIP_PUBLISH holds the publish back, as a crash between commit and publish would). After a restart
 * on the same database, the subscriber — reconnecting and resuming from its cursor — receives the event, and the
 * restarted instance's relay publishes the row it finds left behind.
 */
describe.each(DIALECTS)('an event committed just before a crash is delivered after the restart (%s)', (dialect) => {
  let t: TestApp;
  let main: string;
  let filesDir: string;
  const children: Child[] = [];
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    main = join(transpiledBff(), 'src', 'main.js');
    // The test's own instance only prepares the data; it publishes nothing itself.
    t = await createTestApp({ dialect, seed: false, env: { OUTBOX_TEST_SKIP_PUBLISH: 'true' } });
    filesDir = mkdtempSync(join(tmpdir(), 'rt-crash-files-'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    for (const child of children) await stopBff(child.process, 'SIGKILL');
    await t?.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  function childEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: t.config.databaseUrl,
      SEED_ON_START: 'false',
      MIGRATE_ON_START: 'true',
      H5_DIR: join(tmpdir(), 'rt-no-h5'),
      FILES_DIR: filesDir,
      LOG_LEVEL: 'warn',
      ...extra,
    };
  }

  it('delivers the policy-push message after SIGKILL and restart', async () => {
    const enterprise = await enterpriseActor(t);
    const { tokens: operator } = await signedInUser(t, { role: Role.OPERATOR });
    const draft = await gqlAs<{ createPolicy: { id: string } }>(t, operator.accessToken, CREATE_POLICY, {
      input: {
        title: TITLE,
        level: 'CITY',
        issuer: '阜阳市地方金融管理局',
        documentNumber: '阜金管〔2026〕12号',
        issuedOn: '2026-12-01',
        summary: '对首次贷款和续贷的小微企业给予贴息。',
        bodyHtml: '<p>面向全部企业。</p>',
        industryCodes: [],
        scales: [],
        enterpriseTypes: [],
      },
    });
    const policyId = draft.data?.createPolicy.id;
    expect(policyId).toBeDefined();

    const crashing = await start(main, childEnv({ OUTBOX_TEST_SKIP_PUBLISH: 'true' }));
    children.push(crashing);
    const before = liveClient(crashing.ws, { accessToken: enterprise.token });
    clients.push(before);
    const cursor = (await before.acknowledged).cursor as string;
    const missed = before.subscribe<ReceivedMessage>(MESSAGE_RECEIVED, { after: cursor }).received;

    const published = await request(crashing.http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${operator.accessToken}`)
      .send({ query: PUBLISH_POLICY, variables: { id: policyId } });
    expect(published.body).toEqual({ data: { publishPolicy: { notifiedUserCount: 1 } } });
    await stopBff(crashing.process, 'SIGKILL');
    expect((await before.closed).code).toBe(1006);
    expect(missed.data).toEqual([]);

    // Committed, never published.
    const outbox = t.dataSource.getRepository(OutboxEventEntity);
    const left = await outbox.createQueryBuilder('e').where('e.audience_user_ids = :ids', { ids: `,${enterprise.userId},` }).getOneOrFail();
    expect(left).toMatchObject({ topic: 'message.received', publishedAt: null });

    const restarted = await start(main, childEnv());
    children.push(restarted);
    const after = liveClient(restarted.ws, { accessToken: enterprise.token });
    clients.push(after);
    await after.acknowledged;
    const resumed = after.subscribe<ReceivedMessage>(MESSAGE_RECEIVED, { after: cursor }).received;
    await resumed.untilData(1, 15_000);
    expect(resumed.data[0]!.messageReceived).toMatchObject({ eventId: left.id, topic: 'message.received', message: { kind: 'POLICY_PUSH', title: `政策推送：${TITLE}` } });

    // The restarted relay found the row left behind and published it.
    const deadline = Date.now() + 15_000;
    let row = await outbox.findOneByOrFail({ id: left.id });
    while (row.publishedAt === null && Date.now() < deadline) {
      await sleep(200);
      row = await outbox.findOneByOrFail({ id: left.id });
    }
    expect(row.publishedAt).not.toBeNull();
    await sleep(300);
    expect(resumed.data).toHaveLength(1);
  }, 180_000);
});
