import { listTestIdentities } from '@rongtong/mock-server';
import { IsNull } from 'typeorm';
import { FieldCipher } from '../src/infra/crypto/field-cipher';
import { USER_ACCOUNT_FIELDS } from '../src/modules/accounts/user-account-fields';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { EnterpriseRelation } from '../src/modules/enterprises/enterprise-relation';
import { EnterprisesService } from '../src/modules/enterprises/enterprises.service';
import { OidcLoginRequestEntity } from '../src/core-modules/auth/identity/oidc-login-request.entity';
import { errorCode, gqlAs } from './support/auth';
import {
  beginLogin,
  chooseIdentity,
  citizenIdentity,
  completeLogin,
  enterpriseIdentities,
  hostAuthCode,
  hostLogin,
  loginAs,
  loginRowCounts,
  setIdentitySettings,
  startMock,
  type RunningMock,
} from './support/identity';
import { expectNoPersonalData } from './support/personal-data';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const ME = '{ me { id displayName role phoneMasked enterprises { relation enterprise { id uscc name } } activeEnterprise { id uscc name } } }';
const SWITCH = 'mutation($id: ID!) { switchEnterprise(enterpriseId: $id) { activeEnterprise { id uscc } } }';

describe.each(DIALECTS)('unified identity login (%s)', (dialect) => {
  let mock: RunningMock;
  let t: TestApp;
  const [legalRepA, agentA, legalRepB, , legalRepC] = enterpriseIdentities();

  beforeAll(async () => {
    mock = await startMock();
    t = await createTestApp({ dialect, env: { MOCK_SERVER_URL: mock.url } });
  });

  afterEach(async () => {
    await setIdentitySettings(mock, {});
  });

  afterAll(async () => {
    await t?.close();
    await mock?.close();
  });

  it('logs in through the browser flow: authorize page, identity choice, redirect, completeUnifiedLogin', async () => {
    const payload = await loginAs(t, legalRepA.sub);
    expect(payload.me).toMatchObject({
      displayName: legalRepA.name,
      role: 'ENTERPRISE',
      phoneMasked: `${legalRepA.phone.slice(0, 3)}****${legalRepA.phone.slice(-4)}`,
      enterprises: [{ relation: 'LEGAL_REPRESENTATIVE', enterprise: { uscc: legalRepA.uscc, name: legalRepA.enterpriseName } }],
      activeEnterprise: { uscc: legalRepA.uscc, name: legalRepA.enterpriseName },
    });
    const me = await gqlAs<{ me: { activeEnterprise: { uscc: string } } }>(t, payload.accessToken, ME);
    expect(me.data?.me.activeEnterprise.uscc).toBe(legalRepA.uscc);

    const user = await t.dataSource.manager.findOneByOrFail(UserAccountEntity, { subject: legalRepA.sub });
    const cipher = t.app.get(FieldCipher);
    expect(cipher.open(USER_ACCOUNT_FIELDS.phone, user)).toBe(legalRepA.phone);
    expect(cipher.open(USER_ACCOUNT_FIELDS.residentId, user)).toBe(legalRepA.residentId);
    expect(user.phoneIndex).toBe(cipher.blindIndex(legalRepA.phone, 'phone'));
    expect(user.residentIdMasked).toBe(`${legalRepA.residentId.slice(0, 4)}**********${legalRepA.residentId.slice(-4)}`);
    const logins = (await t.dataSource.query(`SELECT result FROM audit_logs WHERE action = 'LOGIN' AND actor_id = '${user.id}'`)) as unknown[];
    expect(logins).toHaveLength(1);
  });

  it('recognises a returning user: one user, one enterprise, one binding', async () => {
    const before = await loginRowCounts(t.dataSource);
    const payload = await loginAs(t, legalRepA.sub);
    const after = await loginRowCounts(t.dataSource);
    expect(after).toEqual({ ...before, sessions: before.sessions + 1 });
    expect(payload.me.enterprises).toHaveLength(1);
  });

  it('binds the agent of the same enterprise as AGENT to the same enterprise', async () => {
    const payload = await loginAs(t, agentA.sub);
    expect(payload.me.enterprises).toEqual([
      { relation: 'AGENT', enterprise: expect.objectContaining({ uscc: agentA.uscc }) as unknown },
    ]);
    const enterprises = (await t.dataSource.query(`SELECT id FROM enterprises WHERE uscc = '${agentA.uscc}'`)) as unknown[];
    expect(enterprises).toHaveLength(1);
  });

  it('logs a citizen in without an enterprise', async () => {
    const citizen = citizenIdentity();
    const payload = await loginAs(t, citizen.sub);
    expect(payload.me).toMatchObject({ displayName: citizen.name, role: 'ENTERPRISE', enterprises: [], activeEnterprise: null });
  });

  it('logs in inside 皖事通 with a host auth code', async () => {
    const code = await hostAuthCode(mock, { sub: legalRepB.sub });
    const response = await hostLogin(t, code);
    expect(response.errors).toBeUndefined();
    expect(response.data?.hostLogin.me.activeEnterprise?.uscc).toBe(legalRepB.uscc);
  });

  it('switches between two bound enterprises and refuses one the user is not bound to', async () => {
    const login = await loginAs(t, legalRepA.sub);
    const enterpriseA = login.me.activeEnterprise?.id ?? '';
    const enterprises = t.app.get(EnterprisesService);
    const enterpriseB = await t.dataSource.transaction(async (manager) => {
      const enterprise = await enterprises.upsertFromIdentity(manager, { uscc: legalRepB.uscc, name: legalRepB.enterpriseName });
      await enterprises.bind(manager, login.me.id, enterprise.id, EnterpriseRelation.AGENT);
      return enterprise.id;
    });
    const toB = await gqlAs<{ switchEnterprise: { activeEnterprise: { id: string } } }>(t, login.accessToken, SWITCH, { id: enterpriseB });
    expect(toB.data?.switchEnterprise.activeEnterprise.id).toBe(enterpriseB);
    const me = await gqlAs<{ me: { activeEnterprise: { id: string }; enterprises: unknown[] } }>(t, login.accessToken, ME);
    expect(me.data?.me.activeEnterprise.id).toBe(enterpriseB);
    expect(me.data?.me.enterprises).toHaveLength(2);
    const backToA = await gqlAs<{ switchEnterprise: { activeEnterprise: { id: string } } }>(t, login.accessToken, SWITCH, { id: enterpriseA });
    expect(backToA.data?.switchEnterprise.activeEnterprise.id).toBe(enterpriseA);

    const other = await loginAs(t, legalRepC.sub);
    const enterpriseC = other.me.activeEnterprise?.id ?? '';
    const denied = await gqlAs(t, login.accessToken, SWITCH, { id: enterpriseC });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const stranger = await gqlAs(t, other.accessToken, SWITCH, { id: enterpriseA });
    expect(errorCode(stranger)).toBe('FORBIDDEN');
    const still = await gqlAs<{ me: { activeEnterprise: { id: string } } }>(t, login.accessToken, ME);
    expect(still.data?.me.activeEnterprise.id).toBe(enterpriseA);
    const deniedAudits = (await t.dataSource.query(
      `SELECT id FROM audit_logs WHERE action = 'ENTERPRISE_SWITCHED' AND result = 'DENIED'`,
    )) as unknown[];
    expect(deniedAudits).toHaveLength(2);
  });

  it('refuses a redirect URI that is not on the allow-list and stores nothing', async () => {
    const before = await t.dataSource.manager.count(OidcLoginRequestEntity);
    const response = await t.gql('mutation { beginUnifiedLogin(redirectUri: "https://evil.example/cb") { state } }');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field: 'redirectUri', message: '登录回调地址不在允许的范围内' }]);
    expect(await t.dataSource.manager.count(OidcLoginRequestEntity)).toBe(before);
  });

  it('refuses an unknown state without redeeming anything', async () => {
    const { authorizeUrl } = await beginLogin(t);
    const { code } = await chooseIdentity(authorizeUrl, legalRepA.sub);
    const before = await loginRowCounts(t.dataSource);
    const response = await completeLogin(t, 'not-a-state-we-issued', code);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('登录请求无效、已过期或已使用，请重新登录');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('uses a state once: the second completion is refused', async () => {
    const { authorizeUrl } = await beginLogin(t);
    const { code, state } = await chooseIdentity(authorizeUrl, legalRepA.sub);
    expect((await completeLogin(t, state, code)).errors).toBeUndefined();
    const before = await loginRowCounts(t.dataSource);
    const again = await completeLogin(t, state, code);
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a state older than ten minutes', async () => {
    const { authorizeUrl, state } = await beginLogin(t);
    const { code } = await chooseIdentity(authorizeUrl, legalRepA.sub);
    await t.dataSource.manager.update(OidcLoginRequestEntity, { usedAt: IsNull() }, { expiresAt: new Date(Date.now() - 1000) });
    const before = await loginRowCounts(t.dataSource);
    expect(errorCode(await completeLogin(t, state, code))).toBe('UNAUTHENTICATED');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a reused authorization code', async () => {
    const first = await beginLogin(t);
    const { code, state } = await chooseIdentity(first.authorizeUrl, legalRepA.sub);
    expect((await completeLogin(t, state, code)).errors).toBeUndefined();
    const second = await beginLogin(t);
    const before = await loginRowCounts(t.dataSource);
    const replay = await completeLogin(t, second.state, code);
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0]?.message).toBe('授权码无效、已过期或已使用，请重新登录');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a reused host auth code', async () => {
    const code = await hostAuthCode(mock, { sub: agentA.sub });
    expect((await hostLogin(t, code)).errors).toBeUndefined();
    const before = await loginRowCounts(t.dataSource);
    expect(errorCode(await hostLogin(t, code))).toBe('UNAUTHENTICATED');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a browser-flow code presented as a host code (no PKCE verifier)', async () => {
    const { authorizeUrl } = await beginLogin(t);
    const { code } = await chooseIdentity(authorizeUrl, legalRepA.sub);
    const before = await loginRowCounts(t.dataSource);
    expect(errorCode(await hostLogin(t, code))).toBe('UNAUTHENTICATED');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses an expired id_token', async () => {
    await setIdentitySettings(mock, { clockSkewSeconds: -3600 });
    const { authorizeUrl } = await beginLogin(t);
    const { code, state } = await chooseIdentity(authorizeUrl, legalRepB.sub);
    const before = await loginRowCounts(t.dataSource);
    const response = await completeLogin(t, state, code);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('身份凭证校验未通过，请重新登录');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('audits refused logins with a reason and no personal data', async () => {
    const rows = (await t.dataSource.query(`SELECT detail FROM audit_logs WHERE action = 'LOGIN_FAILED'`)) as Array<{ detail: string }>;
    const reasons = rows.map((row) => (JSON.parse(row.detail) as { reason: string }).reason);
    expect(reasons).toEqual(
      expect.arrayContaining(['LOGIN_REQUEST_INVALID', 'GRANT_REJECTED:token endpoint: invalid_request', 'TOKEN_INVALID:ERR_JWT_EXPIRED']),
    );
    // Reused codes never reach the platform again: refused as replays (the state used once, the two reused codes).
    const replays = (await t.dataSource.query(`SELECT result, detail FROM audit_logs WHERE action = 'AUTHORIZATION_CODE_REPLAYED'`)) as Array<{
      result: string;
      detail: string;
    }>;
    expect(replays.map((row) => [row.result, (JSON.parse(row.detail) as { channel: string }).channel]).sort()).toEqual([
      ['DENIED', 'HOST_APP'],
      ['DENIED', 'UNIFIED_IDENTITY'],
      ['DENIED', 'UNIFIED_IDENTITY'],
    ]);
  });

  it('keeps the identities’ phone numbers and resident ID numbers out of every table and the log', async () => {
    await expectNoPersonalData(t, listTestIdentities());
  });
});
