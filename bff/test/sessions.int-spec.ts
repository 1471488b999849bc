import { Role, syntheticUscc } from '@rongtong/shared';
import request from 'supertest';
import { Clock } from '../src/infra/clock/clock';
import { TokenHasher } from '../src/infra/crypto/token-hasher';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { EnterpriseRelation } from '../src/modules/enterprises/enterprise-relation';
import { EnterprisesService } from '../src/modules/enterprises/enterprises.service';
import { RefreshTokenEntity } from '../src/core-modules/auth/sessions/refresh-token.entity';
import { SessionEntity } from '../src/core-modules/auth/sessions/session.entity';
import { SessionsService, type IssuedTokens } from '../src/core-modules/auth/sessions/sessions.service';
import { errorCode, gqlAs, signedInUser, signIn, TEST_INSTITUTION_ID } from './support/auth';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const ME = 'query Me { me { id displayName role permissions phoneMasked mustChangePassword totpEnabled } }';
const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    me { id role }
  }
}`;
const LOGOUT = 'mutation Logout { logout }';

interface RefreshData {
  refreshSession: { accessToken: string; accessTokenExpiresAt: string; refreshToken: string; refreshTokenExpiresAt: string; me: { id: string; role: string } };
}

const MINUTE = 60_000;

describe.each(DIALECTS)('sessions (%s)', (dialect) => {
  let t: TestApp;
  let clock: Clock;
  let now: number;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: true });
    clock = t.app.get(Clock);
  });

  beforeEach(() => {
    now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t?.close();
  });

  const advance = (ms: number) => {
    now += ms;
  };
  const auditActions = async (targetId: string) =>
    (await t.dataSource.getRepository(AuditLogEntity).find({ where: { targetId }, order: { seq: 'ASC' } })).map((row) => row.action);
  const refresh = (token: string) => gqlAs<RefreshData>(t, null, REFRESH, { refreshToken: token });
  const session = (id: string) => t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id });

  it('answers `me` for a valid bearer token and UNAUTHENTICATED without one or with a bad one', async () => {
    const { userId, tokens } = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['REVIEWER'], displayName: '审批员甲' });
    const me = await gqlAs<{ me: Record<string, unknown> }>(t, tokens.accessToken, ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      id: userId,
      displayName: '审批员甲',
      role: 'INSTITUTION_STAFF',
      permissions: ['REVIEWER'],
      phoneMasked: null,
      mustChangePassword: false,
      totpEnabled: false,
    });
    expect(errorCode(await gqlAs(t, null, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gqlAs(t, 'not-a-token', ME))).toBe('UNAUTHENTICATED');
    const malformed = await request(t.http).post('/graphql').set('Content-Type', 'application/json').set('Authorization', 'Basic abc').send({ query: ME });
    expect(malformed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stores only HMAC-SM3 hashes of the tokens', async () => {
    const { tokens } = await signedInUser(t, { role: Role.OPERATOR });
    const hasher = t.app.get(TokenHasher);
    const stored = await session(tokens.sessionId);
    expect(stored.accessTokenHash).toBe(hasher.hash(tokens.accessToken));
    const refreshRow = await t.dataSource.getRepository(RefreshTokenEntity).findOneByOrFail({ sessionId: tokens.sessionId });
    expect(refreshRow.tokenHash).toBe(hasher.hash(tokens.refreshToken));
    const dump = JSON.stringify([stored, refreshRow]);
    expect(dump).not.toContain(tokens.accessToken);
    expect(dump).not.toContain(tokens.refreshToken);
    expect(tokens.accessTokenExpiresAt.getTime() - now).toBe(15 * MINUTE);
    expect(tokens.refreshTokenExpiresAt.getTime() - now).toBe(7 * 24 * 60 * MINUTE);
  });

  it('rotates on refresh: a new pair in the same session, the old access token stops working', async () => {
    const { userId, tokens } = await signedInUser(t, { role: Role.GOV_OFFICER });
    advance(5 * MINUTE);
    const refreshed = await refresh(tokens.refreshToken);
    expect(refreshed.errors).toBeUndefined();
    const next = refreshed.data?.refreshSession;
    expect(next?.me).toEqual({ id: userId, role: 'GOV_OFFICER' });
    expect(next?.refreshToken).not.toBe(tokens.refreshToken);
    expect(next?.accessTokenExpiresAt).toBe(new Date(now + 15 * MINUTE).toISOString());
    expect(errorCode(await gqlAs(t, tokens.accessToken, ME))).toBe('UNAUTHENTICATED');
    expect((await gqlAs(t, next?.accessToken ?? '', ME)).errors).toBeUndefined();
    const family = await t.dataSource.getRepository(RefreshTokenEntity).find({ where: { sessionId: tokens.sessionId } });
    expect(family).toHaveLength(2);
    expect(family.filter((token) => token.usedAt !== null)).toHaveLength(1);
    expect(await auditActions(tokens.sessionId)).toEqual(['SESSION_REFRESHED']);
  });

  it('revokes the whole family when a used refresh token comes back, and audits it', async () => {
    const { tokens } = await signedInUser(t, { role: Role.ENTERPRISE });
    const first = (await refresh(tokens.refreshToken)).data?.refreshSession;
    const reuse = await refresh(tokens.refreshToken);
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
    expect(reuse.errors?.[0]?.message).toContain('已退出登录');
    expect(errorCode(await refresh(first?.refreshToken ?? ''))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gqlAs(t, first?.accessToken ?? '', ME))).toBe('UNAUTHENTICATED');
    expect(await session(tokens.sessionId)).toMatchObject({ revokeReason: 'TOKEN_REUSE', revokedAt: expect.any(Date) });
    expect(await auditActions(tokens.sessionId)).toEqual(['SESSION_REFRESHED', 'TOKEN_REUSE_DETECTED']);
  });

  it('lets only one of two simultaneous refreshes with the same token win, then treats the other as reuse', async () => {
    const { tokens } = await signedInUser(t, { role: Role.ENTERPRISE });
    const outcomes = await Promise.all([refresh(tokens.refreshToken), refresh(tokens.refreshToken)]);
    const codes = outcomes.map((outcome) => errorCode(outcome) ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'UNAUTHENTICATED']);
    expect(await session(tokens.sessionId)).toMatchObject({ revokeReason: 'TOKEN_REUSE' });
  });

  it('expires a session after 30 idle minutes (SESSION_EXPIRED), revoking it and auditing once', async () => {
    const { tokens } = await signedInUser(t, { role: Role.SYSTEM_ADMIN });
    advance(14 * MINUTE);
    expect((await gqlAs(t, tokens.accessToken, ME)).errors).toBeUndefined();
    advance(14 * MINUTE);
    const fresh = (await refresh(tokens.refreshToken)).data?.refreshSession;
    expect(fresh).toBeDefined();
    advance(31 * MINUTE);
    const idle = await refresh(fresh?.refreshToken ?? '');
    expect(errorCode(idle)).toBe('SESSION_EXPIRED');
    expect(idle.errors?.[0]?.message).toBe('长时间未操作，登录已过期，请重新登录');
    expect(await session(tokens.sessionId)).toMatchObject({ revokeReason: 'IDLE_TIMEOUT' });
    expect(errorCode(await refresh(fresh?.refreshToken ?? ''))).toBe('UNAUTHENTICATED');
    expect(await auditActions(tokens.sessionId)).toEqual(['SESSION_REFRESHED', 'SESSION_EXPIRED']);
  });

  it('checks the idle timeout on access tokens too', async () => {
    const { tokens } = await signedInUser(t, { role: Role.OPERATOR });
    await t.dataSource.getRepository(SessionEntity).update({ id: tokens.sessionId }, { lastSeenAt: new Date(now - 31 * MINUTE) });
    expect(errorCode(await gqlAs(t, tokens.accessToken, ME))).toBe('SESSION_EXPIRED');
    expect(errorCode(await gqlAs(t, tokens.accessToken, ME))).toBe('UNAUTHENTICATED');
    expect(await auditActions(tokens.sessionId)).toEqual(['SESSION_EXPIRED']);
  });

  it('refuses an access token after 15 minutes; refreshing brings a working one', async () => {
    const { tokens } = await signedInUser(t, { role: Role.GOV_OFFICER });
    advance(10 * MINUTE);
    await gqlAs(t, tokens.accessToken, ME);
    advance(6 * MINUTE);
    expect(errorCode(await gqlAs(t, tokens.accessToken, ME))).toBe('UNAUTHENTICATED');
    const next = (await refresh(tokens.refreshToken)).data?.refreshSession;
    expect((await gqlAs(t, next?.accessToken ?? '', ME)).errors).toBeUndefined();
  });

  it('writes lastSeenAt at most once a minute', async () => {
    const { tokens } = await signedInUser(t, { role: Role.GOV_OFFICER });
    const issuedAt = (await session(tokens.sessionId)).lastSeenAt.getTime();
    advance(30_000);
    await gqlAs(t, tokens.accessToken, ME);
    expect((await session(tokens.sessionId)).lastSeenAt.getTime()).toBe(issuedAt);
    advance(31_000);
    await gqlAs(t, tokens.accessToken, ME);
    expect((await session(tokens.sessionId)).lastSeenAt.getTime()).toBe(now);
  });

  it('logs out: both tokens stop working at once, and the logout is audited', async () => {
    const { userId, tokens } = await signedInUser(t, { role: Role.SECURITY_ADMIN });
    const logout = await gqlAs<{ logout: boolean }>(t, tokens.accessToken, LOGOUT);
    expect(logout.data?.logout).toBe(true);
    expect(errorCode(await gqlAs(t, tokens.accessToken, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gqlAs(t, null, LOGOUT))).toBe('UNAUTHENTICATED');
    const entries = await t.dataSource.getRepository(AuditLogEntity).find({ where: { targetId: tokens.sessionId } });
    expect(entries).toEqual([expect.objectContaining({ action: 'LOGOUT', actorId: userId, actorRole: 'SECURITY_ADMIN', result: 'SUCCESS' })]);
  });

  it('keeps the session when the logout cannot be audited (fail closed)', async () => {
    const { tokens } = await signedInUser(t, { role: Role.OPERATOR });
    const record = jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('audit down'));
    expect(errorCode(await gqlAs(t, tokens.accessToken, LOGOUT))).toBe('INTERNAL_SERVER_ERROR');
    record.mockRestore();
    expect((await session(tokens.sessionId)).revokedAt).toBeNull();
    expect((await gqlAs(t, tokens.accessToken, ME)).errors).toBeUndefined();
  });

  it('revokes every session of a user at once and follows the active enterprise', async () => {
    const { userId, tokens } = await signedInUser(t, { role: Role.ENTERPRISE });
    const second: IssuedTokens = await signIn(t, userId);
    const sessions = t.app.get(SessionsService);
    const enterprises = t.app.get(EnterprisesService);
    const enterpriseId = await t.dataSource.transaction(async (manager) => {
      const enterprise = await enterprises.upsertFromIdentity(manager, { uscc: syntheticUscc(11), name: '会话测试企业' });
      await enterprises.bind(manager, userId, enterprise.id, EnterpriseRelation.AGENT);
      return enterprise.id;
    });
    expect(await sessions.setActiveEnterprise(second.sessionId, '6f1f5e1c-1d7a-4d0a-9a8e-0d5f3c2b1a00')).toBe(false);
    expect(await sessions.setActiveEnterprise(second.sessionId, enterpriseId)).toBe(true);
    expect(await sessions.resolve(second.accessToken, { ip: null, userAgent: null })).toMatchObject({
      userId,
      role: Role.ENTERPRISE,
      activeEnterpriseId: enterpriseId,
      sessionId: second.sessionId,
    });
    await t.dataSource.transaction((manager) => sessions.revokeAllForUser(manager, userId, 'PASSWORD_CHANGED'));
    for (const issued of [tokens, second]) {
      expect(errorCode(await gqlAs(t, issued.accessToken, ME))).toBe('UNAUTHENTICATED');
      expect(errorCode(await refresh(issued.refreshToken))).toBe('UNAUTHENTICATED');
    }
    await expect(sessions.setActiveEnterprise(second.sessionId, enterpriseId)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses the tokens of a disabled account', async () => {
    const { userId, tokens } = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['PRODUCT_MANAGER'], institutionId: TEST_INSTITUTION_ID });
    await t.dataSource.getRepository(UserAccountEntity).update({ id: userId }, { enabled: false });
    expect(errorCode(await gqlAs(t, tokens.accessToken, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('validates the refresh token argument', async () => {
    const response = await refresh('x'.repeat(300));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'refreshToken', message: '刷新令牌格式不正确' }] });
  });

  it('keeps the catalogue and health public, with or without a token', async () => {
    expect((await gqlAs(t, null, '{ products(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await gqlAs(t, 'stale-token', '{ institutions(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await request(t.http).get('/healthz')).status).toBe(200);
    expect((await request(t.http).get('/healthz').set('Authorization', 'Bearer nonsense')).status).toBe(200);
  });
});
