import type { EnterpriseIdentity } from '@rongtong/mock-server';
import { SqliteWriteQueue } from '../../src/infra/database/sqlite-write-queue';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { AuditAction } from '../../src/modules/audit/audit.service';
import { EnterpriseBindingEntity } from '../../src/modules/enterprises/enterprise-binding.entity';
import { OidcClient } from '../../src/core-modules/auth/identity/oidc-client';
import { RefreshTokenEntity } from '../../src/core-modules/auth/sessions/refresh-token.entity';
import { SessionEntity } from '../../src/core-modules/auth/sessions/session.entity';
import { errorCode, gqlAs } from '../support/auth';
import {
  AUTH_PAYLOAD,
  beginLogin,
  chooseIdentity,
  enterpriseIdentities,
  hostAuthCode,
  startMock,
  type AuthPayloadData,
  type RunningMock,
} from '../support/identity';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

const ME = '{ me { enterprises { relation enterprise { id uscc } } activeEnterprise { id uscc } } }';
const SWITCH = 'mutation($id: ID!) { switchEnterprise(enterpriseId: $id) { activeEnterprise { id } } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }';
const COMPLETE = `mutation($s: String!, $c: String!) { completeUnifiedLogin(state: $s, code: $c) { ${AUTH_PAYLOAD} notices } }`;
const HOST_LOGIN = `mutation($c: String!) { hostLogin(authCode: $c) { ${AUTH_PAYLOAD} notices } }`;

type LoginPayload = AuthPayloadData & { notices: string[] };
type MeData = { me: { enterprises: Array<{ relation: string; enterprise: { id: string; uscc: string } }>; activeEnterprise: { id: string } | null } };

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/**
 * Enterprise bindings follow the identity platform: the platform withdraws an agent's authorisation through its own
 * admin API, and the agent's next login (browser or 皖事通) deactivates the binding — no more switchEnterprise to it,
 * from the new session or an older one — and tells the agent once; a later login that asserts it again reactivates
 * it. An authorization code presented twice revokes the session its first use produced, with its refresh tokens.
 */
