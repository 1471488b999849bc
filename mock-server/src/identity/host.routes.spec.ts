import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { syntheticUscc } from '@rongtong/shared';
import { buildMockServer } from '../app';
import { identityClaims } from './claims';
import { defaultHostIdentity, listTestIdentities } from './identities';
import { maskPhone } from './masking';
import { basicAuth, postForm, redeem, TEST_CLIENT } from './oidc-test-client';
import type { HostIdentitySummary } from './host.routes';
import type { TokenResponse } from './tokens';

type App = ReturnType<typeof buildMockServer>;

describe('皖事通 host app silent login', () => {
  let app: App;

  beforeAll(async () => {
    app = buildMockServer({ logger: false });
    await app.ready();
  });

  afterEach(async () => {
    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: {} });
  });

  afterAll(async () => {
    await app.close();
  });

  const hostCode = async (body?: object): Promise<string> => {
    const response = await app.inject({ method: 'POST', url: '/dev/host/auth-code', ...(body === undefined ? {} : { payload: body }) });
    expect(response.statusCode).toBe(200);
    return response.json<{ code: string }>().code;
  };

  async function idTokenClaims(tokens: TokenResponse): Promise<JWTPayload> {
    const jwks = (await app.inject({ method: 'GET', url: '/oidc/jwks' })).json<JSONWebKeySet>();
    const { payload } = await jwtVerify(tokens.id_token, createLocalJWKSet(jwks), { audience: TEST_CLIENT.clientId });
    return payload;
  }

  it('lists the test identities with masked phones and their enterprise', async () => {
    const response = await app.inject({ method: 'GET', url: '/dev/host/identities' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const summaries = response.json<HostIdentitySummary[]>();
    const identities = listTestIdentities();
    expect(summaries.map((summary) => summary.sub)).toEqual(identities.map((identity) => identity.sub));
    expect(summaries[0]).toEqual({ sub: identities[0].sub, name: identities[0].name, phoneMasked: maskPhone(identities[0].phone), kind: 'CITIZEN', enterprise: null });
    const representative = defaultHostIdentity();
    expect(summaries.find((summary) => summary.sub === representative.sub)).toEqual({
      sub: representative.sub,
      name: representative.name,
      phoneMasked: maskPhone(representative.phone),
      kind: 'ENTERPRISE',
      enterprise: { uscc: syntheticUscc(0), name: representative.enterpriseName, relation: 'LEGAL_REPRESENTATIVE', relationLabel: '法定代表人' },
    });
    expect(response.body).not.toContain(identities[0].phone);
  });

  it('answers the browser preflight of the dev page', async () => {
    const response = await app.inject({ method: 'OPTIONS', url: '/dev/host/auth-code' });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-methods']).toContain('POST');
    expect(response.headers['access-control-allow-headers']).toBe('content-type');
  });

  it('issues a code for the first enterprise legal representative that redeems without redirect_uri or PKCE', async () => {
    const response = await redeem(app, await hostCode(), null);
    expect(response.statusCode).toBe(200);
    const tokens = response.json<TokenResponse>();
    expect(tokens.scope).toBe('openid profile phone idcard enterprise');
    const claims = await idTokenClaims(tokens);
    expect(claims).toMatchObject({ ...identityClaims(defaultHostIdentity()), aud: TEST_CLIENT.clientId });
    expect(claims).not.toHaveProperty('nonce');
    const userinfo = await app.inject({ method: 'GET', url: '/oidc/userinfo', headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.json()).toEqual(identityClaims(defaultHostIdentity()));
  });

  it('issues a code for the chosen identity, echoing a nonce it was given', async () => {
    const citizen = listTestIdentities()[3];
    const code = await hostCode({ sub: citizen.sub, clientId: TEST_CLIENT.clientId, nonce: 'n-123' });
    const response = await postForm(
      app,
      '/oidc/token',
      { grant_type: 'authorization_code', code },
      { authorization: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret) },
    );
    const claims = await idTokenClaims(response.json<TokenResponse>());
    expect(claims).toMatchObject({ sub: citizen.sub, name: citizen.name, nonce: 'n-123' });
  });

  it('still demands client authentication, single use and a live code', async () => {
    const code = await hostCode();
    const unauthenticated = await postForm(app, '/oidc/token', { grant_type: 'authorization_code', code, client_id: TEST_CLIENT.clientId });
    expect(unauthenticated.statusCode).toBe(401);
    expect((await redeem(app, code, null)).statusCode).toBe(200);
    expect((await redeem(app, code, null)).json()).toMatchObject({ error: 'invalid_grant' });

    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: { codeTtlSeconds: 0 } });
    expect((await redeem(app, await hostCode(), null)).json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects an unknown identity or client and a bad nonce with field errors in Chinese', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/dev/host/auth-code',
      payload: { sub: 'wst-nobody', clientId: 'unknown-app', nonce: '', extra: true },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ code: string; fields: { field: string; message: string }[] }>();
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.fields.map((field) => field.field)).toEqual(['extra', 'sub', 'clientId', 'nonce']);
    for (const field of body.fields) expect(field.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('rejects a body that is not an object', async () => {
    const response = await app.inject({ method: 'POST', url: '/dev/host/auth-code', payload: [1] });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ fields: [{ field: 'body' }] });
  });
});
