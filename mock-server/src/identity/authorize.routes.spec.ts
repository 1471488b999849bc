import { buildMockServer } from '../app';
import { listTestIdentities } from './identities';
import { PENDING_AUTHORIZATION_TTL_MS } from './provider';
import { authorizeQuery, newLoginAttempt, postForm, requestIdOf, type LoginAttempt } from './oidc-test-client';

type App = ReturnType<typeof buildMockServer>;

const SUB = listTestIdentities()[0].sub;
const DECISION = '/oidc/authorize/decision';

describe('GET /oidc/authorize and the login decision', () => {
  let app: App;
  let nowMs = Date.UTC(2026, 0, 5, 2, 0, 0);

  beforeAll(async () => {
    app = buildMockServer({ logger: false, identity: { nowMs: () => nowMs } });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
  });

  const authorize = (attempt: LoginAttempt, overrides: Record<string, string | undefined> = {}) =>
    app.inject({ method: 'GET', url: authorizeQuery(attempt, overrides) });

  async function openLoginPage(): Promise<{ attempt: LoginAttempt; requestId: string }> {
    const attempt = newLoginAttempt();
    const page = await authorize(attempt);
    expect(page.statusCode).toBe(200);
    return { attempt, requestId: requestIdOf(page.body) };
  }

  function expectErrorPage(response: { statusCode: number; headers: Record<string, unknown>; body: string }, text: string): void {
    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('登录请求无法处理');
    expect(response.body).toContain(text);
  }

  function redirectParams(response: { statusCode: number; headers: Record<string, unknown> }): URLSearchParams {
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe('http://127.0.0.1:4000/auth/callback');
    return location.searchParams;
  }

  describe('an untrusted client or redirect URI gets an error page, never a redirect', () => {
    it.each([
      ['no client_id', { client_id: undefined }, '缺少应用标识'],
      ['an unknown client', { client_id: 'unknown-app' }, '未在统一身份认证平台登记'],
      ['no redirect_uri', { redirect_uri: undefined }, '缺少回调地址'],
      ['another host', { redirect_uri: 'https://evil.example/callback' }, '回调地址（redirect_uri）未在统一身份认证平台登记'],
      ['user info hiding another host', { redirect_uri: 'http://127.0.0.1:4000@evil.example/callback' }, '回调地址（redirect_uri）未在统一身份认证平台登记'],
      ['a fragment', { redirect_uri: 'http://127.0.0.1:4000/callback#fragment' }, '回调地址（redirect_uri）未在统一身份认证平台登记'],
      ['a look-alike host', { redirect_uri: 'http://127.0.0.1.evil.example/callback' }, '回调地址（redirect_uri）未在统一身份认证平台登记'],
    ])('%s', async (_label, overrides, text) => {
      expectErrorPage(await authorize(newLoginAttempt(), overrides), text);
    });

    it('a repeated client_id', async () => {
      const url = `${authorizeQuery(newLoginAttempt())}&client_id=rongtong-bff`;
      expectErrorPage(await app.inject({ method: 'GET', url }), '重复');
    });

    it('even when the other parameters are wrong too', async () => {
      expectErrorPage(await authorize(newLoginAttempt(), { client_id: 'unknown-app', response_type: 'token', state: undefined }), '未在统一身份认证平台登记');
    });
  });

  describe('other faults are redirected back with error, error_description and state', () => {
    it.each([
      ['no response_type', 'invalid_request', { response_type: undefined }],
      ['response_type=token', 'unsupported_response_type', { response_type: 'token' }],
      ['a scope without openid', 'invalid_scope', { scope: 'profile phone' }],
      ['no nonce', 'invalid_request', { nonce: undefined }],
      ['no code_challenge', 'invalid_request', { code_challenge: undefined }],
      ['no code_challenge_method', 'invalid_request', { code_challenge_method: undefined }],
      ['code_challenge_method=plain', 'invalid_request', { code_challenge_method: 'plain' }],
      ['a malformed code_challenge', 'invalid_request', { code_challenge: 'too-short' }],
      ['prompt=none', 'login_required', { prompt: 'none' }],
    ])('%s → %s', async (_label, error, overrides) => {
      const attempt = newLoginAttempt();
      const params = redirectParams(await authorize(attempt, overrides));
      expect(params.get('error')).toBe(error);
      expect(params.get('error_description')).toMatch(/^[\x20-\x7e]+$/);
      expect(params.get('state')).toBe(attempt.state);
      expect(params.get('from')).toBe('test');
      expect(params.has('code')).toBe(false);
    });

    it('a missing state: no state to send back', async () => {
      const params = redirectParams(await authorize(newLoginAttempt(), { state: undefined }));
      expect(params.get('error')).toBe('invalid_request');
      expect(params.has('state')).toBe(false);
    });

    it('a repeated parameter', async () => {
      const response = await app.inject({ method: 'GET', url: `${authorizeQuery(newLoginAttempt())}&nonce=again` });
      expect(redirectParams(response).get('error')).toBe('invalid_request');
    });
  });

  it('redirects with access_denied and the state when the user cancels', async () => {
    const { attempt, requestId } = await openLoginPage();
    const params = redirectParams(await postForm(app, DECISION, { request_id: requestId, cancel: '1' }));
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe(attempt.state);
    expectErrorPage(await postForm(app, DECISION, { request_id: requestId, sub: SUB }), '已过期或已被使用');
  });

  it('accepts one decision per login page', async () => {
    const { requestId } = await openLoginPage();
    expect(redirectParams(await postForm(app, DECISION, { request_id: requestId, sub: SUB })).has('code')).toBe(true);
    expectErrorPage(await postForm(app, DECISION, { request_id: requestId, sub: SUB }), '已过期或已被使用');
  });

  it('keeps the login page usable for ten minutes', async () => {
    const { requestId } = await openLoginPage();
    nowMs += PENDING_AUTHORIZATION_TTL_MS;
    expectErrorPage(await postForm(app, DECISION, { request_id: requestId, sub: SUB }), '已过期或已被使用');
    const again = await openLoginPage();
    nowMs += PENDING_AUTHORIZATION_TTL_MS - 1;
    expect(redirectParams(await postForm(app, DECISION, { request_id: again.requestId, sub: SUB })).has('code')).toBe(true);
  });

  it('refuses an unknown identity and leaves the login page usable', async () => {
    const { requestId } = await openLoginPage();
    expectErrorPage(await postForm(app, DECISION, { request_id: requestId, sub: 'wst-nobody' }), '所选的测试身份不存在');
    expect(redirectParams(await postForm(app, DECISION, { request_id: requestId, sub: SUB })).has('code')).toBe(true);
  });

  it('refuses a decision without a request id or with a body that is not a form', async () => {
    expectErrorPage(await postForm(app, DECISION, { sub: SUB }), '已过期或已被使用');
    const json = await app.inject({ method: 'POST', url: DECISION, payload: { request_id: 'x', sub: SUB } });
    expectErrorPage(json, '已过期或已被使用');
    const broken = await app.inject({ method: 'POST', url: DECISION, headers: { 'content-type': 'application/json' }, payload: '{' });
    expectErrorPage(broken, '格式不正确');
  });

  it('serves the login page so it cannot be framed and loads nothing from elsewhere', async () => {
    const page = await authorize(newLoginAttempt());
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