describe.each(DIALECTS)('enterprise bindings follow the identity platform; replayed codes (%s)', (dialect) => {
  let mock: RunningMock;
  let t: TestApp;
  const agents = enterpriseIdentities().filter((identity) => identity.relation === 'AGENT');

  beforeAll(async () => {
    mock = await startMock();
    t = await createTestApp({ dialect, env: { MOCK_SERVER_URL: mock.url } });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await fetch(`${mock.url}/_admin/identity/authorisations`, { method: 'DELETE' });
  });

  afterAll(async () => {
    await t?.close();
    await mock?.close();
  });

  /** The platform's own admin API: withdraw or restore the agent's authorisation for their enterprise. */
  async function platform(action: 'withdraw' | 'restore', agent: EnterpriseIdentity): Promise<void> {
    const response = await fetch(`${mock.url}/_admin/identity/authorisations/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub: agent.sub }),
    });
    if (response.status !== 200) throw new Error(`${action} refused: ${await response.text()}`);
  }

  const complete = (state: string, code: string) => gqlAs<{ completeUnifiedLogin: LoginPayload }>(t, null, COMPLETE, { s: state, c: code });
  const hostLogin = (code: string) => gqlAs<{ hostLogin: LoginPayload }>(t, null, HOST_LOGIN, { c: code });

  async function browserLogin(agent: EnterpriseIdentity): Promise<LoginPayload> {
    const { authorizeUrl } = await beginLogin(t);
    const { code, state } = await chooseIdentity(authorizeUrl, agent.sub);
    return payloadOf(await complete(state, code), 'completeUnifiedLogin');
  }

  async function appLogin(agent: EnterpriseIdentity): Promise<LoginPayload> {
    return payloadOf(await hostLogin(await hostAuthCode(mock, { sub: agent.sub })), 'hostLogin');
  }

  function payloadOf<K extends string>(response: GraphqlResponse<Record<K, LoginPayload>>, field: K): LoginPayload {
    const payload = response.data?.[field];
    if (!payload) throw new Error(`login failed: ${response.text}`);
    return payload;
  }

  const me = async (token: string) => (await gqlAs<MeData>(t, token, ME)).data?.me;
  const switchTo = (token: string, enterpriseId: string) => gqlAs(t, token, SWITCH, { id: enterpriseId });
  const audits = (action: AuditAction, targetId: string) => t.dataSource.manager.findBy(AuditLogEntity, { action, targetId });
  const liveSession = async (sessionId: string) => (await t.dataSource.manager.findOneByOrFail(SessionEntity, { id: sessionId })).revokedAt === null;

  it('takes switchEnterprise away from an agent whose authorisation the platform withdrew, from every session, and tells them once', async () => {
    const agent = agents[3]!;
    const first = await browserLogin(agent);
    const enterpriseId = first.me.activeEnterprise?.id ?? '';
    expect(first.me.enterprises).toEqual([{ relation: 'AGENT', enterprise: expect.objectContaining({ uscc: agent.uscc }) as unknown }]);
    expect(first.notices).toEqual([]);

    await platform('withdraw', agent);
    const afterWithdrawal = await appLogin(agent);

    expect(afterWithdrawal.notices).toEqual([`您与${agent.enterpriseName}的授权关系已由统一身份认证平台撤销，不能再代表该企业办理业务`]);
    expect(afterWithdrawal.me).toMatchObject({ enterprises: [], activeEnterprise: null });
    expect(errorCode(await switchTo(afterWithdrawal.accessToken, enterpriseId))).toBe('FORBIDDEN');
    // The session of the first login acted for the enterprise: it acts for none now, and cannot switch back.
    expect(await me(first.accessToken)).toEqual({ enterprises: [], activeEnterprise: null });
    expect(errorCode(await switchTo(first.accessToken, enterpriseId))).toBe('FORBIDDEN');

    const binding = await t.dataSource.manager.findOneByOrFail(EnterpriseBindingEntity, { userId: first.me.id, enterpriseId });
    expect(binding.deactivatedAt).toBeInstanceOf(Date);
    expect(await audits(AuditAction.ENTERPRISE_BINDING_WITHDRAWN, enterpriseId)).toEqual([
      expect.objectContaining({ actorId: first.me.id, result: 'SUCCESS', detail: '{"channel":"HOST_APP","relation":"AGENT"}' }),
    ]);
    expect((await browserLogin(agent)).notices).toEqual([]);
  });

  it('reactivates the binding, same row, when the platform asserts it again', async () => {
    const agent = agents[4]!;
    const first = await browserLogin(agent);
    const enterpriseId = first.me.activeEnterprise?.id ?? '';
    const bindingId = (await t.dataSource.manager.findOneByOrFail(EnterpriseBindingEntity, { userId: first.me.id, enterpriseId })).id;
    await platform('withdraw', agent);
    const withdrawn = await browserLogin(agent);
    expect(withdrawn.me.activeEnterprise).toBeNull();

    await platform('restore', agent);
    const restored = await browserLogin(agent);

    expect(restored.notices).toEqual([]);
    expect(restored.me.activeEnterprise?.id).toBe(enterpriseId);
    expect(restored.me.enterprises).toHaveLength(1);
    expect((await switchTo(withdrawn.accessToken, enterpriseId)).errors).toBeUndefined();
    const bindings = await t.dataSource.manager.findBy(EnterpriseBindingEntity, { userId: first.me.id });
    expect(bindings).toEqual([expect.objectContaining({ id: bindingId, enterpriseId, deactivatedAt: null })]);
    expect(await audits(AuditAction.ENTERPRISE_BINDING_RESTORED, enterpriseId)).toHaveLength(1);
  });

  describe('a replayed authorization code', () => {
    async function expectRevoked(payload: LoginPayload, sessionId: string): Promise<void> {
      expect(errorCode(await gqlAs(t, payload.accessToken, ME))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gqlAs(t, null, REFRESH, { r: payload.refreshToken }))).toBe('UNAUTHENTICATED');
      expect(await t.dataSource.manager.findOneByOrFail(SessionEntity, { id: sessionId })).toMatchObject({ revokeReason: 'CODE_REPLAY' });
      const refreshTokens = await t.dataSource.manager.findBy(RefreshTokenEntity, { sessionId });
      expect(refreshTokens.length).toBeGreaterThan(0);
      for (const token of refreshTokens) expect(token.revokedAt).toBeInstanceOf(Date);
      const replays = await audits(AuditAction.AUTHORIZATION_CODE_REPLAYED, sessionId);
      expect(replays).toEqual([expect.objectContaining({ actorId: null, result: 'DENIED' })]);
      expect(JSON.parse(replays[0]?.detail ?? '{}')).toMatchObject({ sessionRevoked: true });
    }

    const sessionOf = async (payload: LoginPayload) =>
      (await t.dataSource.manager.findOneOrFail(SessionEntity, { where: { userId: payload.me.id }, order: { createdAt: 'DESC' } })).id;

    it('revokes the session of its first use and that session’s refresh token (browser flow, another login’s state)', async () => {
      const { authorizeUrl } = await beginLogin(t);
      const { code, state } = await chooseIdentity(authorizeUrl, agents[5]!.sub);
      const first = payloadOf(await complete(state, code), 'completeUnifiedLogin');
      const sessionId = await sessionOf(first);
      expect((await gqlAs(t, first.accessToken, ME)).errors).toBeUndefined();

      const attacker = await beginLogin(t);
      const replay = await complete(attacker.state, code);

      expect(errorCode(replay)).toBe('UNAUTHENTICATED');
      expect(replay.errors?.[0]?.message).toBe('授权码无效、已过期或已使用，请重新登录');
      await expectRevoked(first, sessionId);
    });

    it('revokes it when the whole callback comes again (same state and code)', async () => {
      const { authorizeUrl } = await beginLogin(t);
      const { code, state } = await chooseIdentity(authorizeUrl, agents[6]!.sub);
      const first = payloadOf(await complete(state, code), 'completeUnifiedLogin');
      expect(errorCode(await complete(state, code))).toBe('UNAUTHENTICATED');
      await expectRevoked(first, await sessionOf(first));
    });

    it('revokes it for a 皖事通 host code too', async () => {
      const code = await hostAuthCode(mock, { sub: agents[7]!.sub });
      const first = payloadOf(await hostLogin(code), 'hostLogin');
      expect(errorCode(await hostLogin(code))).toBe('UNAUTHENTICATED');
      await expectRevoked(first, await sessionOf(first));
    });

    it('leaves no live session when the replay arrives while the first use is still at the platform', async () => {
      const agent = agents[8]!;
      const code = await hostAuthCode(mock, { sub: agent.sub });
      const atPlatform = deferred();
      const release = deferred();
      const redeem = OidcClient.prototype.redeem;
      jest.spyOn(OidcClient.prototype, 'redeem').mockImplementationOnce(async function (this: OidcClient, redemption) {
        atPlatform.resolve();
        await release.promise;
        return redeem.call(this, redemption);
      });
      const firstUse = hostLogin(code);
      await atPlatform.promise;
      // On SQLite the replay waits for the first login (mutations take turns); on MariaDB it overtakes it.
      const queued = deferred();
      const exclusive = SqliteWriteQueue.prototype.exclusive;
      jest.spyOn(SqliteWriteQueue.prototype, 'exclusive').mockImplementation(function <R>(this: SqliteWriteQueue, work: () => Promise<R>) {
        queued.resolve();
        return exclusive.call(this, work) as Promise<R>;
      });
      const replay = hostLogin(code);
      await Promise.race([replay, queued.promise]);
      release.resolve();
      const [first, second] = await Promise.all([firstUse, replay]);

      expect(errorCode(second)).toBe('UNAUTHENTICATED');
      const sessions = await t.dataSource.manager.find(SessionEntity, { where: { user: { subject: agent.sub } } });
      expect(sessions.filter((session) => session.revokedAt === null)).toEqual([]);
      if (first.data?.hostLogin) expect(errorCode(await gqlAs(t, first.data.hostLogin.accessToken, ME))).toBe('UNAUTHENTICATED');
      else expect(errorCode(first)).toBe('UNAUTHENTICATED');
    });

    it('still lets a fresh code log in', async () => {
      const payload = await appLogin(agents[9]!);
      expect(await liveSession(await sessionOf(payload))).toBe(true);
    });
  });
});
