import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { buildMockServer } from '../app';
import { listTestIdentities } from './identities';
import { basicAuth, codeFor, newLoginAttempt, postForm, redeem, TEST_CLIENT } from './oidc-test-client';
import type { TokenResponse } from './tokens';

type App = ReturnType<typeof buildMockServer>;

const CLIENTS = [
  { clientId: TEST_CLIENT.clientId, clientSecret: TEST_CLIENT.clientSecret, redirectUriPrefixes: ['http://127.0.0.1:'] },
  { clientId: 'other-app', clientSecret: 'other-app-secret', redirectUriPrefixes: ['http://127.0.0.1:'] },
];
const OTHER_CLIENT = CLIENTS[1];
const SUB = listTestIdentities()[0].sub;

describe('POST /oidc/token refusals', () => {
  let app: App;

  beforeAll(async () => {
    app = buildMockServer({
      logger: false,
      identity: { clients: CLIENTS },
    });
    await app.ready();
  });

  afterEach(async () => {
    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: {} });
  });

  afterAll(async () => {
    await app.close();
  });

  const expectError = (response: { statusCode: number; json: () => unknown }, status: number, error: string) => {
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error, error_description: expect.stringMatching(/^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/) });
  };

  it('refuses a wrong code_verifier, and the code is used up by the attempt', async () => {
    const attempt = newLoginAttempt();
    const code = await codeFor(app, attempt, SUB);
    expectError(await redeem(app, code, attempt, { code_verifier: newLoginAttempt().codeVerifier }), 400, 'invalid_grant');
    expectError(await redeem(app, code, attempt), 400, 'invalid_grant');
  });

  it('refuses a missing or malformed code_verifier', async () => {
    const attempt = newLoginAttempt();
    expectError(await redeem(app, await codeFor(app, attempt, SUB), attempt, { code_verifier: 'short' }), 400, 'invalid_request');
    const code = await codeFor(app, attempt, SUB);
    expectError(await redeem(app, code, null, { redirect_uri: attempt.redirectUri }), 400, 'invalid_request');
  });

  it('refuses a redirect_uri other than the one in the authorization request', async () => {
    const attempt = newLoginAttempt();
    const code = await codeFor(app, attempt, SUB);
    expectError(await redeem(app, code, attempt, { redirect_uri: 'http://127.0.0.1:4000/auth/callback' }), 400, 'invalid_grant');
  });

  it('refuses a wrong client secret with 401 and a Basic challenge, by post or by Basic', async () => {
    const attempt = newLoginAttempt();
    const code = await codeFor(app, attempt, SUB);
    const byPost = await redeem(app, code, attempt, { client_secret: 'wrong-secret' });
    expectError(byPost, 401, 'invalid_client');
    expect(byPost.headers['www-authenticate']).toBe('Basic realm="oidc"');
    const byBasic = await postForm(
      app,
      '/oidc/token',
      { grant_type: 'authorization_code', code, redirect_uri: attempt.redirectUri, code_verifier: attempt.codeVerifier },
      { authorization: basicAuth(TEST_CLIENT.clientId, 'wrong-secret') },
    );
    expectError(byBasic, 401, 'invalid_client');
    // The failed authentications did not touch the code.
    expect((await redeem(app, code, attempt)).statusCode).toBe(200);
  });

  it('refuses an unknown client, a missing secret and malformed Basic credentials', async () => {
    const form = { grant_type: 'authorization_code', code: 'x' };
    expectError(await postForm(app, '/oidc/token', { ...form, client_id: 'nobody', client_secret: 'whatever-secret' }), 401, 'invalid_client');
    expectError(await postForm(app, '/oidc/token', { ...form, client_id: TEST_CLIENT.clientId }), 401, 'invalid_client');
    expectError(await postForm(app, '/oidc/token', form, { authorization: 'Basic !!!' }), 401, 'invalid_client');
  });

  it('refuses two client authentication methods at once', async () => {
    const response = await postForm(
      app,
      '/oidc/token',
      { grant_type: 'authorization_code', code: 'x', client_id: TEST_CLIENT.clientId, client_secret: TEST_CLIENT.clientSecret },
      { authorization: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret) },
    );
    expectError(response, 400, 'invalid_request');
  });

  it('refuses a second use of a code and revokes the access token the first use produced', async () => {
    const attempt = newLoginAttempt();
    const code = await codeFor(app, attempt, SUB);
    const first = await redeem(app, code, attempt);
    expect(first.statusCode).toBe(200);
    const { access_token: accessToken } = first.json<TokenResponse>();
    expectError(await redeem(app, code, attempt), 400, 'invalid_grant');
    const userinfo = await app.inject({ method: 'GET', url: '/oidc/userinfo', headers: { authorization: `Bearer ${accessToken}` } });
    expect(userinfo.statusCode).toBe(401);
  });

  it('refuses an expired code', async () => {
    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: { codeTtlSeconds: 0 } });
    const attempt = newLoginAttempt();
    expectError(await redeem(app, await codeFor(app, attempt, SUB), attempt), 400, 'invalid_grant');
  });

  it('refuses a code issued to another client', async () => {
    const attempt = newLoginAttempt();
    const code = await codeFor(app, attempt, SUB);
    const response = await redeem(app, code, attempt, { client_id: OTHER_CLIENT.clientId, client_secret: OTHER_CLIENT.clientSecret });
    expectError(response, 400, 'invalid_grant');
  });

  it('refuses an unknown code', async () => {
    expectError(await redeem(app, 'no-such-code', newLoginAttempt()), 400, 'invalid_grant');
  });

  it.each([
    [{ grant_type: '' }, 'invalid_request'],
    [{ grant_type: 'refresh_token' }, 'unsupported_grant_type'],
    [{ grant_type: 'client_credentials' }, 'unsupported_grant_type'],
    [{ code: '' }, 'invalid_request'],
  ])('refuses %j with %s', async (fields, error) => {
    expectError(await redeem(app, 'some-code', newLoginAttempt(), fields), 400, error);
  });

  it('refuses a repeated parameter', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=authorization_code&code=a&code=b&client_id=${TEST_CLIENT.clientId}&client_secret=${TEST_CLIENT.clientSecret}`,
    });
    expectError(response, 400, 'invalid_request');
  });

  it('refuses a body that is not a form, JSON included, as an OAuth error', async () => {
    const json = await app.inject({ method: 'POST', url: '/oidc/token', payload: { grant_type: 'authorization_code' } });
    expectError(json, 400, 'invalid_request');
    const text = await app.inject({ method: 'POST', url: '/oidc/token', headers: { 'content-type': 'text/plain' }, payload: 'x' });
    expectError(text, 400, 'invalid_request');
    const broken = await app.inject({ method: 'POST', url: '/oidc/token', headers: { 'content-type': 'application/json' }, payload: '{' });
    expectError(broken, 400, 'invalid_request');
  });

  it('marks every token response and error as not cacheable', async () => {
    const response = await redeem(app, 'no-such-code', newLoginAttempt());
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.pragma).toBe('no-cache');
  });
});

describe('token lifetimes and clock skew', () => {
  let app: App;

  beforeAll(async () => {
    app = buildMockServer({ logger: false });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  async function issue(): Promise<TokenResponse> {
    const attempt = newLoginAttempt();
    return (await redeem(app, await codeFor(app, attempt, SUB), attempt)).json<TokenResponse>();
  }

  async function verify(idToken: string) {
    const jwks = (await app.inject({ method: 'GET', url: '/oidc/jwks' })).json<JSONWebKeySet>();
    return jwtVerify(idToken, createLocalJWKSet(jwks), { audience: TEST_CLIENT.clientId });
  }

  it('issues tokens with the configured lifetime', async () => {
    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: { idTokenTtlSeconds: 60 } });
    const tokens = await issue();
    expect(tokens.expires_in).toBe(60);
    const { payload } = await verify(tokens.id_token);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
  });

  it('issues already expired tokens when the clock skew goes back further than their lifetime', async () => {
    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: { idTokenTtlSeconds: 60, clockSkewSeconds: -600 } });
    const tokens = await issue();
    await expect(verify(tokens.id_token)).rejects.toBeInstanceOf(errors.JWTExpired);
    expect(tokens.expires_in).toBe(0);
    const userinfo = await app.inject({ method: 'GET', url: '/oidc/userinfo', headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.statusCode).toBe(401);
  });

  it('issues tokens from the future when the skew is positive', async () => {
    await app.inject({ method: 'PUT', url: '/_admin/identity/settings', payload: { clockSkewSeconds: 3600 } });
    const { payload } = await verify((await issue()).id_token);
    expect((payload.iat ?? 0) - Date.now() / 1000).toBeGreaterThan(3500);
  });
});
