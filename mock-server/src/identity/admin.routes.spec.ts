import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { buildMockServer } from '../app';
import type { KeyRingSummary } from './keys';
import { listTestIdentities, type EnterpriseIdentity } from './identities';
import { codeFor, newLoginAttempt, redeem, TEST_CLIENT } from './oidc-test-client';
import { DEFAULT_IDENTITY_SETTINGS } from './settings';
import type { TokenResponse } from './tokens';

type App = ReturnType<typeof buildMockServer>;

const SUB = listTestIdentities()[0].sub;

describe('identity admin: key rotation', () => {
  let app: App;

  beforeAll(async () => {
    app = buildMockServer({ logger: false });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  const jwks = async () => (await app.inject({ method: 'GET', url: '/oidc/jwks' })).json<JSONWebKeySet>();
  const kids = async () => (await jwks()).keys.map((key) => key.kid);
  const idToken = async () => {
    const attempt = newLoginAttempt();
    return (await redeem(app, await codeFor(app, attempt, SUB), attempt)).json<TokenResponse>().id_token;
  };
  const verifies = async (token: string) => {
    try {
      await jwtVerify(token, createLocalJWKSet(await jwks()), { audience: TEST_CLIENT.clientId });
      return true;
    } catch {
      return false;
    }
  };

  it('signs with the next key after a rotation and keeps the retired key published until the one after', async () => {
    const before = (await app.inject({ method: 'GET', url: '/_admin/identity/keys' })).json<KeyRingSummary>();
    expect(await kids()).toEqual([before.activeKid, before.nextKid]);
    const oldToken = await idToken();
    expect(decodeProtectedHeader(oldToken).kid).toBe(before.activeKid);

    const rotation = await app.inject({ method: 'POST', url: '/_admin/identity/rotate-keys' });
    expect(rotation.statusCode).toBe(200);
    const after = rotation.json<KeyRingSummary>();
    expect(after).toEqual({ activeKid: before.nextKid, nextKid: expect.any(String), retiredKid: before.activeKid });
    expect([before.activeKid, before.nextKid]).not.toContain(after.nextKid);
    expect(await kids()).toEqual([after.activeKid, after.nextKid, before.activeKid]);

    const newToken = await idToken();
    expect(decodeProtectedHeader(newToken).kid).toBe(before.nextKid);
    expect(await verifies(oldToken)).toBe(true);
    expect(await verifies(newToken)).toBe(true);

    const second = (await app.inject({ method: 'POST', url: '/_admin/identity/rotate-keys' })).json<KeyRingSummary>();
    expect(second.retiredKid).toBe(before.nextKid);
    expect(await kids()).not.toContain(before.activeKid);
    expect(await verifies(oldToken)).toBe(false);
    expect(await verifies(newToken)).toBe(true);
  });
});

describe('identity admin: settings', () => {
  let app: App;

  beforeAll(async () => {
    app = buildMockServer({ logger: false });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  const put = (payload: unknown) => app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: payload as object });
  const current = async () => (await app.inject({ method: 'GET', url: '/_admin/identity/settings' })).json();

  it('starts from the defaults', async () => {
    expect(await current()).toEqual({ idTokenTtlSeconds: 300, codeTtlSeconds: 60, clockSkewSeconds: 0 });
  });

  it('replaces the settings, a field left out taking its default', async () => {
    const response = await put({ idTokenTtlSeconds: 30, clockSkewSeconds: -120 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ idTokenTtlSeconds: 30, codeTtlSeconds: 60, clockSkewSeconds: -120 });
    await put({ codeTtlSeconds: 0 });
    expect(await current()).toEqual({ ...DEFAULT_IDENTITY_SETTINGS, codeTtlSeconds: 0 });
    await put({});
    expect(await current()).toEqual(DEFAULT_IDENTITY_SETTINGS);
  });

  it('rejects bad values with Chinese field errors and changes nothing', async () => {
    await put({ idTokenTtlSeconds: 45 });
    const response = await put({ idTokenTtlSeconds: 0, codeTtlSeconds: 601, clockSkewSeconds: 1.5, colour: 'red' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.any(String),
      fields: [
        { field: 'colour', message: '不支持的字段' },
        { field: 'idTokenTtlSeconds', message: 'id_token 有效期必须是 1–86400 之间的整数（秒）' },
        { field: 'codeTtlSeconds', message: '授权码有效期必须是 0–600 之间的整数（秒），0 表示签发即过期' },
        { field: 'clockSkewSeconds', message: '时钟偏移必须是 -86400–86400 之间的整数（秒）' },
      ],
    });
    expect(await current()).toEqual({ ...DEFAULT_IDENTITY_SETTINGS, idTokenTtlSeconds: 45 });
  });

  it.each([[[]], ['30'], [null]])('rejects the body %j', async (body) => {
    const response = await app.inject({
      method: 'PUT',
      url: '/_admin/identity/settings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ fields: [{ field: 'body', message: '请求体必须是 JSON 对象' }] });
  });
});

describe('identity admin: enterprise authorisations', () => {
  let app: App;
  const agent = listTestIdentities().find((identity): identity is EnterpriseIdentity => identity.kind === 'ENTERPRISE' && identity.relation === 'AGENT');
  const citizen = listTestIdentities().find((identity) => identity.kind === 'CITIZEN');

  beforeAll(async () => {
    app = buildMockServer({ logger: false });
    await app.ready();
  });

  afterEach(async () => {
    await app.inject({ method: 'DELETE', url: '/_admin/identity/authorisations' });
  });

  afterAll(async () => {
    await app.close();
  });

  const post = (action: 'withdraw' | 'restore', payload: unknown) =>
    app.inject({ method: 'POST', url: `/_admin/identity/authorisations/${action}`, payload: payload as object });
  /** The id_token claims and the userinfo answer of a fresh login as `sub`. */
  const claimsOf = async (sub: string) => {
    const attempt = newLoginAttempt();
    const tokens = (await redeem(app, await codeFor(app, attempt, sub), attempt)).json<TokenResponse>();
    const userinfo = await app.inject({ method: 'GET', url: '/oidc/userinfo', headers: { authorization: `Bearer ${tokens.access_token}` } });
    return { idToken: decodeJwt(tokens.id_token), userinfo: userinfo.json<Record<string, unknown>>() };
  };

  it('leaves the enterprise out of the claims of an agent whose authorisation is withdrawn, and puts it back on restore', async () => {
    const sub = agent?.sub ?? '';
    expect((await claimsOf(sub)).idToken).toMatchObject({ uscc: agent?.uscc, enterprise_name: agent?.enterpriseName, relation: 'AGENT' });

    const withdrawn = await post('withdraw', { sub });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toEqual({ withdrawn: [sub] });
    expect((await app.inject({ method: 'GET', url: '/_admin/identity/authorisations' })).json()).toEqual({ withdrawn: [sub] });
    const without = await claimsOf(sub);
    for (const claims of [without.idToken, without.userinfo]) {
      expect(claims).toMatchObject({ sub, name: agent?.name });
      expect(claims).not.toHaveProperty('uscc');
      expect(claims).not.toHaveProperty('enterprise_name');
      expect(claims).not.toHaveProperty('relation');
    }

    expect((await post('restore', { sub })).json()).toEqual({ withdrawn: [] });
    expect((await claimsOf(sub)).userinfo).toMatchObject({ uscc: agent?.uscc, relation: 'AGENT' });
  });

  it('restores every withdrawn authorisation at once', async () => {
    await post('withdraw', { sub: agent?.sub });
    const cleared = await app.inject({ method: 'DELETE', url: '/_admin/identity/authorisations' });
    expect(cleared.json()).toEqual({ restored: 1 });
    expect((await claimsOf(agent?.sub ?? '')).idToken).toHaveProperty('uscc', agent?.uscc);
  });

  it('refuses unknown subjects, citizens and other bodies with Chinese field errors, changing nothing', async () => {
    const unknown = await post('withdraw', { sub: 'wst-nobody', extra: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'extra', message: '不支持的字段' },
        { field: 'sub', message: '没有这个测试身份，可从 GET /dev/host/identities 选择' },
      ],
    });
    const person = await post('restore', { sub: citizen?.sub });
    expect(person.json()).toMatchObject({ fields: [{ field: 'sub', message: '该身份是个人身份，没有企业授权可以撤销或恢复' }] });
    const notAnObject = await post('withdraw', ['x']);
    expect(notAnObject.json()).toMatchObject({ fields: [{ field: 'body', message: '请求体必须是 JSON 对象' }] });
    expect((await app.inject({ method: 'GET', url: '/_admin/identity/authorisations' })).json()).toEqual({ withdrawn: [] });
  });
});

describe('identity admin with MOCK_ADMIN=off', () => {
  it('is not registered, while the provider still works', async () => {
    const app = buildMockServer({ logger: false, adminEnabled: false });
    expect((await app.inject({ method: 'POST', url: '/_admin/identity/rotate-keys' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: {} })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/_admin/identity/authorisations/withdraw', payload: {} })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/oidc/jwks' })).statusCode).toBe(200);
    await app.close();
  });
});
