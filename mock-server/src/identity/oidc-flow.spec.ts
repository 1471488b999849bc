import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { buildMockServer } from '../app';
import { identityClaims } from './claims';
import { listTestIdentities, type TestIdentity } from './identities';
import { maskPhone } from './masking';
import {
  authorizeQuery,
  basicAuth,
  codeFor,
  logIn,
  newLoginAttempt,
  postForm,
  redeem,
  requestIdOf,
  TEST_CLIENT,
} from './oidc-test-client';
import type { TokenResponse } from './tokens';

type App = ReturnType<typeof buildMockServer>;

const PUBLIC_URL = 'http://mock.rongtong.test:4100';
const ISSUER = `${PUBLIC_URL}/oidc`;

const identities = listTestIdentities();
const citizen = identities.find((identity) => identity.kind === 'CITIZEN') as TestIdentity;
const agent = identities.find((identity) => identity.kind === 'ENTERPRISE' && identity.relation === 'AGENT') as TestIdentity;

async function keySet(app: App) {
  return createLocalJWKSet((await app.inject({ method: 'GET', url: '/oidc/jwks' })).json<JSONWebKeySet>());
}

describe('unified identity: OpenID Connect code flow', () => {
  let app: App;

  beforeAll(async () => {
    app = buildMockServer({ logger: false, identity: { publicUrl: PUBLIC_URL } });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  it('publishes a discovery document under the issuer', async () => {
    const response = await app.inject({ method: 'GET', url: '/oidc/.well-known/openid-configuration' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      userinfo_endpoint: `${ISSUER}/userinfo`,
      jwks_uri: `${ISSUER}/jwks`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      scopes_supported: expect.arrayContaining(['openid', 'profile', 'phone']),
      claims_supported: expect.arrayContaining(['sub', 'name', 'phone_number', 'resident_id', 'uscc', 'enterprise_name', 'relation']),
    });
  });

  it('publishes two RSA signing keys, each with a kid', async () => {
    const { keys } = (await app.inject({ method: 'GET', url: '/oidc/jwks' })).json<{ keys: Record<string, string>[] }>();
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toEqual({ kty: 'RSA', n: expect.any(String), e: 'AQAB', kid: expect.any(String), use: 'sig', alg: 'RS256' });
    expect(keys[0].kid).not.toBe(keys[1].kid);
    expect(keys.some((key) => 'd' in key)).toBe(false);
  });

  it('shows a login page listing citizens and every enterprise identity with masked phones', async () => {
    const response = await app.inject({ method: 'GET', url: authorizeQuery(newLoginAttempt()) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const page = response.body;
    expect(page).toContain('安徽政务服务统一身份认证平台（模拟）');
    expect(page).toContain('个人登录');
    expect(page).toContain('法人登录');
    expect(page).toContain('取消');
    for (const identity of identities) {
      expect(page).toContain(`value="${identity.sub}"`);
      expect(page).toContain(maskPhone(identity.phone));
      expect(page).not.toContain(identity.phone);
      if (identity.kind === 'ENTERPRISE') expect(page).toContain(identity.enterpriseName);
    }
    expect(page).toContain('法定代表人');
    expect(page).toContain('经办人');
    expect(page).not.toMatch(/<(script|link|img)\b/);
  });

  it('runs the whole flow: login page → decision → code → tokens → userinfo', async () => {
    const attempt = newLoginAttempt();
    const callback = await logIn(app, attempt, agent.sub);
    expect(`${callback.origin}${callback.pathname}`).toBe('http://127.0.0.1:4000/auth/callback');
    expect(callback.searchParams.get('from')).toBe('test');
    expect(callback.searchParams.get('state')).toBe(attempt.state);
    expect(callback.searchParams.get('iss')).toBe(ISSUER);
    const code = callback.searchParams.get('code') ?? '';
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const response = await redeem(app, code, attempt);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const tokens = response.json<TokenResponse>();
    expect(tokens).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: expect.any(String),
      scope: 'openid profile phone',
    });

    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, await keySet(app), {
      issuer: ISSUER,
      audience: TEST_CLIENT.clientId,
      algorithms: ['RS256'],
    });
    const { activeKid } = (await app.inject({ method: 'GET', url: '/_admin/identity/keys' })).json<{ activeKid: string }>();
    expect(protectedHeader).toEqual({ alg: 'RS256', kid: activeKid, typ: 'JWT' });
    expect(payload).toEqual({
      iss: ISSUER,
      aud: TEST_CLIENT.clientId,
      ...identityClaims(agent),
      iat: expect.any(Number),
      exp: expect.any(Number),
      auth_time: expect.any(Number),
      nonce: attempt.nonce,
    });
    expect(payload).toMatchObject({ relation: 'AGENT', phone_number_masked: maskPhone(agent.phone) });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
    expect(Math.abs((payload.iat ?? 0) - Date.now() / 1000)).toBeLessThan(5);

    const userinfo = await app.inject({
      method: 'GET',
      url: '/oidc/userinfo',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.statusCode).toBe(200);
    expect(userinfo.json()).toEqual(identityClaims(agent));
  });

  it('gives a citizen no enterprise claims', async () => {
    const attempt = newLoginAttempt();
    const tokens = (await redeem(app, await codeFor(app, attempt, citizen.sub), attempt)).json<TokenResponse>();
    const { payload } = await jwtVerify(tokens.id_token, await keySet(app), { issuer: ISSUER, audience: TEST_CLIENT.clientId });
    expect(payload).toMatchObject({ sub: citizen.sub, name: citizen.name, resident_id: citizen.residentId });
    expect(payload.resident_id_masked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    for (const claim of ['uscc', 'enterprise_name', 'relation']) expect(payload).not.toHaveProperty(claim);
  });

  it('accepts client_secret_basic as well as client_secret_post', async () => {
    const attempt = newLoginAttempt();
    const code = await codeFor(app, attempt, citizen.sub);
    const response = await postForm(
      app,
      '/oidc/token',
      { grant_type: 'authorization_code', code, redirect_uri: attempt.redirectUri, code_verifier: attempt.codeVerifier },
      { authorization: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret) },
    );
    expect(response.statusCode).toBe(200);
  });

  it('grants only the supported scopes that were asked for', async () => {
    const attempt = newLoginAttempt();
    const page = await app.inject({ method: 'GET', url: authorizeQuery(attempt, { scope: 'enterprise openid offline_access phone' }) });
    const decision = await postForm(app, '/oidc/authorize/decision', { request_id: requestIdOf(page.body), sub: agent.sub });
    const code = new URL(String(decision.headers.location)).searchParams.get('code') ?? '';
    expect((await redeem(app, code, attempt)).json<TokenResponse>().scope).toBe('openid phone enterprise');
  });

  it('answers userinfo without a good bearer token with 401 and a challenge', async () => {
    const missing = await app.inject({ method: 'GET', url: '/oidc/userinfo' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="oidc"');
    const wrong = await app.inject({ method: 'GET', url: '/oidc/userinfo', headers: { authorization: 'Bearer not-a-token' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(wrong.json()).toMatchObject({ error: 'invalid_token' });
  });

  it('answers userinfo by POST too', async () => {
    const attempt = newLoginAttempt();
    const tokens = (await redeem(app, await codeFor(app, attempt, citizen.sub), attempt)).json<TokenResponse>();
    const response = await app.inject({ method: 'POST', url: '/oidc/userinfo', headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(response.json()).toMatchObject({ sub: citizen.sub });
  });
});

describe('unified identity over real HTTP', () => {
  it('derives the issuer from the listening port and serves keys a remote JWKS client can use', async () => {
    const app = buildMockServer({ logger: false });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const discovery = (await (await fetch(`${baseUrl}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string>;
      expect(discovery.issuer).toBe(`${baseUrl}/oidc`);
      const attempt = newLoginAttempt();
      const tokens = (await redeem(app, await codeFor(app, attempt, agent.sub), attempt)).json<TokenResponse>();
      const { payload } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
        issuer: discovery.issuer,
        audience: TEST_CLIENT.clientId,
      });
      expect(payload.sub).toBe(agent.sub);
      expect(decodeProtectedHeader(tokens.id_token).kid).toEqual(expect.any(String));
    } finally {
      await app.close();
    }
  });
});
